// Feed entries: a date only when the text gives all of it (the rest as data), and text that survives XML, JSON and HTML intact.
import { getRssString } from '@astrojs/rss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { DC_NAMESPACE, jsonFeed, knownPublicationDate, rssItems, type FeedArticle } from '../../src/site/feed-items.ts';
import { parseRss } from './helpers/xml.ts';

const HOSTILE = 'Tô Lâm & 苏林 <b>meet</b> ]]> "again"';

function article(slug: string, overrides: Partial<FeedArticle> = {}): FeedArticle {
  return {
    slug,
    title: `Title of ${slug}`,
    summary: `Summary of ${slug}`,
    language: 'en',
    date: { year: null, month: null, day: null, precision: 'unknown', iso: null },
    byline: null,
    source: null,
    topics: [],
    body: [{ kind: 'paragraph', text: `First paragraph of ${slug}.`, lang: 'en', translation: null }],
    ...overrides,
  };
}
const link = (slug: string): string => `https://example.org/vn-cn/articles/${slug}/`;

describe('knownPublicationDate', () => {
  it('is a date only when year, month and day are stated', () => {
    expect(knownPublicationDate({ year: 2025, month: 4, day: 14, precision: 'day', iso: '2025-04-14' })?.toISOString()).toBe(
      '2025-04-14T00:00:00.000Z',
    );
    expect(knownPublicationDate({ year: null, month: 4, day: 14, precision: 'month-day', iso: null })).toBeNull();
    expect(knownPublicationDate({ year: 2025, month: 4, day: null, precision: 'month', iso: null })).toBeNull();
    expect(knownPublicationDate({ year: 2025, month: null, day: null, precision: 'year', iso: null })).toBeNull();
    expect(knownPublicationDate({ year: null, month: null, day: null, precision: 'unknown', iso: null })).toBeNull();
  });
});

describe('feed items', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const articles = [
    article('dated', {
      title: HOSTILE,
      byline: 'Trần & Co <x>',
      date: { year: 2025, month: 4, day: 14, precision: 'day', iso: '2025-04-14' },
      topics: [{ slug: 't', name: 'Trade & investment' }],
    }),
    article('yearless', { language: 'vi', date: { year: null, month: 2, day: 4, precision: 'month-day', iso: null } }),
  ];

  it('RSS keeps hostile text as text, and has a pubDate only for the full date', async () => {
    const xml = await getRssString({
      title: 'T',
      description: 'D',
      site: 'https://example.org/vn-cn/',
      items: rssItems(articles, link),
      xmlns: { dc: DC_NAMESPACE },
    });
    const feed = await parseRss(page, xml);
    expect(feed.items.map((i) => i.title)).toEqual([HOSTILE, 'Title of yearless']);
    expect(feed.items[0]).toMatchObject({
      link: link('dated'),
      guid: link('dated'),
      creator: 'Trần & Co <x>',
      language: 'en',
      categories: ['Trade & investment'],
    });
    expect(new Date(feed.items[0]!.pubDate!).toISOString()).toBe('2025-04-14T00:00:00.000Z');
    expect(feed.items[1]!.pubDate).toBeNull();
    expect(feed.items[1]!.language).toBe('vi');
  });

  it('JSON Feed has date_published only for the full date, and every date as stated in _vn_cn_reader', async () => {
    const feed = JSON.parse(
      JSON.stringify(
        await jsonFeed({
          title: 'T',
          description: 'D',
          homePageUrl: 'https://example.org/vn-cn/',
          feedUrl: 'https://example.org/vn-cn/feed.json',
          articles,
          link,
        }),
      ),
    ) as {
      items: Record<string, unknown>[];
    };
    expect(feed.items[0]).toMatchObject({
      id: link('dated'),
      url: link('dated'),
      title: HOSTILE,
      date_published: '2025-04-14T00:00:00Z',
      authors: [{ name: 'Trần & Co <x>' }],
    });
    expect(feed.items[1]).not.toHaveProperty('date_published');
    expect(feed.items[1]).not.toHaveProperty('authors');
    expect(feed.items.map((i) => i._vn_cn_reader)).toEqual([
      { date_partial: '2025-04-14', date_precision: 'day' },
      { date_partial: '--02-04', date_precision: 'month-day' },
    ]);
  });

  it('JSON Feed content_html shows the body as a reader would see it, hostile text as text', async () => {
    const hostileBody = article('hostile-body', {
      body: [
        { kind: 'paragraph', text: HOSTILE, lang: 'en', translation: { text: 'Tô Lâm và <i>Tập Cận Bình</i>', lang: 'vi' } },
        { kind: 'subheading', text: 'Trade & railways', lang: 'en', translation: null },
        { kind: 'paragraph', text: 'Second paragraph.', lang: 'en', translation: null },
      ],
    });
    const feed = (await jsonFeed({ title: 'T', description: 'D', homePageUrl: '', feedUrl: '', articles: [hostileBody], link })) as {
      items: { content_html: string }[];
    };
    await page.setContent(`<main>${feed.items[0]!.content_html}</main>`);
    expect(await page.locator('main p').allTextContents()).toEqual([HOSTILE, 'Tô Lâm và <i>Tập Cận Bình</i>', 'Second paragraph.']);
    expect(await page.locator('main h2').textContent()).toBe('Trade & railways');
    expect(await page.locator('main b, main i').count()).toBe(0);
  });
});
