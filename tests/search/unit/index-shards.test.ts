// How the search index is cut into shards: runs of the index order (newest first) cut from the oldest end, sized by the
// corpus unless SEARCH_SHARD_ARTICLES says otherwise.
import { describe, expect, it } from 'vitest';
import { planShards, readShardArticles } from '../../../src/search/index-shards.ts';

const sizes = (count: number, setting: number | null = null): number[] => planShards(count, setting).map((s) => s.end - s.start);

describe('search index shards', () => {
  it('cuts full shards from the oldest end and leaves the rest to the newest, which comes first', () => {
    expect(planShards(10, 4)).toEqual([
      { name: 'shard-002', start: 0, end: 2 },
      { name: 'shard-001', start: 2, end: 6 },
      { name: 'shard-000', start: 6, end: 10 },
    ]);
  });

  it('keeps the older shards on the same articles when a newer article comes in', () => {
    // The new article takes position 0; every older one moves one down, and so do the shards' bounds.
    expect(planShards(11, 4).slice(1)).toEqual([
      { name: 'shard-001', start: 3, end: 7 },
      { name: 'shard-000', start: 7, end: 11 },
    ]);
  });

  it('has one shard, empty, for no articles', () => {
    expect(planShards(0, null)).toEqual([{ name: 'shard-000', start: 0, end: 0 }]);
  });

  it('sizes shards by the corpus: 5 000 articles, doubled once the corpus is past about 5.7 times a size', () => {
    expect(sizes(300)).toEqual([300]);
    expect(sizes(10_000)).toEqual([5000, 5000]);
    expect(sizes(28_000)).toEqual([3000, 5000, 5000, 5000, 5000, 5000]);
    expect(sizes(30_000)).toEqual([10_000, 10_000, 10_000]);
    expect(sizes(100_000)).toEqual([20_000, 20_000, 20_000, 20_000, 20_000]);
    expect(sizes(30_000, 7000)).toEqual([2000, 7000, 7000, 7000, 7000]);
  });

  it('reads SEARCH_SHARD_ARTICLES as a whole number above 0, and says what to write otherwise', () => {
    expect(readShardArticles(undefined)).toBeNull();
    expect(readShardArticles('')).toBeNull();
    expect(readShardArticles('2500')).toBe(2500);
    for (const bad of ['0', '-5', '2.5', 'many', '1e4']) {
      expect(() => readShardArticles(bad)).toThrow(
        `SEARCH_SHARD_ARTICLES=${bad} is not a number of articles: write a whole number above 0`,
      );
    }
  });
});
