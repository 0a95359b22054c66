// The order pages reach the index in, which is the order the search page lists a tier in: dates with a year newest
// first (a month or a year alone where it falls), then day-and-month without a year, then undated; equal dates by slug,
// as the site's lists.
import { describe, expect, it } from 'vitest';
import { indexedDate, newestFirst } from '../../../src/build/index-order.ts';
import { partialDateOrUnknown } from '../../../src/corpus/partial-date-text.ts';

describe('newestFirst', () => {
  it('orders pages by their dates, ties by slug', () => {
    // Dates as the pages give them to the index (their `datetime` values).
    const page = (slug: string, datetime?: string) => ({ slug, date: partialDateOrUnknown(datetime) });
    const pages = [
      page('undated-b'),
      page('april-14', '--04-14'),
      page('day-2025-04-14', '2025-04-14'),
      page('undated-a'),
      page('day-2020-09-21', '2020-09-21'),
      page('month-2025-04', '2025-04'),
    ];
    expect(newestFirst(pages)).toEqual(['day-2025-04-14', 'month-2025-04', 'day-2020-09-21', 'april-14', 'undated-a', 'undated-b']);
  });
});

describe('indexedDate', () => {
  it('reads the date an article page hands the index, and nothing from a page without one', () => {
    const page = '<article data-pagefind-body><h1>T</h1><div hidden><span data-pagefind-meta="date:2025-04-14"></span></div></article>';
    expect(indexedDate(page)).toBe('2025-04-14');
    expect(indexedDate('<article data-pagefind-body><h1>Undated</h1></article>')).toBeUndefined();
  });
});
