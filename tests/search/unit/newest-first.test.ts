// The date order the search page sorts by: full dates newest first, then a year or month alone, then day-and-month
// without a year, then undated; equal dates by URL, as the site's own lists.
import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../src/build/newest-first.ts';

describe('newestFirst', () => {
  it('orders Pagefind ids by the article dates, ties by URL', () => {
    const page = (id: string, url: string, sortKey: string) => ({ id, url, sortKey });
    const pages = [
      page('undated-b', '/articles/b/', '1'),
      page('april-14', '/articles/x/', '20414'),
      page('2025-04-14', '/articles/y/', '320250414'),
      page('undated-a', '/articles/a/', '1'),
      page('2020-09-21', '/articles/z/', '320200921'),
      page('2025-04', '/articles/w/', '320250400'),
    ];
    expect(newestFirst(pages)).toEqual(['2025-04-14', '2025-04', '2020-09-21', 'april-14', 'undated-a', 'undated-b']);
  });
});
