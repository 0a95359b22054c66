// Check that every URL in the sitemaps, rss.xml, feed.json, articles.json and robots.txt of a build leads to a file of that build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { jsonReferences, robotsReferences, xmlReferences, type FeedReference } from './feed-references.ts';
import { isStrayLocalUrl, resolveInternalUrl, type SiteLocation } from './internal-urls.ts';
import { listOutputFiles } from './page-inventory.ts';
import type { LinkProblem } from './link-checker.ts';

/** The machine-readable files a reader's tools fetch; each must exist. */
const REQUIRED_FEED_FILES = ['rss.xml', 'feed.json', 'robots.txt', 'articles.json'];

export interface FeedCheck {
  /** How many URLs each checked file holds (a file with none was probably not read right). */
  urlCounts: Record<string, number>;
  problems: LinkProblem[];
}

/**
 * `siteOrigin` is the configured site: feeds and sitemaps must use absolute URLs on it, under the base path.
 * articles.json is the one file whose `url` is a site path (documented as "with the base path").
 */
export async function checkFeedFiles(page: Page, site: SiteLocation, siteOrigin: string): Promise<FeedCheck> {
  const xmlFiles = listOutputFiles(site.outDir, ['.xml']).filter((f) => !f.startsWith('pagefind/'));
  const files = [...new Set([...xmlFiles, ...REQUIRED_FEED_FILES])].filter((f) => existsSync(join(site.outDir, f)));
  const problems: LinkProblem[] = [];
  const urlCounts: Record<string, number> = {};
  for (const file of REQUIRED_FEED_FILES) {
    if (!files.includes(file)) problems.push({ page: file, holder: 'file', value: file, reason: 'missing from the output' });
  }
  if (!xmlFiles.some((f) => /^sitemap.*\.xml$/.test(f))) {
    problems.push({ page: 'sitemap*.xml', holder: 'file', value: '', reason: 'no sitemap in the output' });
  }
  for (const file of files) {
    const text = readFileSync(join(site.outDir, file), 'utf8');
    let references: FeedReference[] = [];
    if (file.endsWith('.xml')) {
      const parsed = await xmlReferences(page, text);
      if (parsed.parseError) problems.push({ page: file, holder: 'XML', value: '', reason: `not well-formed: ${parsed.parseError}` });
      references = parsed.references;
    } else if (file.endsWith('.json')) {
      try {
        references = jsonReferences(JSON.parse(text));
      } catch (error) {
        problems.push({ page: file, holder: 'JSON', value: '', reason: `not valid JSON: ${String(error)}` });
      }
    } else {
      references = robotsReferences(text);
    }
    urlCounts[file] = references.length;
    const relativeAllowed = file === 'articles.json';
    for (const { holder, value } of references) {
      const report = (reason: string): void => {
        problems.push({ page: file, holder, value, reason });
      };
      let url: URL;
      try {
        url = relativeAllowed ? new URL(value, siteOrigin) : new URL(value);
      } catch {
        report('not an absolute URL (feeds, sitemaps and robots.txt need absolute URLs)');
        continue;
      }
      if (isStrayLocalUrl(url, site)) report('points at a local address, not the configured site');
      const resolution = resolveInternalUrl(url, site);
      if (resolution.kind === 'broken') report(resolution.reason);
    }
  }
  return { urlCounts, problems };
}
