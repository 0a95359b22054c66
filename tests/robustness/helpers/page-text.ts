// Read what a reader sees on a built page in Chromium: element text and attributes, as the browser decoded them.
import type { Page } from 'playwright-core';

/** textContent of every element matching `selector`. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));
}

export function attribute(page: Page, selector: string, name: string): Promise<string | null> {
  return page.$eval(selector, (el, n) => el.getAttribute(n), name);
}

/** The page's JSON-LD, parsed. */
export async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse(await page.$eval('script[type="application/ld+json"]', (s) => s.textContent ?? '')) as Record<string, unknown>;
}
