// The article JSON-LD: states only what the text states, and no article text can break out of its <script> element.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { newsArticleJsonLd, type NewsArticleSource } from '../../src/site/json-ld.ts';
import { jsonForScript } from '../../src/site/json-in-script.ts';

const HOSTILE = '</script><script>alert(1)</script>';

function article(overrides: Partial<NewsArticleSource>): NewsArticleSource {
  return {
    title: 'Wang Yi meets Le Hoai Trung',
    summary: 'The two ministers met in Beijing.',
    language: 'en',
    date: { year: 2026, month: 2, day: 3, precision: 'day', iso: '2026-02-03' },
    byline: null,
    source: null,
    topics: [],
    people: [],
    ...overrides,
  };
}

describe('newsArticleJsonLd', () => {
  it('gives datePublished only for a full date', () => {
    expect(newsArticleJsonLd(article({}), 'https://example.org/a/').datePublished).toBe('2026-02-03');
    const yearless = article({ date: { year: null, month: 4, day: 14, precision: 'month-day', iso: null } });
    expect(newsArticleJsonLd(yearless, 'https://example.org/a/')).not.toHaveProperty('datePublished');
    const monthOnly = article({ date: { year: 2025, month: 4, day: null, precision: 'month', iso: null } });
    expect(newsArticleJsonLd(monthOnly, 'https://example.org/a/')).not.toHaveProperty('datePublished');
    const unknown = article({ date: { year: null, month: null, day: null, precision: 'unknown', iso: null } });
    expect(newsArticleJsonLd(unknown, 'https://example.org/a/')).not.toHaveProperty('datePublished');
  });

  it('names an author, publisher and original only when the text does', () => {
    const bare = newsArticleJsonLd(article({}), 'https://example.org/a/');
    expect(bare).not.toHaveProperty('author');
    expect(bare).not.toHaveProperty('publisher');
    expect(bare).not.toHaveProperty('isBasedOn');
    const full = newsArticleJsonLd(
      article({ byline: 'Hoang Trong', source: { name: 'Chinhphu.vn', url: 'https://chinhphu.vn/some-article-123.htm' } }),
      'https://example.org/a/',
    );
    expect(full.author).toEqual({ '@type': 'Person', name: 'Hoang Trong' });
    expect(full.sourceOrganization).toMatchObject({ '@type': 'Organization', name: 'Chinhphu.vn' });
    expect(full.isBasedOn).toBe('https://chinhphu.vn/some-article-123.htm');
    expect(full).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Wang Yi meets Le Hoai Trung',
      inLanguage: 'en',
      url: 'https://example.org/a/',
    });
  });
});

describe('jsonForScript with hostile article text', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const hostile = newsArticleJsonLd(
    article({ title: HOSTILE, summary: 'a <!-- b --> & c \u2028 d', byline: '</SCRIPT >x' }),
    'https://example.org/a/',
  );

  it('has no < or > left, and parses back to the same data', () => {
    const json = jsonForScript(hostile);
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('stays one inert script element in a real browser', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setContent(
      `<!doctype html><html><head><script type="application/ld+json">${jsonForScript(hostile)}</script></head><body><p>after</p></body></html>`,
    );
    const scripts = await page.$$eval('script', (els) => els.map((s) => ({ type: s.getAttribute('type'), text: s.textContent ?? '' })));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.type).toBe('application/ld+json');
    expect((JSON.parse(scripts[0]!.text) as { headline: string }).headline).toBe(HOSTILE);
    expect(await page.$eval('body', (b) => b.textContent)).toBe('after');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
