// The pagination helper and the paged URLs: page counts, slices, and page 1 staying at the list's permanent URL.
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageCount, pageNumbers, pageSlice } from '../../src/site/paginate.ts';
import { pageParam, personPageUrl, personUrl, topicPageUrl, topicUrl } from '../../src/site/urls.ts';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('pageCount', () => {
  it('is at least 1, so an empty list keeps its first page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageNumbers(0)).toEqual([1]);
  });
  it('rounds up at the page size', () => {
    expect(PAGE_SIZE).toBe(50);
    expect([1, 49, 50, 51, 100, 101, 120].map((n) => pageCount(n))).toEqual([1, 1, 1, 2, 2, 3, 3]);
    expect(pageCount(7, 3)).toBe(3);
    expect(pageNumbers(120)).toEqual([1, 2, 3]);
  });
  it('rejects nonsense sizes and totals', () => {
    expect(() => pageCount(10, 0)).toThrow(RangeError);
    expect(() => pageCount(-1)).toThrow(RangeError);
    expect(() => pageCount(1.5)).toThrow(RangeError);
  });
});

describe('pageSlice', () => {
  it('cuts the list in order, the last page holding the remainder', () => {
    const items = range(120);
    expect(pageSlice(items, 1)).toEqual(range(50));
    expect(pageSlice(items, 2)).toEqual(range(50).map((i) => i + 50));
    expect(pageSlice(items, 3)).toEqual(range(20).map((i) => i + 100));
  });
  it('gives every item exactly once across all pages, for any length', () => {
    for (const total of [0, 1, 2, 49, 50, 51, 99, 100, 101, 257]) {
      const items = range(total);
      const pages = pageNumbers(total, 50).map((p) => pageSlice(items, p, 50));
      expect(pages.flat()).toEqual(items);
      expect(pages.slice(0, -1).every((p) => p.length === 50)).toBe(true);
    }
  });
  it('page 1 of an empty list is empty; pages that do not exist throw', () => {
    expect(pageSlice([], 1)).toEqual([]);
    expect(() => pageSlice(range(10), 2)).toThrow(RangeError);
    expect(() => pageSlice(range(10), 0)).toThrow(RangeError);
    expect(() => pageSlice(range(10), 1.5)).toThrow(RangeError);
  });
});

describe('paged URLs', () => {
  it('page 1 is the permanent URL; later pages sit under page/<n>/', () => {
    expect(topicPageUrl('railways-transport', 1)).toBe(topicUrl('railways-transport'));
    expect(topicPageUrl('railways-transport', 2)).toBe('/topics/railways-transport/page/2/');
    expect(personPageUrl('wang-yi', 1)).toBe(personUrl('wang-yi'));
    expect(personPageUrl('wang-yi', 3)).toBe('/people/wang-yi/page/3/');
  });
  it('the route parameter matches the URL', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(7)).toBe('page/7');
    expect(() => pageParam(0)).toThrow(RangeError);
  });
});
