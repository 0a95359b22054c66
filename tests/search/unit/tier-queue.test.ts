// The order of results as the page shows them: by tier, newest first within a tier, with a result's tier settled from
// its page data only when it could be among the results asked for.
import { describe, expect, it } from 'vitest';
import { TierQueue, type Ranked } from '../../../src/scripts/search/tier-queue.ts';

function item(id: string, rank: number, tier: number, settled = true): Ranked {
  return { id, rank, tier, settled };
}

describe('TierQueue', () => {
  it('lists by tier, then newest first, when every tier is known', async () => {
    const queue = new TierQueue([item('old-body', 9, 4), item('new-body', 1, 4), item('old-title', 7, 2), item('apart', 0, 6)], () =>
      Promise.reject(new Error('nothing to settle')),
    );
    expect((await queue.first(Infinity)).map((r) => r.id)).toEqual(['old-title', 'new-body', 'old-body', 'apart']);
  });

  it('moves a result down when its page shows the phrase is not where the index suggested', async () => {
    // The index said both words were in the title of `a`; its title holds them apart, so it belongs with the body matches.
    const truth: Record<string, number> = { a: 4, b: 2 };
    const queue = new TierQueue([item('a', 0, 1, false), item('b', 5, 1, false), item('c', 1, 4), item('d', 3, 4)], (r) =>
      Promise.resolve(truth[r.id]!),
    );
    expect((await queue.first(2)).map((r) => r.id)).toEqual(['b', 'a']);
    expect((await queue.first(Infinity)).map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('settles only what could be on the page asked for', async () => {
    const settled: string[] = [];
    const items = [item('top', 0, 1, false), ...Array.from({ length: 20 }, (_, i) => item(`maybe-${i}`, i + 1, 3, false))];
    const queue = new TierQueue(items, (r) => {
      settled.push(r.id);
      return Promise.resolve(r.id === 'top' ? 2 : 3);
    });
    expect((await queue.first(3)).map((r) => r.id)).toEqual(['top', 'maybe-0', 'maybe-1']);
    expect(settled.sort()).toEqual(['maybe-0', 'maybe-1', 'top']);
  });

  it('never moves a result up, whatever the settling says', async () => {
    const queue = new TierQueue([item('x', 0, 4, false), item('y', 1, 3)], () => Promise.resolve(1));
    expect((await queue.first(Infinity)).map((r) => [r.id, r.tier])).toEqual([
      ['y', 3],
      ['x', 4],
    ]);
  });

  it('takes results added later after the ones already given out', async () => {
    const queue = new TierQueue([item('text-new', 0, 4), item('text-old', 5, 4)], () => Promise.reject(new Error('nothing to settle')));
    expect((await queue.first(2)).map((r) => r.id)).toEqual(['text-new', 'text-old']);
    // An article that has the query only under another name, newer than both: still after them.
    queue.add([item('alias-newest', 1, 5)]);
    expect((await queue.first(3)).map((r) => r.id)).toEqual(['text-new', 'text-old', 'alias-newest']);
  });
});
