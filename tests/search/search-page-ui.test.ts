// The search page as a reader uses it: one box (the header's), results with their facts beside the excerpt, filters with
// counts and their names, sort, the URL as the search's memory (link, reload, Back), examples to start from, an empty
// state, keyboard and screen-reader use, a 360 px screen, no JavaScript.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_PEOPLE_FILE, DEFAULT_TOPICS_FILE } from '../../src/corpus/context.ts';
import { loadPeople } from '../../src/corpus/people-mentions.ts';
import { loadTaxonomy } from '../../src/corpus/topic-tagging.ts';
import { arrivalHighlight } from './helpers/arrival-highlight.ts';
import { serveBuiltSite } from '../helpers/served-site.ts';
import { TITLES } from './helpers/corpus-facts.ts';
import { makeSearchCorpus } from './helpers/search-corpus.ts';
import { openSearchPage, readResults, SEARCH_INPUT, searchFor, STATUS, titles, waitForResults } from './helpers/search-ui.ts';

async function optionText(page: Page, name: string, value: string): Promise<string> {
  return page.$eval(`select[name="${name}"] option[value="${value}"]`, (o) => o.textContent ?? '');
}

async function choose(page: Page, name: string, value: string, query: string): Promise<string[]> {
  await page.selectOption(`select[name="${name}"]`, value);
  await page.waitForFunction((v) => new URLSearchParams(location.search).get(v[0]!) === (v[1] || null), [name, value]);
  await waitForResults(page, query);
  return titles(await readResults(page));
}

describe('the search page', () => {
  const site = serveBuiltSite({ corpusDir: makeSearchCorpus('search-ui'), name: 'search-ui', searchShardArticles: 4 });

  it('shows each result as an article card: title, date, languages, topics, and the excerpt with its matches marked', async () => {
    const page = await openSearchPage(site.browser, site.server.url);
    const [result] = await searchFor(page, 'ferroviaire');
    expect(result!.title).toBe(TITLES.french);
    expect(result!.href).toMatch(/^\/articles\/la-cooperation-ferroviaire-[^/]+\/#:~:text=ferroviaire$/);
    expect(result!.date).toBe('12 March 2025');
    expect(result!.languages).toEqual([{ name: 'French', lang: null }]);
    expect(result!.topics).toEqual([{ name: 'Railways and transport links', href: '/topics/railways-transport/' }]);
    // The topics are named alone, as on every card.
    expect(result!.meta).not.toContain('Topics');
    expect(result!.marks).toEqual(['ferroviaire', 'ferroviaire']);
    expect(await page.$eval('.search-results .card-summary', (p) => p.getAttribute('lang'))).toBe('fr');
    // A date without a year (seed 001: "On the afternoon of April 14") reads as such, never as unknown.
    const [partial] = await searchFor(page, 'Red Journey');
    expect(partial!.title).toBe(TITLES.seed001);
    expect(partial!.date).toBe('14 April (year\u00a0not\u00a0stated)');
    await page.close();
  });

  it('filters by language, person, year and topic, and counts what each choice would give', async () => {
    const page = await openSearchPage(site.browser, site.server.url);
    // "Lao Cai" is in the French fixture, the committee fixture, and seeds 000 (also in its Vietnamese translation), 001
    // and 004; the Chinese fixture says 老街, the same town.
    expect(await searchFor(page, 'Lao Cai')).toHaveLength(6);
    expect(await optionText(page, 'lang', 'en')).toBe('English (4)');
    expect(await optionText(page, 'lang', 'vi')).toBe('Vietnamese (1)');
    expect(await optionText(page, 'lang', 'fr')).toBe('French (1)');
    expect(await optionText(page, 'lang', 'zh')).toBe('Chinese (1)');
    // Wang Yi is named only in seed 003, which does not mention Lao Cai: choosing him would give nothing.
    expect(await page.$eval('select[name="person"] option[value="wang-yi"]', (o) => (o as HTMLOptionElement).disabled)).toBe(true);
    expect(await choose(page, 'lang', 'fr', 'Lao Cai')).toEqual([TITLES.french]);
    // The language choices keep their counts while one is chosen.
    expect(await optionText(page, 'lang', 'en')).toBe('English (4)');
    await choose(page, 'lang', '', 'Lao Cai');
    // Of those, 000 (science and technology the highlight of the talks) and 004 (science cooperation) are about science.
    const aboutScience = await choose(page, 'topic', 'science-technology', 'Lao Cai');
    expect(aboutScience).toHaveLength(2);
    expect(aboutScience).toContain(TITLES.seed000);
    expect(aboutScience.some((t) => t.startsWith(TITLES.seed004Start))).toBe(true);
    await choose(page, 'topic', '', 'Lao Cai');

    // "railway": the two railway fixtures and seeds 000, 001, 002 say it; the French fixture (ferroviaire), the Chinese one
    // (铁路), the NFD fixture and seed 003 (đường sắt) say it in their language. Xi Jinping is in seeds 000, 001, 002, 003
    // (Tập Cận Bình) and the Chinese fixture (习近平).
    await searchFor(page, 'railway');
    expect((await choose(page, 'person', 'xi-jinping', 'railway')).sort()).toEqual(
      [TITLES.seed000, TITLES.seed001, TITLES.seed002, TITLES.chinese, TITLES.seed003Start]
        .sort()
        .map((t) => expect.stringMatching(`^${t}`)),
    );
    await choose(page, 'person', '', 'railway');
    // Seeds 001, 002 and 003 state no year.
    expect((await choose(page, 'year', '2025', 'railway')).sort()).toEqual(
      [TITLES.railwayCommittee, TITLES.railwayCooperation, TITLES.seed000, TITLES.french, TITLES.chinese, TITLES.nfdDongDang].sort(),
    );
    await page.close();
  });

  it('sorts by date, newest first, days without a year after full dates', async () => {
    const page = await openSearchPage(site.browser, site.server.url);
    await searchFor(page, 'railway');
    // Newest first, whether an article says "railway" or says it in its own language.
    expect(await choose(page, 'sort', 'date', 'railway')).toEqual([
      TITLES.railwayCommittee, // 3 June 2025
      TITLES.railwayCooperation, // 20 April 2025
      TITLES.seed000, // 14 April 2025 (its slug, party-chief-…, sorts before the Chinese one's)
      TITLES.chinese, // 14 April 2025
      TITLES.french, // 12 March 2025
      TITLES.nfdDongDang, // 5 March 2025
      TITLES.seed001, // 14 April, no year
      expect.stringMatching(`^${TITLES.seed003Start}`), // 4 February, no year
      TITLES.seed002, // 26 January, no year
    ]);
    await page.close();
  });

  it('keeps the search in the URL: it can be linked, reloaded, and walked with Back and Forward', async () => {
    const page = await openSearchPage(site.browser, site.server.url);
    await page.focus(SEARCH_INPUT);
    await page.keyboard.type('railway');
    await waitForResults(page, 'railway');
    expect(new URL(page.url()).search).toBe('?q=railway');
    await choose(page, 'year', '2025', 'railway');
    await choose(page, 'sort', 'date', 'railway');
    expect(new URL(page.url()).search).toBe('?q=railway&year=2025&sort=date');

    await page.goBack();
    await page.waitForFunction(() => location.search === '?q=railway&year=2025');
    await waitForResults(page, 'railway');
    expect(await page.inputValue('select[name="sort"]')).toBe('');
    expect(await readResults(page)).toHaveLength(6);

    await page.goBack();
    await page.waitForFunction(() => location.search === '?q=railway');
    await page.waitForFunction(() => document.querySelectorAll('.search-results .card').length === 9);
    expect(await page.inputValue('select[name="year"]')).toBe('');

    await page.goForward();
    await page.waitForFunction(() => document.querySelectorAll('.search-results .card').length === 6);
    expect(await page.inputValue('select[name="year"]')).toBe('2025');

    await page.reload();
    await waitForResults(page, 'railway');
    expect(await page.inputValue(SEARCH_INPUT)).toBe('railway');
    expect(await readResults(page)).toHaveLength(6);

    const linked = await openSearchPage(site.browser, site.server.url, '?q=ferroviaire&lang=fr');
    await waitForResults(linked, 'ferroviaire');
    expect(await linked.inputValue(SEARCH_INPUT)).toBe('ferroviaire');
    expect(await linked.inputValue('select[name="lang"]')).toBe('fr');
    // Two articles are in French: the fixture says "ferroviaire" itself, seed 002 says "railway" (its English part).
    expect(titles(await readResults(linked))).toEqual([TITLES.french, TITLES.seed002]);
    await linked.close();
    await page.close();
  });

  it('while typing, lets the last word find the longer words it begins, under their own heading; submitted, it does not', async () => {
    const page = await openSearchPage(site.browser, site.server.url);
    // "railw" is no word of any article; five say "railway" (the two railway fixtures, seeds 000, 001, 002).
    const typed = await searchFor(page, 'railw');
    expect(titles(typed).sort()).toEqual(
      [TITLES.railwayCommittee, TITLES.railwayCooperation, TITLES.seed000, TITLES.seed001, TITLES.seed002].sort(),
    );
    expect(await page.textContent(STATUS)).toBe('5\u00a0articles have a word beginning with “railw”.');
    expect(await page.textContent('[data-search-divider]')).toBe('Words beginning with what you typed');
    expect(await page.locator('[data-search-results] .card').count()).toBe(0);
    await page.press(SEARCH_INPUT, 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent === 'No article found for “railw”.');
    expect(await readResults(page)).toEqual([]);
    // Two letters never match the words they begin, even while typing: "sc" is no word, though "science" begins with it.
    expect(await searchFor(page, 'sc')).toEqual([]);
    await page.close();
  });

  it('lists the articles with the words in a row first, and those with them only apart under a divider', async () => {
    const page = await openSearchPage(site.browser, site.server.url, `?q=${encodeURIComponent('quan he hai nuoc')}`);
    await waitForResults(page, 'quan he hai nuoc');
    // Only seed 000 says "quan hệ hai nước"; seeds 002 and 003 have the four syllables, never in a row.
    const listed = (selector: string): Promise<string[]> =>
      page.$$eval(`${selector} .card-title a`, (links) => links.map((a) => a.textContent ?? ''));
    expect(await listed('[data-search-results]')).toEqual([TITLES.seed000]);
    expect(await page.textContent('[data-search-divider]')).toBe('Also contain these words separately');
    const apart = await listed('[data-search-apart]');
    expect(apart).toHaveLength(2);
    expect(apart).toContain(TITLES.seed002);
    expect(apart.some((t) => t.startsWith(TITLES.seed003Start))).toBe(true);
    expect(await page.textContent(STATUS)).toBe('1\u00a0article found for “quan he hai nuoc”; 2\u00a0more contain these words separately.');
    // One rule between the two lists: the one under the card above the divider.
    const rules = await page.evaluate(() => {
      const lastAbove = document.querySelector('[data-search-results] > li:last-child')!;
      const divider = document.querySelector('[data-search-divider]')!;
      return [getComputedStyle(lastAbove).borderBottomStyle, getComputedStyle(divider).borderTopStyle];
    });
    expect(rules).toEqual(['solid', 'none']);
    await page.close();
  });

  it('answers a search with no result with help instead of a blank', async () => {
    const page = await openSearchPage(site.browser, site.server.url);
    expect(await searchFor(page, 'qwxzvk')).toEqual([]);
    expect(await page.textContent(STATUS)).toBe('No article found for “qwxzvk”.');
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toContain('Check the spelling');
    expect(await empty.getByRole('link', { name: 'topics', exact: true }).getAttribute('href')).toBe('/topics/');
    expect(await empty.getByRole('link', { name: 'archive', exact: true }).getAttribute('href')).toBe('/archive/');
    await searchFor(page, 'ferroviaire');
    expect(await empty.isVisible()).toBe(false);
    await page.close();
  });

  it('works with the keyboard and tells screen readers what happened', async () => {
    const page = await openSearchPage(site.browser, site.server.url);
    const box = page.getByLabel('Search articles in any language');
    expect(await box.getAttribute('id')).toBe('site-search');
    expect(await page.getAttribute(STATUS, 'role')).toBe('status');
    await box.focus();
    await page.keyboard.type('2025');
    await page.keyboard.press('Enter');
    await waitForResults(page, '2025');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    // Eleven of the twelve articles mention or are dated 2025 (seed 002 neither): ten shown, then one more.
    expect(await page.textContent(STATUS)).toBe('11\u00a0articles found for “2025”.');
    expect(await readResults(page)).toHaveLength(10);
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.search-results .card').length === 11);
    // Focus moves to the first added result, so the reader continues where the new results begin.
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toBe((await readResults(page))[10]!.title);
    expect(await more.isVisible()).toBe(false);
    await page.close();
  });

  it('fits a 360 px wide screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}search/`);
    await searchFor(page, 'Bien Dong');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const selector of [SEARCH_INPUT, '.search-results .card-title a', 'select[name="topic"]']) {
      const box = await page.locator(selector).first().boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
    await page.close();
  });

  it('explains, without JavaScript, that search needs it and where else to look', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=ferroviaire`);
    const note = page.locator('.search-noscript');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('needs JavaScript');
    expect(await note.getByRole('link', { name: 'topic', exact: true }).getAttribute('href')).toBe('/topics/');
    expect(await note.getByRole('link', { name: 'archive', exact: true }).getAttribute('href')).toBe('/archive/');
    // The filters are no use without the script; the header's box stays, a plain form that comes back to this page.
    expect(await page.locator('select[name="topic"]').isVisible()).toBe(false);
    expect(await page.locator('form[role="search"]').getAttribute('action')).toBe('/search/');
    await context.close();
  });

  it('marks the matched words on the article a result opens', async () => {
    const page = await openSearchPage(site.browser, site.server.url);
    await searchFor(page, 'Xi Jinping');
    await page.getByRole('link', { name: new RegExp(`^${TITLES.seed003Start}`) }).click();
    // The article spells him only in Vietnamese: that spelling is scrolled to and painted by the browser.
    const arrived = await arrivalHighlight(page, 'Tập Cận Bình');
    expect(arrived.inView).toBe(true);
    expect(arrived.paintedShare).toBeGreaterThan(0.3);
    await page.close();
  });

  it('takes a search from the header box on any page to the search page', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    await page.fill('#site-search', 'ferroviaire');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=ferroviaire$/);
    await waitForResults(page, 'ferroviaire');
    // The French fixture says the word; the other railway articles say railway, 铁路 or đường sắt, and follow it.
    expect(titles(await readResults(page))[0]).toBe(TITLES.french);
    expect(await page.textContent(STATUS)).toBe('1\u00a0article found for “ferroviaire”, and 8\u00a0more that write it another way.');
    await page.close();
  });

  it('has one search box, the header one, holding the query of the URL and searching in place', async () => {
    const page = await openSearchPage(site.browser, site.server.url, '?q=ferroviaire');
    await waitForResults(page, 'ferroviaire');
    expect(await page.locator('input[type="search"], input[name="q"]').count()).toBe(1);
    expect(await page.locator('.site-header').locator(SEARCH_INPUT).inputValue()).toBe('ferroviaire');
    // Typing in it searches on this page: the results change, the page is never loaded again.
    await page.evaluate(() => {
      (window as unknown as { samePage: boolean }).samePage = true;
    });
    await searchFor(page, 'Lao Cai');
    await page.press(SEARCH_INPUT, 'Enter');
    await waitForResults(page, 'Lao Cai');
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(new URL(page.url()).search).toBe('?q=Lao+Cai');
    await page.close();
  });

  it('names the filters of a link in the status line as the data files name them', async () => {
    const topic = loadTaxonomy(DEFAULT_TOPICS_FILE).topics.find((t) => t.slug === 'environment')!.names.en;
    const person = loadPeople(DEFAULT_PEOPLE_FILE).find((p) => p.slug === 'wang-yi')!.names.en;
    expect([topic, person]).toEqual(['Environment', 'Wang Yi']);
    const page = await openSearchPage(site.browser, site.server.url, '?person=wang-yi&lang=fr&topic=environment');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-search-status]')?.textContent &&
        document.querySelector('[data-search-app]')?.getAttribute('aria-busy') !== 'true',
    );
    // Wang Yi is named only in seed 003, which is in Vietnamese: nothing is in French.
    expect(await page.textContent(STATUS)).toBe(`0\u00a0articles, filtered by ${topic}, French, ${person}.`);
    await page.close();
    // A filter chosen on the page reads the same.
    const chosen = await openSearchPage(site.browser, site.server.url, '?person=wang-yi');
    await chosen.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('1\u00a0article,'));
    await chosen.selectOption('select[name="lang"]', 'vi');
    await chosen.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('Vietnamese'));
    expect(await chosen.textContent(STATUS)).toBe(`1\u00a0article, filtered by Vietnamese, ${person}.`);
    await chosen.close();
  });

  it('shows a filter of a link that no article has in its dropdown, by name, and "All topics" or "Anyone" undoes it', async () => {
    const topic = loadTaxonomy(DEFAULT_TOPICS_FILE).topics.find((t) => t.slug === 'environment')!.names.en;
    // A Vietnamese, named as Vietnamese write him (his English name is the same letters without the accents).
    const person = loadPeople(DEFAULT_PEOPLE_FILE).find((p) => p.slug === 'pham-minh-chinh')!.names.vi;
    expect([topic, person]).toEqual(['Environment', 'Phạm Minh Chính']);
    const page = await openSearchPage(site.browser, site.server.url, '?q=railway&topic=environment&person=pham-minh-chinh');
    const shown = (name: string) => page.$eval(`select[name="${name}"]`, (s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? '');
    // No article of the test corpus is about the environment or names Phạm Minh Chính: neither is among the choices.
    // Each shows as chosen, with its count as every choice has: none.
    await waitForResults(page, 'railway');
    expect(await page.textContent(STATUS)).toBe(`No article found for “railway”, filtered by ${topic}, ${person}.`);
    expect(await shown('topic')).toBe(`${topic} (0)`);
    expect(await shown('person')).toBe(`${person} (0)`);

    await choose(page, 'topic', '', 'railway');
    expect(await shown('topic')).toBe('All topics');
    expect(await page.textContent(STATUS)).toBe(`No article found for “railway”, filtered by ${person}.`);
    // "railway" in its own words or another language: the two railway fixtures, seeds 000 to 003, and the French,
    // Chinese and NFD fixtures.
    expect(await choose(page, 'person', '', 'railway')).toHaveLength(9);
    expect(await shown('person')).toBe('Anyone');
    expect(new URL(page.url()).search).toBe('?q=railway');

    // Back to the link's search: the filter is shown again.
    await page.goBack();
    await page.waitForFunction(() => location.search === '?q=railway&person=pham-minh-chinh');
    await waitForResults(page, 'railway');
    expect(await shown('person')).toBe(`${person} (0)`);
    await page.close();
  });

  it('on a wide screen sets each result excerpt beside its date, languages and topics; on a phone below them', async () => {
    const sides = async (width: number) => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.server.url}search/`);
      await searchFor(page, 'ferroviaire');
      const meta = (await page.locator('.search-results .card-meta').first().boundingBox())!;
      const excerpt = (await page.locator('.search-results .card-summary').first().boundingBox())!;
      await page.close();
      return { meta, excerpt };
    };
    const wide = await sides(1280);
    expect(wide.excerpt.x).toBeGreaterThanOrEqual(wide.meta.x + wide.meta.width);
    expect(wide.excerpt.y).toBeLessThan(wide.meta.y + wide.meta.height);
    expect(wide.meta.y).toBeLessThan(wide.excerpt.y + wide.excerpt.height);
    const narrow = await sides(360);
    expect(narrow.excerpt.y).toBeGreaterThanOrEqual(narrow.meta.y + narrow.meta.height);
  });

  it('offers example searches to start from, one in each language of the corpus, each finding articles', async () => {
    const page = await openSearchPage(site.browser, site.server.url);
    const links = page.locator('[data-search-examples] a');
    await links.first().waitFor();
    const examples = await links.evaluateAll((as) =>
      as.map((a) => ({ text: a.textContent?.trim() ?? '', lang: a.getAttribute('lang'), href: a.getAttribute('href') ?? '' })),
    );
    // The test corpus has articles in English, Vietnamese, French and Chinese.
    expect(examples.map((e) => e.lang).sort()).toEqual(['en', 'fr', 'vi', 'zh']);
    for (const example of examples) expect(example.href).toBe(`/search/?${new URLSearchParams({ q: example.text })}`);
    // Followed as a link (a new tab, a shared address), each finds at least one article.
    for (const example of examples) {
      const followed = await openSearchPage(site.browser, site.server.url, example.href.slice('/search/'.length));
      await waitForResults(followed, example.text);
      expect((await readResults(followed)).length, example.text).toBeGreaterThan(0);
      await followed.close();
    }
    // Clicked, it searches in place and the examples make way for the results.
    await links.first().click();
    await waitForResults(page, examples[0]!.text);
    expect(await page.inputValue(SEARCH_INPUT)).toBe(examples[0]!.text);
    expect((await readResults(page)).length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-examples]').isVisible()).toBe(false);
    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    expect(await page.locator('[data-search-examples]').isVisible()).toBe(true);
    await page.close();
  });
});
