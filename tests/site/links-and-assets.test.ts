// Every internal link, asset, form, canonical and feed URL of every page resolves, at the root, under BASE_PATH and in the
// Vietnamese build, whose footer links to the same page in the other languages' builds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import type { BuildResult } from '../helpers/build-site.ts';
import { cssReferences } from '../helpers/css-references.ts';
import { checkFeedFiles } from '../helpers/feed-checker.ts';
import { resolveInternalUrl, type SiteLocation } from '../helpers/internal-urls.ts';
import { crawlPages, findCanonicalProblems, findLinkProblems, formatLinkProblems, type CrawledPage } from '../helpers/link-checker.ts';
import { listOutputFiles, listPages } from '../helpers/page-inventory.ts';
import { collectReferences } from '../helpers/page-references.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { readerViews } from './reader-views.ts';
import { SEED_SITE, SUB_PATH_SITE, type SiteConfig, VI_SITE } from './site-builds.ts';

describe.each([
  ['at the root', SEED_SITE],
  ['under BASE_PATH=/vn-cn/ with SITE_URL=https://example.org', SUB_PATH_SITE],
  ['with UI_LANG=vi, linking to the same pages in the other languages’ builds', VI_SITE],
] as [string, SiteConfig][])('links and assets %s', (_label, config) => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  let tab: Page;
  let crawled: CrawledPage[] = [];
  let site: SiteLocation;

  beforeAll(async () => {
    build = await sharedBuild(config.build);
    if (build.status !== 0) return;
    server = await serveStatic(build.outDir, config.basePath);
    browser = await launchBrowser();
    tab = await browser.newPage();
    site = {
      outDir: build.outDir,
      basePath: config.basePath,
      internalOrigins: [server.origin, config.siteOrigin],
      otherLanguageBases: config.otherLanguageBases,
    };
    crawled = await crawlPages(browser, server.origin, config.basePath, listPages(build.outDir, config.basePath));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('every internal href, src, srcset, form action, og:url and JSON-LD URL of every page leads to a file, and every #fragment to an id', () => {
    expect(crawled.length).toBeGreaterThan(0);
    const problems = findLinkProblems(crawled, site);
    expect(problems.length, formatLinkProblems(problems)).toBe(0);
  });

  it('the pages link to each other (the check above saw real links)', () => {
    // Guards against a checker that passes because it read nothing.
    const internalLinks = crawled.flatMap((c) => c.refs.references).filter((r) => r.holder.startsWith('a '));
    expect(internalLinks.length).toBeGreaterThan(crawled.length);
  });

  it(`canonical and og:url of every page are its own absolute URL on ${config.siteOrigin}${config.basePath}`, () => {
    const problems = findCanonicalProblems(crawled, config.siteOrigin);
    expect(problems.length, formatLinkProblems(problems)).toBe(0);
  });

  it('every url() and @import in the built stylesheets leads to a file', () => {
    const problems: string[] = [];
    for (const file of listOutputFiles(build.outDir, ['.css'])) {
      const cssUrl = new URL(config.basePath + file, server.origin);
      for (const { value } of cssReferences(readFileSync(join(build.outDir, file), 'utf8'))) {
        const resolution = resolveInternalUrl(new URL(value, cssUrl), site);
        if (resolution.kind === 'broken') problems.push(`${file}: url(${value}): ${resolution.reason}`);
      }
    }
    expect(problems.length, problems.join('\n')).toBe(0);
  });

  it('the links the search page draws for a query (with JavaScript) lead to files', async () => {
    const searchPage = crawled.find((c) => c.page.type === 'search')?.page;
    const view = readerViews(crawled.map((c) => c.page)).find((v) => v.name === 'search-results');
    expect(searchPage && view, 'the build has a search page').toBeTruthy();
    const context = await browser.newContext();
    try {
      const scripted = await context.newPage();
      const loadedFrom = server.origin + view!.path;
      await scripted.goto(loadedFrom, { waitUntil: view!.waitUntil });
      const refs = await collectReferences(scripted);
      const results = refs.references.filter((r) => r.holder.startsWith('a ') && r.value.includes('/articles/'));
      expect(results.length, 'result links to articles shown').toBeGreaterThan(0);
      const problems = findLinkProblems([{ page: searchPage!, loadedFrom, refs }], site);
      expect(problems.length, formatLinkProblems(problems)).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('every URL in the sitemaps, rss.xml, feed.json, articles.json and robots.txt leads to a file', async () => {
    expect(tab, 'the build failed').toBeDefined();
    // Feeds are read by other sites' tools: only the configured site counts as internal, and URLs must be absolute.
    const { problems, urlCounts } = await checkFeedFiles(tab, { ...site, internalOrigins: [config.siteOrigin] }, config.siteOrigin);
    expect(problems.length, formatLinkProblems(problems)).toBe(0);
    // Each file was really read: a sitemap, a feed or robots.txt without a single URL is itself broken.
    for (const [file, count] of Object.entries(urlCounts)) expect(count, `URLs found in ${file}`).toBeGreaterThan(0);
  });
});
