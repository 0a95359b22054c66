// Drive the real search page in Chromium the way a reader does: type into the box, wait for the results, read them.
import type { Browser, Page } from 'playwright-core';

/** An article card as a reader sees it, on a list page or among the search results. */
export interface ShownCard {
  title: string;
  titleLang: string | null;
  /** As written in the page: a result's link ends with the text fragment that marks the matches on arrival. */
  href: string;
  date: string;
  datetime: string | null;
  /** Each language in its own name, and the language it is marked as. */
  languages: { name: string; lang: string | null }[];
  topics: { name: string; href: string }[];
  /** The whole facts row as read aloud: date, languages, topics. */
  meta: string;
}

export interface ShownResult extends ShownCard {
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

/** The cards under `scope` (a CSS selector), in page order; the summary is a result's excerpt, its matches marked. */
export function readCards(page: Page, scope: string): Promise<ShownResult[]> {
  return page.$$eval(`${scope} .card`, (cards) =>
    cards.map((card) => {
      const link = card.querySelector('.card-title a');
      const date = card.querySelector('.card-meta .date');
      const summary = card.querySelector('.card-summary');
      return {
        title: link?.textContent ?? '',
        titleLang: link?.getAttribute('lang') ?? null,
        href: link?.getAttribute('href') ?? '',
        date: date?.textContent ?? '',
        datetime: date?.getAttribute('datetime') ?? null,
        languages: [...card.querySelectorAll('.card-meta .languages li')].map((li) => ({
          name: li.textContent ?? '',
          lang: li.getAttribute('lang'),
        })),
        topics: [...card.querySelectorAll('.card-meta .card-topics a')].map((a) => ({
          name: a.textContent ?? '',
          href: a.getAttribute('href') ?? '',
        })),
        meta: card.querySelector('.card-meta')?.textContent ?? '',
        excerpt: summary?.textContent ?? '',
        marks: [...(summary?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? ''),
      };
    }),
  );
}

export function readResults(page: Page): Promise<ShownResult[]> {
  return readCards(page, '.search-results');
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
