// A search result is the card every list draws: the same title, date, languages and main topics as the home page's card
// for the same article, drawn alike, with the excerpt and its marked matches where the card has its summary.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveBuiltSite } from '../helpers/served-site.ts';
import { TITLES } from './helpers/corpus-facts.ts';
import { CARD_FIXTURES, makeSearchCorpus } from './helpers/search-corpus.ts';
import { openSearchPage, readCards, searchFor, type ShownCard, type ShownResult } from './helpers/search-ui.ts';

/** tests/search/fixtures/cards/en-border-festival.txt: one English article about a rail link, trade, tourism and students. */
const FOUR_TOPICS = 'Lang Son opens a rail link for trade, tourism and student exchanges';

interface Expected {
  /** A word of the article to search for. */
  query: string;
  title: string;
  titleLang: string;
  date: string;
  datetime: string | null;
  /** Each language's own name and its code, in any order. */
  languages: [string, string | null][];
  /** The topics the article is about, from reading it; the card names at most three. */
  about: string[];
}

// Read from the seed files and the fixture.
const ARTICLES: Expected[] = [
  {
    // seeds/000: English headline with its Vietnamese translation; dated April 14, 2025; science and technology in talks
    // between the two party chiefs.
    query: 'highlight',
    title: TITLES.seed000,
    titleLang: 'en',
    date: '14 April 2025',
    datetime: '2025-04-14',
    languages: [
      ['English', null],
      ['Vietnamese', null],
    ],
    about: ['Science and technology', 'Party and state diplomacy'],
  },
  {
    // seeds/002: French headline, paragraphs in French, Vietnamese and English; "Le 26 janvier", no year; a phone call
    // between the party chiefs after the 14th Congress.
    query: 'téléphone',
    title: TITLES.seed002,
    titleLang: 'fr',
    date: '26 January (year\u00a0not\u00a0stated)',
    datetime: '01-26',
    languages: [
      ['English', null],
      ['Vietnamese', null],
      ['French', null],
    ],
    about: ['Party and state diplomacy', 'Party congresses and leadership'],
  },
  {
    // The fixture: dated May 20, 2025, about a rail link, trade, tourism and exchange students.
    query: 'scholarships',
    title: FOUR_TOPICS,
    titleLang: 'en',
    date: '20 May 2025',
    datetime: '2025-05-20',
    languages: [['English', null]],
    about: ['Railways and transport links', 'Trade and investment', 'Culture and people-to-people exchange', 'Education and youth'],
  },
];

const path = (href: string): string => href.split('#')[0]!;

/** What a card says about its article; a result's link also carries the text fragment of its matches. */
function facts(card: ShownResult): ShownCard {
  const { title, titleLang, href, date, datetime, languages, topics, meta } = card;
  return { title, titleLang, href: path(href), date, datetime, languages, topics, meta };
}

/** How the card's title and facts are drawn, as the reader sees them. */
function looks(page: Page, scope: string): Promise<Record<string, string>> {
  return page.$eval(scope, (list) => {
    const style = (selector: string) => getComputedStyle(list.querySelector(selector)!);
    const title = style('.card-title a');
    const meta = style('.card-meta');
    return {
      titleSize: title.fontSize,
      titleWeight: title.fontWeight,
      titleColor: title.color,
      titleUnderline: title.textDecorationLine,
      metaSize: meta.fontSize,
      metaColor: meta.color,
      separator: getComputedStyle(list.querySelector('.card-meta .languages li + li')!, '::before').content,
    };
  });
}

describe('search results as article cards', () => {
  const site = serveBuiltSite({ corpusDir: makeSearchCorpus('result-cards', CARD_FIXTURES), name: 'result-cards' });

  async function homeCards(): Promise<ShownResult[]> {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    const cards = await readCards(page, '.home-latest');
    await page.close();
    return cards;
  }

  it('shows the title, date, languages and topics of the home page card for the same article', async () => {
    const cards = await homeCards();
    const page = await openSearchPage(site.browser, site.server.url);
    for (const expected of ARTICLES) {
      const result = (await searchFor(page, expected.query)).find((r) => r.title === expected.title);
      const card = cards.find((c) => c.title === expected.title);
      expect(result, `a result for "${expected.query}"`).toBeDefined();
      expect(card, 'a card on the home page').toBeDefined();
      expect(facts(result!), expected.title).toEqual(facts(card!));
      // The excerpt stands where the card has its summary, the words searched for marked.
      expect(result!.marks.length, expected.query).toBeGreaterThan(0);

      const shown = facts(result!);
      expect(shown.titleLang).toBe(expected.titleLang);
      expect(shown.date).toBe(expected.date);
      expect(shown.datetime).toBe(expected.datetime);
      expect(shown.languages.map((l): [string, string | null] => [l.name, l.lang]).sort()).toEqual([...expected.languages].sort());
      const topics = shown.topics.map((t) => t.name);
      expect(topics).toHaveLength(Math.min(3, expected.about.length));
      expect(expected.about).toEqual(expect.arrayContaining(topics));
      // The topics are named alone, as on the cards: no label before them.
      expect(shown.meta).not.toContain('Topics');
    }
    await page.close();
  });

  it('names the first three of the four topics the article page lists, as the card does', async () => {
    const card = (await homeCards()).find((c) => c.title === FOUR_TOPICS);
    const page = await openSearchPage(site.browser, site.server.url);
    const [result] = await searchFor(page, 'scholarships');
    expect(result!.title).toBe(FOUR_TOPICS);
    await page.goto(new URL(path(result!.href), site.server.url).href);
    const listed = await page.locator('.article-tags .tag-list').first().locator('a').allTextContents();
    expect([...listed].sort()).toEqual([...ARTICLES[2]!.about].sort());
    expect(result!.topics.map((t) => t.name)).toEqual(listed.slice(0, 3));
    expect(card!.topics.map((t) => t.name)).toEqual(listed.slice(0, 3));
    await page.close();
  });

  it('draws a result as the home page draws its card, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(site.server.url);
      const home = await looks(page, '.home-latest');
      await page.goto(`${site.server.url}search/`);
      // seeds/000 is in English and Vietnamese: its card shows the dot between two languages.
      await searchFor(page, 'highlight');
      expect(await looks(page, '.search-results'), colorScheme).toEqual(home);
      await context.close();
    }
  });
});
