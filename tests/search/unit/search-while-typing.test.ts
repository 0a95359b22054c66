// When typing starts a search: a pause ends a burst of keys when nothing else is going on; while the engine loads or a
// search runs, keys only collect and one search for the newest text follows at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchWhileTyping } from '../../../src/scripts/search/search-while-typing.ts';

/** A search that records the box's text when it starts and ends when told to. */
function fakeSearches(box: { text: string }) {
  const searched: string[] = [];
  const pending: (() => void)[] = [];
  const search = () =>
    new Promise<void>((resolve) => {
      searched.push(box.text);
      pending.push(resolve);
    });
  return { searched, search, finish: async () => (pending.shift()?.(), await vi.advanceTimersByTimeAsync(0)) };
}

describe('searchWhileTyping', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('with the engine ready and idle, searches once a burst of keys pauses, for the whole text', async () => {
    const box = { text: '' };
    const s = fakeSearches(box);
    const typed = searchWhileTyping(s.search, { pauseMs: 50, engineReady: () => true });
    for (const text of ['r', 'ra', 'rai', 'rail']) {
      box.text = text;
      typed();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(s.searched).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    expect(s.searched).toEqual(['rail']);
  });

  it('while the engine loads, starts at the first key and takes every later key in one more search', async () => {
    const box = { text: 'r' };
    const s = fakeSearches(box);
    const typed = searchWhileTyping(s.search, { pauseMs: 50, engineReady: () => false });
    typed();
    expect(s.searched).toEqual(['r']);
    for (const text of ['ra', 'rai', 'railway']) {
      box.text = text;
      typed();
    }
    await s.finish();
    // No pause after a busy spell: the newest text is searched as soon as the running search ends.
    expect(s.searched).toEqual(['r', 'railway']);
    await s.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.searched).toEqual(['r', 'railway']);
  });

  it('keys typed while a search runs wait for it, then make a single search', async () => {
    const box = { text: 'rail' };
    const s = fakeSearches(box);
    const typed = searchWhileTyping(s.search, { pauseMs: 50, engineReady: () => true });
    typed();
    await vi.advanceTimersByTimeAsync(50);
    expect(s.searched).toEqual(['rail']);
    box.text = 'railw';
    typed();
    box.text = 'railway';
    typed();
    await vi.advanceTimersByTimeAsync(200);
    expect(s.searched).toEqual(['rail']);
    await s.finish();
    expect(s.searched).toEqual(['rail', 'railway']);
  });

  it('a failed search does not stop the next one', async () => {
    let calls = 0;
    const typed = searchWhileTyping(async () => {
      calls++;
      throw new Error('offline');
    }, { pauseMs: 50, engineReady: () => true });
    typed();
    await vi.advanceTimersByTimeAsync(50);
    typed();
    await vi.advanceTimersByTimeAsync(50);
    expect(calls).toBe(2);
  });
});
