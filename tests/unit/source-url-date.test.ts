import { describe, it, expect } from 'vitest';
import { dateFromSourceUrl } from '../../src/corpus/source-url-date.ts';

function day(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y, month: m, day: d, precision: 'day', iso };
}

describe('dateFromSourceUrl: dates in the path', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['https://example.com/world/2025/04/14/vietnam-china-talks/', '2025-04-14'],
    ['https://example.com/world/2025/04/14', '2025-04-14'],
    ['http://news.example.org/2019-11-03/some-story', '2019-11-03'],
    ['https://example.com/2019-11-03-some-story.html', '2019-11-03'],
    ['https://example.com/asia/some-story_2019-11-03.html', '2019-11-03'],
    ['https://example.vn/chinh-tri/doan-dai-bieu-tham-trung-quoc-20250414.html', '2025-04-14'],
    ['https://example.vn/doan-dai-bieu-20250414', '2025-04-14'],
    ['https://example.cn/news/20181107/story.shtml', '2018-11-07'],
    ['https://example.cn/tech/story_20181107.html', '2018-11-07'],
    ['http://www.example.cn/world/2018-11/07/c_1123677896.htm', '2018-11-07'],
    ['http://world.example.cn/n1/2018/1107/c1002-30386519.html', '2018-11-07'],
    ['https://example.com/2024/02/29/leap-day/', '2024-02-29'],
    // a query string is not the path; the path's date still counts
    ['https://example.com/2025/04/14/story?ref=2024-01-01', '2025-04-14'],
    // the same date twice is one date
    ['https://example.com/2025/04/14/story-20250414.html', '2025-04-14'],
    // a bare path (no scheme or host)
    ['/2023/10/30/story', '2023-10-30'],
  ];
  for (const [url, iso] of cases) {
    it(url, () => expect(dateFromSourceUrl(url)).toEqual(day(iso)));
  }
});

describe('dateFromSourceUrl: null when not a sure date', () => {
  const cases: readonly string[] = [
    '',
    'not a url',
    'https://example.com/',
    // year and month only
    'https://example.com/2025/04/story-title',
    'https://example.com/archive/2025-04/',
    // a date only in the query string or fragment
    'https://example.com/story?date=2025-04-14',
    'https://example.com/story?d=20250414',
    'https://example.com/story#2025/04/14/',
    // ids: digits inside longer numbers, or eight digits that are no date
    'https://example.vn/trung-quoc-luon-coi-trong-quan-he-18525041422183829.htm',
    'https://example.vn/some-story-20250414101530123.htm',
    'https://example.vn/some-story-22247228.html',
    'https://example.vn/some-story-21472599.html',
    'https://example.com/p/120250414/',
    'https://example.com/story-20250414-123.html',
    'https://example.com/story-12-2025-04-14.html',
    // not a calendar date, or out of range
    'https://example.com/2025/02/29/story/',
    'https://example.com/2025/13/01/story/',
    'https://example.com/2025/04/31/story/',
    'https://example.com/1985/04/14/story/',
    'https://example.com/2101/04/14/story/',
    'https://example.com/story-19850414.html',
    // a date in the host is not the path's
    'https://20250414.example.com/story',
    // two different dates: which one is the article's?
    'https://example.com/2025/04/14/story-20250415.html',
    // an ISO timestamp glued to text is not a path date
    'https://example.com/story-2025-04-14T10:00',
  ];
  for (const url of cases) {
    it(JSON.stringify(url), () => expect(dateFromSourceUrl(url)).toBeNull());
  }
});

describe('dateFromSourceUrl: long input finishes', () => {
  it('a path of many digit runs', () => {
    const url = `https://example.com/${'2025/04/'.repeat(20_000)}${'1-'.repeat(20_000)}`;
    expect(dateFromSourceUrl(url)).toBeNull();
  });
});
