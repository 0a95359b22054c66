// Load every page of a built site in Chromium (JavaScript off: the markup as shipped) and check each URL it points to.
import type { Browser } from 'playwright-core';
import { isStrayLocalUrl, resolveInternalUrl, type SiteLocation } from './internal-urls.ts';
import type { SitePage } from './page-inventory.ts';
import { collectReferences, type PageReferences } from './page-references.ts';

export interface CrawledPage {
  page: SitePage;
  /** The URL the page was loaded from (the 404 page from a deep missing URL, as a host serves it). */
  loadedFrom: string;
  refs: PageReferences;
}

export interface LinkProblem {
  page: string;
  holder: string;
  value: string;
  reason: string;
}

/** Loads each page from `serverOrigin` with JavaScript disabled and reads its references. */
export async function crawlPages(browser: Browser, serverOrigin: string, basePath: string, pages: SitePage[]): Promise<CrawledPage[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  const crawled: CrawledPage[] = [];
  try {
    for (const page of pages) {
      // A host serves 404.html at any missing URL, however deep, so its relative links must work from there too.
      const loadedFrom = serverOrigin + (page.type === '404' ? `${basePath}no/such/page/here/` : page.urlPath);
      await tab.goto(loadedFrom);
      crawled.push({ page, loadedFrom, refs: await collectReferences(tab) });
    }
  } finally {
    await context.close();
  }
  return crawled;
}

/** Every internal URL that does not lead to a file, and every fragment without a target. */
export function findLinkProblems(crawled: CrawledPage[], site: SiteLocation): LinkProblem[] {
  const idsByFile = new Map(crawled.map((c) => [c.page.file, new Set(c.refs.ids)]));
  const problems: LinkProblem[] = [];
  for (const { page, loadedFrom, refs } of crawled) {
    const report = (holder: string, value: string, reason: string): void => {
      problems.push({ page: page.file, holder, value, reason });
    };
    for (const json of refs.invalidJsonLd) report('JSON-LD', json, 'not valid JSON');
    for (const { holder, value } of refs.references) {
      if (value.trim() === '') {
        report(holder, value, 'empty URL');
        continue;
      }
      let url: URL;
      try {
        url = new URL(value, loadedFrom);
      } catch {
        report(holder, value, 'not a valid URL');
        continue;
      }
      if (isStrayLocalUrl(url, site)) report(holder, value, 'points at a local address, not the configured site');
      // `#main` stays on the page it was read from, wherever that page was served.
      const samePage = url.href.split('#')[0] === loadedFrom.split('#')[0];
      const resolution = samePage ? ({ kind: 'file', file: page.file } as const) : resolveInternalUrl(url, site);
      if (resolution.kind === 'broken') report(holder, value, resolution.reason);
      if (resolution.kind !== 'file' || url.hash.length <= 1) continue;
      const fragment = decodeURIComponent(url.hash.slice(1));
      // HTML scrolls to the top for `#top` even without such an id.
      if (fragment.toLowerCase() === 'top') continue;
      const ids = idsByFile.get(resolution.file);
      if (ids && !ids.has(fragment)) report(holder, value, `no element with id "${fragment}" on ${resolution.file}`);
    }
  }
  return problems;
}

/** Canonical and og:url must name the page itself, absolute, on the configured site (the 404 page has no address of its own). */
export function findCanonicalProblems(crawled: CrawledPage[], siteOrigin: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const { page, refs } of crawled) {
    if (page.type === '404') continue;
    const expected = siteOrigin + page.urlPath;
    const canonicals = refs.references.filter((r) => r.holder === 'link[rel=canonical]');
    if (canonicals.length !== 1) {
      problems.push({
        page: page.file,
        holder: 'link[rel=canonical]',
        value: canonicals.map((c) => c.value).join(' '),
        reason: `expected exactly one canonical link, found ${canonicals.length}`,
      });
    }
    for (const r of refs.references.filter((r) => r.holder === 'link[rel=canonical]' || r.holder === 'meta[og:url]')) {
      if (r.value !== expected) problems.push({ page: page.file, holder: r.holder, value: r.value, reason: `expected ${expected}` });
    }
  }
  return problems;
}

export function formatLinkProblems(problems: LinkProblem[]): string {
  return problems.map((p) => `${p.page}: ${p.holder} → "${p.value}": ${p.reason}`).join('\n');
}
