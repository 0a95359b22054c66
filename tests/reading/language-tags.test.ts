// The mixed-language seed (002): an English page whose body moves between French, Vietnamese and English paragraphs.
// Each paragraph in another language than the page's opens with a small tag naming the language, built into the page
// (no JavaScript); the English ones have none, and the side-by-side pairs of the bilingual seed (000) have none either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { searchFor } from '../search/helpers/search-ui.ts';
import { buildSeedSite, type SeedSite } from './seed-site.ts';

interface ShownParagraph {
  lang: string | null;
  opening: string;
  /** The tag as seen, e.g. "FR", or null when the paragraph has none. */
  tag: string | null;
}

/** Each body paragraph: its language, its first words (without the tag) and the tag a reader sees before it. */
async function paragraphs(page: Page): Promise<ShownParagraph[]> {
  return page.locator('#article-body p').evaluateAll((ps) =>
    ps.map((p) => {
      const tag = p.querySelector<HTMLElement>('.lang-tag [aria-hidden="true"]');
      const seen = tag !== null && tag.getBoundingClientRect().width > 0 && getComputedStyle(tag).visibility === 'visible';
      const words = [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent);
      return { lang: p.getAttribute('lang'), opening: words.join('').slice(0, 30), tag: seen ? tag.innerText : null };
    }),
  );
}

// Read from seeds/002_23d13732dbed37de.txt: after the French headline, one French paragraph, then Vietnamese and English.
const EXPECTED: ShownParagraph[] = [
  { lang: 'fr', opening: 'Le 26 janvier, au siège du Com', tag: 'FR' },
  { lang: 'vi', opening: 'Tổng Bí thư Tô Lâm bày tỏ vui ', tag: 'VI' },
  { lang: 'en', opening: 'On behalf of the Party, State ', tag: null },
  { lang: 'en', opening: 'Happy to share the particularl', tag: null },
  { lang: 'vi', opening: 'Tổng Bí thư Tô Lâm khẳng định ', tag: 'VI' },
  { lang: 'vi', opening: 'Tổng Bí thư Tô Lâm đề nghị Tổn', tag: 'VI' },
  { lang: 'en', opening: 'General Secretary and Presiden', tag: null },
  { lang: 'en', opening: 'Agreeing with the assessments ', tag: null },
  { lang: 'en', opening: 'Based on the positive progress', tag: null },
  { lang: 'en', opening: 'To strengthen the social found', tag: null },
  { lang: 'en', opening: 'The two sides agreed to mainta', tag: null },
];

describe('language tags in a mixed-language article', () => {
  let site: SeedSite;
  let browser: Browser;
  beforeAll(async () => {
    site = await buildSeedSite('reading-language-tags');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
  });

  it('tags the French and Vietnamese paragraphs of the English page, and none of the English ones, without JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(site.pageOf('002'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await paragraphs(page)).toEqual(EXPECTED);
    expect(await page.locator('script[src]').count()).toBe(0);
    await page.close();
  });

  it('gives a screen reader the language by name, in English', async () => {
    const page = await browser.newPage();
    await page.goto(site.pageOf('002'));
    const french = page.locator('#article-body p[lang="fr"]');
    // The visible "FR" is not read out: the name says it.
    expect(await french.ariaSnapshot()).toMatch(/^- paragraph: "?in French: Le 26 janvier/);
    expect(await french.locator('.lang-tag').getAttribute('lang')).toBe('en');
    expect(await page.locator('#article-body p[lang="vi"]').first().ariaSnapshot()).toMatch(/^- paragraph: "?in Vietnamese: Tổng Bí thư/);
    await page.close();
  });

  it('puts no tag on either column of a translation pair', async () => {
    const page = await browser.newPage();
    await page.goto(site.pageOf('000'));
    expect(await page.locator('#article-body [data-pair] p').count()).toBe(30);
    expect(await page.locator('#article-body .lang-tag').count()).toBe(0);
    await page.close();
  });

  it('keeps the tags out of search: no seed says "French", so a search for it finds nothing', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.server.url}search/`);
    expect(await searchFor(page, 'French')).toEqual([]);
    expect(await searchFor(page, 'janvier')).toHaveLength(1);
    await page.close();
  });
});
