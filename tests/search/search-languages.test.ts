// One English search page finds articles in every language, with or without accents (đ included), in NFD or NFC,
// and under any spelling of a person's name; ranking puts exact titles, phrases and exact accents first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { serveBuiltSite } from '../helpers/served-site.ts';
import { indexOfTitle, TITLES } from './helpers/corpus-facts.ts';
import { EXTRA_FIXTURES, makeSearchCorpus } from './helpers/search-corpus.ts';
import { openSearchPage, searchFor, titles, type ShownResult } from './helpers/search-ui.ts';

function resultStarting(results: readonly ShownResult[], start: string): ShownResult {
  const found = results.find((r) => r.title.startsWith(start));
  expect(found, `no result titled "${start}…" among ${JSON.stringify(titles(results))}`).toBeDefined();
  return found!;
}

describe('search across every language', () => {
  const site = serveBuiltSite({ corpusDir: makeSearchCorpus('search-languages'), name: 'search-languages', searchShardArticles: 3 });
  let page: Page;

  beforeAll(async () => {
    page = await openSearchPage(site.browser, site.server.url);
  });

  it('finds French, Chinese and Vietnamese articles from the same English page', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    const french = await searchFor(page, 'ferroviaire');
    expect(french[0]!.title).toBe(TITLES.french);
    expect(french[0]!.titleLang).toBe('fr');
    expect(french[0]!.marks).toContain('ferroviaire');
    // The other railway articles follow, each with its own word for it marked.
    expect(french).toHaveLength(9);
    for (const r of french.slice(1))
      expect(
        r.marks.map((m) => m.toLowerCase()),
        r.title,
      ).toEqual(expect.arrayContaining([expect.stringMatching(/^(railway|铁路|đường sắt)$/)]));

    const chinese = await searchFor(page, '铁路');
    expect(chinese[0]!.title).toBe(TITLES.chinese);
    expect(chinese).toHaveLength(9);
    expect(chinese[0]!.titleLang).toBe('zh');
    expect(chinese[0]!.marks).toContain('铁路');
    // The index holds Chinese cut into words; the reader sees it as written, with no space inside a sentence.
    expect(chinese[0]!.excerpt).toContain('铁路');
    expect(chinese[0]!.excerpt).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);

    const vietnamese = await searchFor(page, 'Tô Lâm');
    expect(resultStarting(vietnamese, TITLES.seed003Start).titleLang).toBe('vi');
    expect(resultStarting(vietnamese, TITLES.seed003Start).marks).toContain('Tô Lâm');
  });

  it('finds accented text from unaccented queries, đ included', async () => {
    const toLam = await searchFor(page, 'To Lam');
    expect(resultStarting(toLam, TITLES.seed003Start).marks).toContain('Tô Lâm');
    expect(resultStarting(toLam, TITLES.nfdDongDang).marks).toContain('Tô Lâm');

    // Only seed 000 says Biển Đông (in its Vietnamese translation); it is the phrase match, so it comes first.
    const bienDong = await searchFor(page, 'Bien Dong');
    expect(bienDong[0]!.title).toBe(TITLES.seed000);
    expect(bienDong[0]!.marks).toContain('Biển Đông');

    const tapCanBinh = await searchFor(page, 'Tap Can Binh');
    expect(resultStarting(tapCanBinh, TITLES.seed003Start).marks).toContain('Tập Cận Bình');
    expect(resultStarting(tapCanBinh, TITLES.seed002).marks).toContain('Tập Cận Bình');

    const dongDang = await searchFor(page, 'Dong Dang');
    expect(dongDang[0]!.title).toBe(TITLES.nfdDongDang);
    expect(dongDang[0]!.marks).toContain('Đồng Đăng');
  });

  it('finds text that arrived in NFD like the same text in NFC', async () => {
    const bytes = readFileSync(join(EXTRA_FIXTURES, 'vi-nfd-dong-dang.txt'), 'utf8');
    expect(bytes).not.toBe(bytes.normalize('NFC'));
    expect(bytes).not.toContain('Đồng Đăng'.normalize('NFC'));

    const composed = await searchFor(page, 'Đồng Đăng'.normalize('NFC'));
    expect(composed[0]!.title).toBe(TITLES.nfdDongDang.normalize('NFC'));
    const decomposed = await searchFor(page, 'Đồng Đăng'.normalize('NFD'));
    expect(decomposed[0]!.title).toBe(TITLES.nfdDongDang.normalize('NFC'));
    expect(decomposed[0]!.marks).toContain('Đồng Đăng'.normalize('NFC'));
  });

  it('finds every spelling of a person from any other', async () => {
    const seed003 = readFileSync(join(PROJECT_ROOT, 'seeds/003_6ab2f0264e82a350.txt'), 'utf8');
    expect(seed003).toContain('Tập Cận Bình');
    expect(seed003).not.toContain('Xi Jinping');

    const xi = await searchFor(page, 'Xi Jinping');
    expect(resultStarting(xi, TITLES.seed003Start).marks).toContain('Tập Cận Bình');
    expect(resultStarting(xi, TITLES.chinese).marks).toContain('习近平');

    const suLin = await searchFor(page, '苏林');
    expect(resultStarting(suLin, TITLES.seed003Start).marks).toContain('Tô Lâm');
    expect(resultStarting(suLin, TITLES.nfdDongDang).marks).toContain('Tô Lâm');
    expect(resultStarting(suLin, TITLES.seed001).marks).toContain('To Lam');
    expect(resultStarting(suLin, TITLES.chinese).marks).toContain('苏林');
  });

  it('ranks a title equal to the query first', async () => {
    const results = await searchFor(page, 'Railway cooperation');
    expect(results[0]!.title).toBe(TITLES.railwayCooperation);
    expect(titles(results)).toContain(TITLES.railwayCommittee);
  });

  it('ranks titles that name the query first, newest first, and never a word that merely starts like it (Tom Lamb)', async () => {
    const accented = titles(await searchFor(page, 'Tô Lâm'));
    // Three titles name him: seed 000 (14 April 2025), the NFD fixture (5 March 2025), seed 002 (26 January, no year).
    expect(accented.slice(0, 3)).toEqual([TITLES.seed000, TITLES.nfdDongDang, TITLES.seed002]);
    for (const t of [TITLES.seed001, TITLES.seed003Start, TITLES.seed004Start]) expect(indexOfTitle(accented, t)).toBeGreaterThan(2);
    expect(indexOfTitle(accented, TITLES.tomLamb)).toBe(-1);
    // Accents neither narrow nor reorder: the same articles in the same order.
    expect(titles(await searchFor(page, 'To Lam'))).toEqual(accented);
  });

  it('never shows the words added to the index: no folded copies, no alias lists', async () => {
    for (const [query, hidden] of [
      ['Bien Dong', ['Bien Dong', 'bien dong']],
      ['Dong Dang', ['Dong Dang', 'dong dang']],
      ['Xi Jinping', ['Su Lin', '習近平', 'Xi Jin-ping']],
    ] as const) {
      for (const r of await searchFor(page, query)) {
        for (const word of hidden) expect(r.excerpt, `${query} → ${r.title}`).not.toContain(word);
      }
    }
    // Seed 003 never says "Xi Jinping": not in its excerpt, and not in the article's own text on its page (the People
    // list under the article names each person once in English; that is the page's design, not index words).
    const seed003 = resultStarting(await searchFor(page, 'Xi Jinping'), TITLES.seed003Start);
    expect(seed003.excerpt).not.toContain('Xi Jinping');
    const article = await site.browser.newPage();
    await article.goto(new URL(seed003.href, site.server.url).href);
    const ownText = await article.locator('[data-pagefind-body]').evaluate((el) => {
      const copy = el.cloneNode(true) as Element;
      for (const aside of copy.querySelectorAll('footer, [data-pagefind-ignore]')) aside.remove();
      return copy.textContent ?? '';
    });
    expect(ownText).toContain('Tập Cận Bình');
    for (const alias of ['Xi Jinping', '习近平', 'Su Lin', '苏林', 'Wang Yi', '王毅']) expect(ownText).not.toContain(alias);
    // Spellings that exist only in the index appear nowhere in the page's text, hidden elements included.
    const pageText = await article.evaluate(() => document.body.textContent ?? '');
    for (const indexOnly of ['習近平', 'Xi Jin-ping', 'Su Lin', '蘇林', '黎懷忠']) expect(pageText).not.toContain(indexOnly);

    const bienDong = (await searchFor(page, 'Bien Dong'))[0]!;
    await article.goto(new URL(bienDong.href, site.server.url).href);
    const seed000 = await article.evaluate(() => document.body.textContent ?? '');
    expect(seed000).toContain('Biển Đông');
    expect(seed000.toLowerCase()).not.toContain('bien dong');
    await article.close();
  });

  it('indexes the article, not the page chrome around it', async () => {
    // "Reading time" is in every article's facts list, "Search articles" in the header: neither is article text. Pagefind
    // leaves out a query word no page has, so only words found in no article of this corpus are asked ("time" is).
    for (const query of ['Reading', 'Search articles']) {
      expect(await searchFor(page, query)).toEqual([]);
    }
  });
});
