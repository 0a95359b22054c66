// How the search index is split into shards: runs of consecutive articles in the index order (newest first, the site's
// own order), each indexed by a Pagefind process of its own, so the indexer's memory is bounded by a shard, not by the
// corpus. The search page searches them together with Pagefind's multi-index search (src/scripts/search/engine.ts).
// The runs are cut from the oldest end: an archive grows at its newest end, so a new article changes the newest shard
// only, and the older shards of the last build can be kept as they are (src/indexing/search-index.ts). The page build
// and the index step both plan from the same article count, so the search page names the shards the index step writes.

/**
 * Pagefind holds a shard's whole index in memory: about 0.27 GB per 1 000 articles of this corpus, so 5 000 articles
 * keep it near 1.4 GB, below the page build's own peak at 10 000 articles. Fewer, larger shards mean fewer requests per
 * search: each shard answers a word from a chunk of its own.
 */
const DEFAULT_SHARD_ARTICLES = 5000;
/** The environment variable that sets the articles per shard (a positive whole number). */
export const SHARD_ARTICLES_ENV = 'SEARCH_SHARD_ARTICLES';

export interface IndexShard {
  /** The shard's folder under the bundle folder, numbered from the oldest shard: `shard-000` holds the oldest articles. */
  name: string;
  /** Its articles' positions in the index order: from `start` up to, not including, `end`. */
  start: number;
  end: number;
}

/** The articles per shard `value` (SEARCH_SHARD_ARTICLES) asks for; the default when unset; an error saying what to write. */
export function readShardArticles(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_SHARD_ARTICLES;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new Error(
      `${SHARD_ARTICLES_ENV}=${value} is not a number of articles: write a whole number above 0, or leave it unset for ${DEFAULT_SHARD_ARTICLES}`,
    );
  }
  return n;
}

function shardName(fromOldest: number): string {
  return `shard-${String(fromOldest).padStart(3, '0')}`;
}

/** The shards of `count` articles in index order, newest shard first; one shard even for no articles. */
export function planShards(count: number, perShard: number): IndexShard[] {
  const shards: IndexShard[] = [];
  for (let end = count, fromOldest = 0; end > 0 || shards.length === 0; end -= perShard, fromOldest++) {
    shards.push({ name: shardName(fromOldest), start: Math.max(0, end - perShard), end });
  }
  return shards.reverse();
}
