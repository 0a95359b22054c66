// When typing starts a search: a pause ends a burst of keys; while the engine loads or a search runs, keys only collect,
// and one search for the newest text follows, at once if the keys have paused by then, else when they do.
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
  const finish = async () => {
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { searched, search, finish };
}

describe('searchWhileTyping', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('with the engine ready and idle, searches once a burst of keys pauses, for the whole text', async () => {
    const box = { text: '' };
    const s = fakeSearches(box);
    const typed = searchWhileTyping(s.search, { pauseMs: 50, engineReady: () => true, whenReady: () => Promise.resolve() });
    for (const text of ['r', 'ra', 'rai', 'rail']) {
      box.text = text;
      typed();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(s.searched).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    expect(s.searched).toEqual(['rail']);
  });

  it('while the engine loads, keys collect; once it is in, the newest text is searched at once if the keys have paused', async () => {
    const box = { text: '' };
    const s = fakeSearches(box);
    let ready = false;
    let loaded!: () => void;
    const engine = new Promise<void>((resolve) => (loaded = resolve));
    const typed = searchWhileTyping(s.search, { pauseMs: 50, engineReady: () => ready, whenReady: () => engine });
    for (const text of ['r', 'ra', 'rai', 'railway']) {
      box.text = text;
      typed();
    }
    await vi.advanceTimersByTimeAsync(200);
    expect(s.searched).toEqual([]);
    ready = true;
    loaded();
    // No pause after a busy spell: the keys paused long ago.
    await vi.advanceTimersByTimeAsync(0);
    expect(s.searched).toEqual(['railway']);
    await s.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.searched).toEqual(['railway']);
  });

  it('an engine that comes in while keys still arrive searches no prefix: it waits for the keys to pause', async () => {
    const box = { text: '' };
    const s = fakeSearches(box);
    let ready = false;
    let loaded!: () => void;
    const engine = new Promise<void>((resolve) => (loaded = resolve));
    const typed = searchWhileTyping(s.search, { pauseMs: 50, engineReady: () => ready, whenReady: () => engine });
    for (const text of ['đ', 'đư', 'đườ']) {
      box.text = text;
      typed();
      await vi.advanceTimersByTimeAsync(10);
    }
    ready = true;
    loaded();
    await vi.advanceTimersByTimeAsync(10);
    expect(s.searched).toEqual([]);
    for (const text of ['đườn', 'đường']) {
      box.text = text;
      typed();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(s.searched).toEqual([]);
    await vi.advanceTimersByTimeAsync(40);
    expect(s.searched).toEqual(['đường']);
  });

  it('a search that fails to load the engine still runs (and reports it) once the keys pause', async () => {
    const box = { text: 'rail' };
    const s = fakeSearches(box);
    const typed = searchWhileTyping(s.search, {
      pauseMs: 50,
      engineReady: () => false,
      whenReady: () => Promise.reject(new Error('offline')),
    });
    typed();
    await vi.advanceTimersByTimeAsync(49);
    expect(s.searched).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.searched).toEqual(['rail']);
  });

  it('keys typed while a search runs wait for it, then make a single search', async () => {
    const box = { text: 'rail' };
    const s = fakeSearches(box);
    const typed = searchWhileTyping(s.search, { pauseMs: 50, engineReady: () => true, whenReady: () => Promise.resolve() });
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
    // Keys still arriving as a search ends: the next search waits for them to pause.
    box.text = 'railway c';
    typed();
    await s.finish();
    expect(s.searched).toEqual(['rail', 'railway']);
    await vi.advanceTimersByTimeAsync(50);
    expect(s.searched).toEqual(['rail', 'railway', 'railway c']);
  });

  it('a failed search does not stop the next one', async () => {
    let calls = 0;
    const typed = searchWhileTyping(
      async () => {
        calls++;
        throw new Error('offline');
      },
      { pauseMs: 50, engineReady: () => true, whenReady: () => Promise.resolve() },
    );
    typed();
    await vi.advanceTimersByTimeAsync(50);
    typed();
    await vi.advanceTimersByTimeAsync(50);
    expect(calls).toBe(2);
  });
});
