// Full-page screenshots of every page type, narrow and wide (and dark for home and an article), for a person to look at.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { TEST_OUTPUT, type BuildResult } from '../helpers/build-site.ts';
import { listPages, onePagePerType, type SitePage } from '../helpers/page-inventory.ts';
import { readPublishedArticles } from '../helpers/published-articles.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { readerViews, type ReaderView } from './reader-views.ts';
import { SEED_SITE } from './site-builds.ts';

const SCREENSHOTS = join(TEST_OUTPUT, 'screenshots');
const WIDTHS = [360, 1280];

describe('screenshots', () => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  let views: ReaderView[] = [];
  const extraArticles: { page: SitePage; name: string }[] = [];
  beforeAll(async () => {
    build = await sharedBuild(SEED_SITE.build);
    if (build.status !== 0) return;
    server = await serveStatic(build.outDir);
    browser = await launchBrowser();
    const all = listPages(build.outDir);
    // The article shown is the one in the most languages: side-by-side translations are the hardest layout.
    const articles = readPublishedArticles(build.outDir).sort((a, b) => b.languages.length - a.languages.length);
    const article = all.find((p) => p.urlPath === articles[0]?.url);
    views = readerViews(onePagePerType(article ? [article, ...all] : all));
    // Every article too (they differ: translations, figures, languages), named by the seed file's number.
    for (const a of articles) {
      const page = all.find((p) => p.urlPath === a.url);
      if (page) extraArticles.push({ page, name: `article-${a.sourceFile.split(/[_.]/)[0]}` });
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('writes a full-page screenshot of every page type at 360 and 1280 px, light, and dark for home and article', async () => {
    expect(build.status, build.output).toBe(0);
    const written: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
        const tab = await context.newPage();
        for (const view of views) {
          if (colorScheme === 'dark' && view.name !== 'home' && view.name !== 'article') continue;
          await tab.goto(server.origin + view.path, { waitUntil: view.waitUntil });
          const file = join(SCREENSHOTS, `${view.name}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`);
          await tab.screenshot({ path: file, fullPage: true });
          written.push(file);
        }
        if (colorScheme === 'light') {
          for (const { page, name } of extraArticles) {
            await tab.goto(server.origin + page.urlPath);
            await tab.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
          }
        }
        await context.close();
      }
    }
    for (const type of ['home', 'article', 'topics-index', 'topic', 'people-index', 'person', 'archive', 'search', 'search-results', '404']) {
      for (const width of WIDTHS) {
        const file = join(SCREENSHOTS, `${type}-${width}.png`);
        // Written by this run (files are overwritten, not cleared: the folder is for people to browse).
        expect(written.includes(file) && existsSync(file) && statSync(file).size > 1000, `${file} written`).toBe(true);
      }
    }
    for (const file of ['home-360-dark.png', 'home-1280-dark.png', 'article-360-dark.png', 'article-1280-dark.png']) {
      expect(written).toContain(join(SCREENSHOTS, file));
    }
  });
});
