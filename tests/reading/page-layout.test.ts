// One page layout for every page type: the footer sits at the bottom of the window on short pages, and the header,
// lists and articles (bilingual ones too) start at the same left edge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { sharedSeedSite, type SeedSite } from './seed-site.ts';

describe('page layout', () => {
  let site: SeedSite;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    site = await sharedSeedSite();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
  });

  const box = async (selector: string): Promise<{ left: number; top: number; bottom: number }> => {
    const found = await page.locator(selector).first().boundingBox();
    if (!found) throw new Error(`${page.url()}: ${selector} is not shown`);
    return { left: found.x, top: found.y, bottom: found.y + found.height };
  };

  // Both are shorter than a 900 px window: a handful of lines under the header.
  for (const [name, path] of [
    ['the 404 page', 'no-such-page/'],
    ['the archive', 'archive/'],
  ] as const) {
    it(`${name}: at 1280×900 the footer ends at the bottom of the window`, async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(site.server.url + path);
      const content = await box('main > :last-child');
      const footer = await box('footer.site-footer');
      // Without the layout holding it down, the footer would end where the content ends plus its own height.
      expect(content.bottom + (footer.bottom - footer.top), 'the page is shorter than the window').toBeLessThan(900);
      expect(footer.bottom).toBe(900);
      expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBe(900);
    });
  }

  it('a long article: the footer follows the text, below the window', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.pageOf('004'));
    const content = await box('main > :last-child');
    const footer = await box('footer.site-footer');
    expect(footer.top).toBeGreaterThanOrEqual(content.bottom);
    expect(footer.top).toBeGreaterThan(900);
  });

  for (const width of [1280, 360]) {
    it(`at ${width} px the header, the home page, a topic page, an article and a bilingual article share one left edge`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const edges: Record<string, number> = {};
      await page.goto(site.server.url);
      edges['site name in the header'] = (await box('.site-name')).left;
      edges['home heading'] = (await box('main h1')).left;
      edges['home: first card'] = (await box('main .card')).left;
      await page.goto(`${site.server.url}topics/party-state-diplomacy/`);
      edges['topic heading'] = (await box('main h1')).left;
      edges['topic: first card'] = (await box('main .card')).left;
      // 001 is in English only; 000 pairs each English paragraph with its Vietnamese translation.
      await page.goto(site.pageOf('001'));
      edges['article headline'] = (await box('main h1')).left;
      edges['article text'] = (await box('.article-body p')).left;
      await page.goto(site.pageOf('000'));
      edges['bilingual headline'] = (await box('main h1')).left;
      edges['bilingual text'] = (await box('.article-body .pair')).left;
      // The column is centred in a wide window (72rem = 1152 px, 1rem gutters); a phone keeps only the gutter.
      const expected = width === 1280 ? (1280 - 1152) / 2 + 16 : 16;
      for (const [what, left] of Object.entries(edges)) expect(left, what).toBe(expected);
    });
  }
});
