// The bilingual seed (000) in Chromium: the Both / English only / Tiếng Việt only control, reading without JavaScript,
// pairs side by side on wide screens and stacked on phones, and no sideways scrolling at 360 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSeedSite, type SeedSite } from './seed-site.ts';

/** How many English and Vietnamese paragraphs of the pairs a reader can see. */
async function visibleByLanguage(page: Page): Promise<{ en: number; vi: number }> {
  return page.locator('.article-body [data-pair] > p').evaluateAll((ps) => {
    const seen = { en: 0, vi: 0 };
    for (const p of ps) {
      const style = getComputedStyle(p);
      const visible = style.display !== 'none' && style.visibility === 'visible' && p.getBoundingClientRect().height > 0;
      if (visible) seen[p.getAttribute('lang') as 'en' | 'vi']++;
    }
    return seen;
  });
}

async function pressedButton(page: Page): Promise<string> {
  return page.locator('[data-bilingual-control] button[aria-pressed="true"]').innerText();
}

/** Boxes of the first pair's original and translation. */
async function firstPairBoxes(page: Page): Promise<{ original: DOMRect; translation: DOMRect }> {
  return page
    .locator('.article-body [data-pair]')
    .first()
    .evaluate((pair) => ({
      original: pair.querySelector('.original')!.getBoundingClientRect().toJSON() as DOMRect,
      translation: pair.querySelector('.translation')!.getBoundingClientRect().toJSON() as DOMRect,
    }));
}

describe('bilingual article', () => {
  let site: SeedSite;
  let browser: Browser;
  beforeAll(async () => {
    site = await buildSeedSite('reading-bilingual');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
  });

  describe('with JavaScript', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      await page.goto(site.pageOf('000'));
    });
    afterAll(() => context?.close());

    it('offers Both, English only and Tiếng Việt only, each language name in its own language', async () => {
      const control = page.getByRole('group', { name: 'Show paragraphs in' });
      expect(await control.isVisible()).toBe(true);
      const names = await control.getByRole('button').allInnerTexts();
      expect(names).toEqual(['Both', 'English only', 'Tiếng Việt only']);
      expect(await control.locator('button span[lang="vi"]').innerText()).toBe('Tiếng Việt');
      expect(await control.locator('button span[lang="en"]').innerText()).toBe('English');
      expect(await pressedButton(page)).toBe('Both');
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 15 });
    });

    it('"English only" hides the Vietnamese paragraphs, "Tiếng Việt only" the English ones, "Both" restores both', async () => {
      await page.getByRole('button', { name: 'English only' }).click();
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 0 });
      expect(await pressedButton(page)).toBe('English only');

      await page.getByRole('button', { name: 'Tiếng Việt only' }).click();
      expect(await visibleByLanguage(page)).toEqual({ en: 0, vi: 15 });
      expect(await pressedButton(page)).toBe('Tiếng Việt only');

      await page.getByRole('button', { name: 'Both' }).click();
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 15 });
      expect(await page.locator('[data-bilingual-control] button[aria-pressed="true"]').count()).toBe(1);
    });

    it('works from the keyboard', async () => {
      await page.getByRole('button', { name: 'English only' }).focus();
      await page.keyboard.press('Enter');
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 0 });
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Space');
      expect(await pressedButton(page)).toBe('Both');
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 15 });
    });

    it('remembers the choice on the next visit', async () => {
      await page.getByRole('button', { name: 'Tiếng Việt only' }).click();
      await page.reload();
      expect(await pressedButton(page)).toBe('Tiếng Việt only');
      expect(await visibleByLanguage(page)).toEqual({ en: 0, vi: 15 });
      await page.getByRole('button', { name: 'Both' }).click();
    });

    it('shows the pairs side by side at 1280 px', async () => {
      const { original, translation } = await firstPairBoxes(page);
      expect(translation.left).toBeGreaterThanOrEqual(original.right);
      expect(Math.abs(translation.top - original.top)).toBeLessThan(2);
    });
  });

  describe('without JavaScript', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      await page.goto(site.pageOf('000'));
    });
    afterAll(() => context?.close());

    it('shows both languages and no control that could not work', async () => {
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 15 });
      expect(await page.locator('[data-bilingual-control]').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'English only' }).count()).toBe(0);
    });

    it('puts the text where it will be once the control appears, so nothing moves on load', async () => {
      const withoutJs = await firstPairBoxes(page);
      const scripted = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await scripted.goto(site.pageOf('000'));
      await scripted.locator('[data-bilingual-control]:not([hidden])').waitFor();
      const withJs = await firstPairBoxes(scripted);
      await scripted.close();
      expect(withJs.original.top).toBe(withoutJs.original.top);
    });
  });

  describe('on a 360 px phone', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('stacks each translation under its original', async () => {
      await page.goto(site.pageOf('000'));
      const { original, translation } = await firstPairBoxes(page);
      expect(translation.top).toBeGreaterThanOrEqual(original.bottom);
      expect(translation.right).toBeLessThanOrEqual(360);
    });

    it('never scrolls sideways, on the home page or any article', async () => {
      for (const url of [site.server.url, ...['000', '001', '002', '003', '004'].map((seed) => site.pageOf(seed))]) {
        await page.goto(url);
        expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), url).toBeLessThanOrEqual(360);
      }
    });
  });
});
