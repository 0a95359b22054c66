// Read the archive the way a reader walks it: the overview's parts and months, then a part's pages one "Next page" at a time.
import type { Page } from 'playwright-core';
import { listedArticles, type ListedArticle } from './page-data.ts';

export interface OverviewLink {
  label: string;
  /** A part's "3 articles" (the number and its word joined by a no-break space), a month's "12" (in brackets after it). */
  count: string;
  href: string;
}

export interface OverviewPart extends OverviewLink {
  months: OverviewLink[];
}

/** The parts listed on the page open at /archive/, in order. */
export async function archiveOverview(page: Page): Promise<OverviewPart[]> {
  return page.$$eval('main .archive-parts > li', (items) =>
    items.map((li) => {
      const link = (el: Element | null) => ({
        label: el?.querySelector('a')?.textContent?.trim() ?? '',
        count: el?.querySelector('.archive-count')?.textContent?.trim() ?? '',
        href: (el?.querySelector('a') as HTMLAnchorElement | null)?.href ?? '',
      });
      return { ...link(li.querySelector('h2')), months: [...li.querySelectorAll('.archive-months > li')].map(link) };
    }),
  );
}

export interface WalkedPart {
  paths: string[];
  /** Month sections in page order (a year's pages): heading and the titles under it. */
  sections: { heading: string; titles: string[] }[];
  /** Every listed article, page after page. */
  items: ListedArticle[];
}

/** Opens `url` and follows rel="next" to the part's last page. */
export async function walkArchivePart(page: Page, url: string): Promise<WalkedPart> {
  const walked: WalkedPart = { paths: [], sections: [], items: [] };
  let next: string | null = url;
  while (next) {
    const response = await page.goto(next);
    if (response?.status() !== 200) throw new Error(`${next} answered ${response?.status()}`);
    walked.paths.push(new URL(page.url()).pathname);
    walked.sections.push(
      ...(await page.$$eval('main section', (ss) =>
        ss.map((s) => ({
          heading: s.querySelector(':scope > h2')?.textContent?.trim() ?? '',
          titles: [...s.querySelectorAll(':scope > .card-list > li .card-title a')].map((a) => a.textContent?.trim() ?? ''),
        })),
      )),
    );
    walked.items.push(...(await listedArticles(page)));
    const link = page.locator('nav[aria-label="Pages"] a[rel="next"]');
    next = (await link.count()) > 0 ? new URL((await link.getAttribute('href'))!, page.url()).href : null;
    if (walked.paths.length > 500) throw new Error(`${url}: pagination does not end`);
  }
  return walked;
}
