// Drive the real search page in Chromium the way a reader does: type into the box, wait for the results, read them.
import type { Browser, Page } from 'playwright-core';

export interface ShownResult {
  title: string;
  titleLang: string | null;
  href: string;
  meta: string;
  excerpt: string;
  marks: string[];
}

export const SEARCH_INPUT = '#site-search';
export const STATUS = '[data-search-status]';

/** A fresh page on the search page (optionally with a query string already in the URL). */
export async function openSearchPage(browser: Browser, siteUrl: string, search = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}search/${search}`);
  return page;
}

/** Waits until the status line reports a finished search for `query` (it is written after the results). */
export async function waitForResults(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    ([selector, q]) => {
      // The page shows the query in NFC whatever form it was typed in.
      const text = (document.querySelector(selector!)?.textContent ?? '').normalize('NFC');
      return text.includes(`“${q!.normalize('NFC')}”`) && document.querySelector('[data-search-app]')?.getAttribute('aria-busy') !== 'true';
    },
    [STATUS, query.trim()] as const,
  );
}

export async function readResults(page: Page): Promise<ShownResult[]> {
  return page.$$eval('.search-results .result', (items) =>
    items.map((item) => {
      const link = item.querySelector('.result-title a');
      return {
        title: link?.textContent ?? '',
        titleLang: link?.getAttribute('lang') ?? null,
        href: link?.getAttribute('href') ?? '',
        meta: item.querySelector('.result-meta')?.textContent ?? '',
        excerpt: item.querySelector('.result-excerpt')?.textContent ?? '',
        marks: [...item.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent ?? ''),
      };
    }),
  );
}

/** Types the query into the search box (replacing what is there) and returns the results shown for it. */
export async function searchFor(page: Page, query: string): Promise<ShownResult[]> {
  await page.fill(SEARCH_INPUT, query);
  await waitForResults(page, query);
  return readResults(page);
}

export function titles(results: readonly ShownResult[]): string[] {
  return results.map((r) => r.title);
}
