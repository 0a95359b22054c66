// The bilingual seed (000) in Chromium: the Both / English / Tiếng Việt control, the headline in the language
// chosen, the view in the address (`?view=vi`), reading without JavaScript, pairs side by side on wide screens and
// stacked on phones, and no sideways scrolling at 360 px.
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

// Read from seeds/000_08c7fae4138fbc52.txt: the English headline on line 1, its Vietnamese translation on line 3.
const ENGLISH_HEADLINE = 'Party chief To Lam wants science, technology to be new highlight in Vietnam-China cooperation';
const VIETNAMESE_HEADLINE = 'Tổng Bí thư Tô Lâm muốn khoa học, công nghệ trở thành điểm sáng mới trong hợp tác Việt-Trung';

/** The headline a reader sees with its language, and the translated headline under it when one is shown. */
async function headlines(page: Page): Promise<{ h1: string; lang: string | null; under: string | null }> {
  const h1 = page.locator('h1');
  const under = page.locator('.title-translation');
  return {
    h1: await h1.innerText(),
    lang: await h1.getAttribute('lang'),
    under: (await under.isVisible()) ? await under.innerText() : null,
  };
}

/** The `view` parameter of the page's address, or null when it has none. */
function viewInUrl(page: Page): string | null {
  return new URL(page.url()).searchParams.get('view');
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

    it('offers both languages, English and Tiếng Việt, each language named in its own language', async () => {
      const control = page.getByRole('group', { name: 'Show' });
      expect(await control.isVisible()).toBe(true);
      const names = await control.getByRole('button').allInnerTexts();
      expect(names).toEqual(['Both', 'English', 'Tiếng Việt']);
      expect(await control.locator('button span[lang="vi"]').innerText()).toBe('Tiếng Việt');
      expect(await control.locator('button span[lang="en"]').innerText()).toBe('English');
      expect(await pressedButton(page)).toBe('Both');
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 15 });
    });

    it('"English" hides the Vietnamese paragraphs, "Tiếng Việt" the English ones, "Both" restores both', async () => {
      await page.getByRole('button', { name: 'English' }).click();
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 0 });
      expect(await pressedButton(page)).toBe('English');

      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      expect(await visibleByLanguage(page)).toEqual({ en: 0, vi: 15 });
      expect(await pressedButton(page)).toBe('Tiếng Việt');

      await page.getByRole('button', { name: 'Both' }).click();
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 15 });
      expect(await page.locator('[data-bilingual-control] button[aria-pressed="true"]').count()).toBe(1);
    });

    it('works from the keyboard', async () => {
      await page.getByRole('button', { name: 'English' }).focus();
      await page.keyboard.press('Enter');
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 0 });
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Space');
      expect(await pressedButton(page)).toBe('Both');
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 15 });
    });

    it('remembers the choice on the next visit', async () => {
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await page.reload();
      expect(await pressedButton(page)).toBe('Tiếng Việt');
      expect(await visibleByLanguage(page)).toEqual({ en: 0, vi: 15 });
      await page.getByRole('button', { name: 'Both' }).click();
    });

    it('leads with the headline in the language chosen, the <h1> marked in that language', async () => {
      expect(await headlines(page)).toEqual({ h1: ENGLISH_HEADLINE, lang: 'en', under: VIETNAMESE_HEADLINE });
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      expect(await headlines(page)).toEqual({ h1: VIETNAMESE_HEADLINE, lang: 'vi', under: null });
      await page.getByRole('button', { name: 'English' }).click();
      expect(await headlines(page)).toEqual({ h1: ENGLISH_HEADLINE, lang: 'en', under: null });
      await page.getByRole('button', { name: 'Both' }).click();
      expect(await headlines(page)).toEqual({ h1: ENGLISH_HEADLINE, lang: 'en', under: VIETNAMESE_HEADLINE });
    });

    it('keeps the view in the address without adding a history entry per click', async () => {
      const entries = await page.evaluate(() => history.length);
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      expect(viewInUrl(page)).toBe('vi');
      await page.getByRole('button', { name: 'English' }).click();
      expect(viewInUrl(page)).toBe('en');
      await page.getByRole('button', { name: 'Both' }).click();
      expect(viewInUrl(page)).toBeNull();
      expect(new URL(page.url()).search).toBe('');
      expect(await page.evaluate(() => history.length)).toBe(entries);
    });

    it('shows the pairs side by side at 1280 px', async () => {
      const { original, translation } = await firstPairBoxes(page);
      expect(translation.left).toBeGreaterThanOrEqual(original.right);
      expect(Math.abs(translation.top - original.top)).toBeLessThan(2);
    });
  });

  describe('opened from a shared address', () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    });
    afterAll(() => context?.close());

    it('?view=vi shows the Vietnamese paragraphs only, under the Vietnamese headline', async () => {
      const page = await context.newPage();
      await page.goto(`${site.pageOf('000')}?view=vi`);
      expect(await visibleByLanguage(page)).toEqual({ en: 0, vi: 15 });
      expect(await headlines(page)).toEqual({ h1: VIETNAMESE_HEADLINE, lang: 'vi', under: null });
      expect(await pressedButton(page)).toBe('Tiếng Việt');

      await page.getByRole('button', { name: 'Both' }).click();
      expect(viewInUrl(page)).toBeNull();
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 15 });
      await page.close();
    });

    it('the view in the address wins over the one remembered from an earlier visit', async () => {
      const page = await context.newPage();
      await page.goto(site.pageOf('000'));
      await page.getByRole('button', { name: 'English' }).click();
      await page.goto(`${site.pageOf('000')}?view=vi`);
      expect(await pressedButton(page)).toBe('Tiếng Việt');
      expect(await visibleByLanguage(page)).toEqual({ en: 0, vi: 15 });
      // Opening the article again without a view brings back the remembered one, and writes it in the address.
      await page.goto(site.pageOf('000'));
      expect(await pressedButton(page)).toBe('English');
      expect(viewInUrl(page)).toBe('en');
      await page.getByRole('button', { name: 'Both' }).click();
      await page.close();
    });

    it('a view the article does not have shows both languages', async () => {
      const page = await context.newPage();
      await page.goto(`${site.pageOf('000')}?view=fr`);
      expect(await pressedButton(page)).toBe('Both');
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 15 });
      expect(viewInUrl(page)).toBeNull();
      await page.close();
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

    it('shows both languages and both headlines even when the address asks for one', async () => {
      const shared = await context.newPage();
      await shared.goto(`${site.pageOf('000')}?view=vi`);
      expect(await visibleByLanguage(shared)).toEqual({ en: 15, vi: 15 });
      expect(await headlines(shared)).toEqual({ h1: ENGLISH_HEADLINE, lang: 'en', under: VIETNAMESE_HEADLINE });
      await shared.close();
    });

    it('shows both languages and no control that could not work', async () => {
      expect(await visibleByLanguage(page)).toEqual({ en: 15, vi: 15 });
      expect(await page.locator('[data-bilingual-control]').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'English' }).count()).toBe(0);
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
