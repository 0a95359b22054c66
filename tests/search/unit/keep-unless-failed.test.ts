// Search loads its engine once; if the network failed, the next search tries again instead of failing for good.
import { describe, expect, it } from 'vitest';
import { keepUnlessFailed } from '../../../src/scripts/search/keep-unless-failed.ts';

describe('keepUnlessFailed', () => {
  it('loads once and hands every caller the same result', async () => {
    const calls: string[] = [];
    const load = keepUnlessFailed(async (url: string) => (calls.push(url), `engine from ${url}`));
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
