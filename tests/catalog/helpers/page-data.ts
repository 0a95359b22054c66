// Read what a reader sees on the catalogue pages, from the live DOM in Chromium.
import type { Page } from 'playwright-core';

export interface ListedArticle {
  title: string;
  titleLang: string | null;
  href: string;
  datetime: string | null;
  dateText: string;
  /** Each language's name as shown, in order. */
  languages: string[];
  summary: string | null;
  summaryLang: string | null;
}

/** The article cards of the lists inside `scope` (a CSS selector), in page order. */
export async function listedArticles(page: Page, scope = 'main'): Promise<ListedArticle[]> {
  return page.$$eval(`${scope} .card-list > li`, (items) =>
    items.map((li) => {
      const link = li.querySelector('.card-title a');
      const time = li.querySelector('.card-meta time');
      const meta = li.querySelector('.card-meta');
      const summary = li.querySelector('.card-summary');
      return {
        title: link?.textContent?.trim() ?? '',
        titleLang: link?.getAttribute('lang') ?? null,
        href: link ? (link as HTMLAnchorElement).href : '',
        datetime: time?.getAttribute('datetime') ?? null,
        dateText: (time ?? meta?.firstElementChild)?.textContent?.trim() ?? '',
        languages: [...li.querySelectorAll('.card-meta .languages li')].map((l) => l.textContent?.trim() ?? ''),
        summary: summary?.textContent?.trim() ?? null,
        summaryLang: summary?.getAttribute('lang') ?? null,
      };
    }),
  );
}

/** The attribute of the first element matching `selector` in <head>, or null. */
export async function headAttr(page: Page, selector: string, attr: string): Promise<string | null> {
  return page.evaluate(([sel, name]) => document.head.querySelector(sel!)?.getAttribute(name!) ?? null, [selector, attr]);
}

/** The parsed JSON-LD objects of the page. */
export async function jsonLdBlocks(page: Page): Promise<Record<string, unknown>[]> {
  return page.$$eval('script[type="application/ld+json"]', (scripts) =>
    scripts.map((s) => JSON.parse(s.textContent ?? 'null') as Record<string, unknown>),
  );
}
