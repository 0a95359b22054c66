// The order pages reach the index in, which is the order the search page lists a tier in: dates with a year newest
// first (a month or a year alone where it falls), then day-and-month without a year, then undated; equal dates by slug,
// as the site's lists. The dates are read from the article list (articles.json's datePartial).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesNewestFirst, newestFirst } from '../../../src/indexing/index-order.ts';

describe('newestFirst', () => {
  it('orders articles by their dates, ties by slug', () => {
    const article = (slug: string, datePartial: string | null = null) => ({ slug, datePartial });
    const articles = [
      article('undated-b'),
      article('april-14', '--04-14'),
      article('day-2025-04-14', '2025-04-14'),
      article('undated-a'),
      article('day-2020-09-21', '2020-09-21'),
      article('month-2025-04', '2025-04'),
    ];
    expect(newestFirst(articles).map((a) => a.slug)).toEqual([
      'day-2025-04-14',
      'month-2025-04',
      'day-2020-09-21',
      'april-14',
      'undated-a',
      'undated-b',
    ]);
  });
});

describe('articlesNewestFirst', () => {
  it('names the article list and says what to do when it is missing or lacks the fields the index needs', () => {
    const out = mkdtempSync(join(tmpdir(), 'index-order-'));
    try {
      expect(() => articlesNewestFirst(out)).toThrow(/articles\.json is missing/);
      writeFileSync(join(out, 'articles.json'), JSON.stringify({ articles: [{ slug: 'a', date: null }] }));
      expect(() => articlesNewestFirst(out)).toThrow(/articles\.json does not list articles with slug, datePartial.*build the site again/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
