// Search loads its engine once; if the network failed, the next search tries again instead of failing for good.
import { describe, expect, it } from 'vitest';
import { keepPerObjectUnlessFailed, keepUnlessFailed } from '../../../src/scripts/search/keep-unless-failed.ts';
import type { PagefindFragment, PagefindResult } from '../../../src/scripts/search/pagefind-api.ts';
import { loadFragment, resultData } from '../../../src/scripts/search/readable-fragment.ts';

describe('keepUnlessFailed', () => {
  it('loads once and hands every caller the same result', async () => {
    const calls: string[] = [];
    const load = keepUnlessFailed(async (url: string) => {
      calls.push(url);
      return `engine from ${url}`;
    });
    expect(await Promise.all([load('/pagefind/'), load('/pagefind/')])).toEqual(['engine from /pagefind/', 'engine from /pagefind/']);
    expect(calls).toEqual(['/pagefind/']);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let attempts = 0;
    const load = keepUnlessFailed(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return 'engine';
    });
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe('engine');
    expect(await load()).toBe('engine');
    expect(attempts).toBe(2);
  });
});

describe('resultData: Pagefind asked once per result', () => {
  /** A result whose data() counts its calls; Pagefind builds an excerpt on every call, which a first search paid up to four times. */
  function countingResult(id: string, failFirst = false): PagefindResult & { calls: number } {
    const result = {
      id,
      score: 1,
      words: [],
      calls: 0,
      data: async (): Promise<PagefindFragment> => {
        result.calls++;
        if (failFirst && result.calls === 1) throw new Error('fragment fetch failed');
        return {
          url: `/articles/${id}/`,
          raw_url: `/articles/${id}/`,
          content: '铁路 合作',
          word_count: 2,
          meta: { title: '中越 铁路' },
          filters: {},
        };
      },
    };
    return result;
  }

  it('asks each result once however many steps of a search want its page, and hands them the readable page', async () => {
    const a = countingResult('a');
    const b = countingResult('b');
    const pages = await Promise.all([resultData(a), loadFragment(a), loadFragment(a), resultData(b), loadFragment(b)]);
    expect([a.calls, b.calls]).toEqual([1, 1]);
    // Raw for the tier check (as indexed), readable for showing (Chinese words joined again).
    expect(pages[0]!.content).toBe('铁路 合作');
    expect(pages[1]!.content).toBe('铁路合作');
    expect(pages[1]!.meta.title).toBe('中越铁路');
  });

  it('asks again after a failed fetch instead of keeping the failure', async () => {
    const a = countingResult('a', true);
    await expect(loadFragment(a)).rejects.toThrow('fragment fetch failed');
    expect((await loadFragment(a)).raw_url).toBe('/articles/a/');
    expect(a.calls).toBe(2);
  });
});

describe('keepPerObjectUnlessFailed', () => {
  it('keeps one load per object, not one for all', async () => {
    const seen: string[] = [];
    const load = keepPerObjectUnlessFailed(async (key: { name: string }) => {
      seen.push(key.name);
      return key.name.toUpperCase();
    });
    const x = { name: 'x' };
    const y = { name: 'y' };
    expect(await Promise.all([load(x), load(y), load(x)])).toEqual(['X', 'Y', 'X']);
    expect(seen).toEqual(['x', 'y']);
  });
});
