// Every list of articles (home, topic, person, archive) draws the same card: title, date, languages in their own
// names, main topics, and what the summary adds to the title.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { sharedSeedSite, type SeedSite } from './seed-site.ts';

type Seed = '000' | '001' | '002' | '003' | '004';
const SEEDS: Seed[] = ['000', '001', '002', '003', '004'];

// How each seed's summary starts, read from the seed files: the first paragraph, or, where the title is the lead's
// first sentence (003 and 004 have no headline), where the lead goes on after it.
const SUMMARY_START: Record<Seed, string> = {
  '000': 'Vietnams General Party Secretary To Lam has requested Vietnam and China',
  '001': 'On the afternoon of April 14, at the Party Central Committee headquarters',
  '002': 'Le 26 janvier, au siège du Comité central du Parti',
  '003': '…đặc phái viên của Tổng Bí thư Tô Lâm đề nghị hai nước',
  '004': '…Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son highlighted',
};

// The list pages and the seeds each shows, from reading the seeds: To Lam is named in all five; 000 and 004 are about
// science and technology; 001, 003 and 002 give a day and month but no year; 004 gives no date.
const LIST_PAGES: { path: string; seeds: Seed[] }[] = [
  { path: '', seeds: ['000', '001', '003', '002', '004'] },
  { path: 'topics/science-technology/', seeds: ['000', '004'] },
  { path: 'people/to-lam/', seeds: ['000', '001', '003', '002', '004'] },
  { path: 'archive/year-not-stated/', seeds: ['001', '003', '002'] },
  { path: 'archive/undated/', seeds: ['004'] },
];

interface Card {
  href: string;
  summary: string | null;
  languages: { name: string; lang: string | null; before: string }[];
  topics: { name: string; href: string }[];
}

function readCards(page: Page): Promise<Card[]> {
  return page.locator('main .card').evaluateAll((cards) =>
    cards.map((card) => ({
      href: card.querySelector('.card-title a')!.getAttribute('href')!,
      summary: card.querySelector('.card-summary')?.textContent?.trim() ?? null,
      languages: [...card.querySelectorAll('.card-meta .languages li')].map((li) => ({
        name: li.textContent!.trim(),
        lang: li.getAttribute('lang'),
        // The separator a reader sees between two names is drawn by CSS.
        before: getComputedStyle(li, '::before').content,
      })),
      topics: [...card.querySelectorAll('.card-topics a')].map((a) => ({ name: a.textContent!.trim(), href: a.getAttribute('href')! })),
    })),
  );
}

describe('article cards', () => {
  let site: SeedSite;
  let browser: Browser;
  let page: Page;
  const seedOf = (href: string): Seed => SEEDS.find((s) => site.pathOf(s) === href)!;
  const cardsOn = async (path: string): Promise<Map<Seed, Card>> => {
    expect((await page.goto(site.server.url + path))?.status()).toBe(200);
    return new Map((await readCards(page)).map((c) => [seedOf(c.href), c]));
  };

  beforeAll(async () => {
    site = await sharedSeedSite();
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
  });

  for (const { path, seeds } of LIST_PAGES) {
    it(`/${path} shows every card's summary (${seeds.join(', ')})`, async () => {
      const cards = await cardsOn(path);
      expect([...cards.keys()]).toEqual(seeds);
      for (const seed of seeds) {
        const start = SUMMARY_START[seed];
        expect(cards.get(seed)!.summary?.slice(0, start.length), `${seed} on /${path}`).toBe(start);
      }
    });
  }

  it('writes the languages the same way on the home page and a topic page: in the page’s language, dot-separated', async () => {
    // 000 pairs English with Vietnamese; 002 opens in French, then Vietnamese and English paragraphs.
    const expected: Partial<Record<Seed, Card['languages']>> = {
      '000': [
        { name: 'English', lang: null, before: 'none' },
        { name: 'Vietnamese', lang: null, before: '" ·\u00a0" / ""' },
      ],
      '002': [
        { name: 'English', lang: null, before: 'none' },
        { name: 'Vietnamese', lang: null, before: '" ·\u00a0" / ""' },
        { name: 'French', lang: null, before: '" ·\u00a0" / ""' },
      ],
    };
    const home = await cardsOn('');
    const topic = await cardsOn('topics/party-state-diplomacy/');
    for (const [seed, languages] of Object.entries(expected) as [Seed, Card['languages']][]) {
      expect(home.get(seed)!.languages, `${seed} on the home page`).toEqual(languages);
      expect(topic.get(seed)!.languages, `${seed} on the topic page`).toEqual(languages);
    }
  });

  it('names the main topics, each linked to its page', async () => {
    const home = await cardsOn('');
    // 002 is the call between the two leaders right after the 14th Party Congress.
    expect(home.get('002')!.topics).toEqual([
      { name: 'Party and state diplomacy', href: '/topics/party-state-diplomacy/' },
      { name: 'Party congresses and leadership', href: '/topics/party-congress/' },
    ]);
    // 004 is about science and technology cooperation ahead of a visit.
    expect(home.get('004')!.topics).toEqual([{ name: 'Science and technology', href: '/topics/science-technology/' }]);
  });
});
