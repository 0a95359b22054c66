// How the search index is split into shards: runs of consecutive articles in the index order (newest first, the site's
// own order), each indexed by a Pagefind process of its own, so the indexer's memory is bounded by a shard, not by the
// corpus. The search page searches them together with Pagefind's multi-index search (src/scripts/search/engine.ts).
// The runs are cut from the oldest end: an archive grows at its newest end, so a new article changes the newest shard
// only, and the older shards of the last build can be kept as they are (src/indexing/search-index.ts). The page build
// and the index step both plan from the same article count, so the search page names the shards the index step writes.

/**
 * The smallest shard. Pagefind holds a shard's whole index in memory, about 0.27 GB per 1 000 articles here, so 5 000
 * articles keep it near 1.4 GB, below the page build's own peak at 10 000 articles (2.3 GB).
 */
const SMALLEST_SHARD = 5000;
/**
 * Shards are as large as the page build's memory allows, because every shard costs the reader: a search fetches each
 * shard's metadata and, for each word, a chunk of each shard's index (a first search at 10 000 articles fetched 20 KB
 * more from two shards than from one; at 30 000 articles, 690 KB from six shards). The page build's peak grows with
 * the corpus (2.3 GB at 10 000 articles, 4.5 GB at 30 000), slower than Pagefind's by the article, so a corpus of
 * about four times a shard size can have shards of that size and still peak in the page build. Sizes double (5 000,
 * 10 000, 20 000 …) rather than follow the corpus, so the shards keep their articles, and a rebuild can keep the
 * earlier build's shards, until the corpus has doubled.
 */
const ARTICLES_PER_SHARD_SIZE = 4;
/** The environment variable that sets the articles per shard (a positive whole number). */
export const SHARD_ARTICLES_ENV = 'SEARCH_SHARD_ARTICLES';

export interface IndexShard {
  /** The shard's folder under the bundle folder, numbered from the oldest shard: `shard-000` holds the oldest articles. */
  name: string;
  /** Its articles' positions in the index order: from `start` up to, not including, `end`. */
  start: number;
  end: number;
}

/** The articles per shard `value` (SEARCH_SHARD_ARTICLES) asks for; null when unset; an error saying what to write. */
export function readShardArticles(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new Error(
      `${SHARD_ARTICLES_ENV}=${value} is not a number of articles: write a whole number above 0, or leave it unset to size shards by the corpus`,
    );
  }
  return n;
}

/** Articles per shard for `count` articles: `setting` when given, else SMALLEST_SHARD doubled as the corpus grows. */
function shardArticles(count: number, setting: number | null): number {
  if (setting !== null) return setting;
  let size = SMALLEST_SHARD;
  // Doubled once the corpus is nearer, by ratio, to four times the doubled size than to four times this one.
  while (count * count >= 2 * (ARTICLES_PER_SHARD_SIZE * size) ** 2) size *= 2;
  return size;
}

function shardName(fromOldest: number): string {
  return `shard-${String(fromOldest).padStart(3, '0')}`;
}

/**
 * The shards of `count` articles in index order, newest shard first; one shard even for no articles. `setting` is
 * SEARCH_SHARD_ARTICLES as read by readShardArticles.
 */
export function planShards(count: number, setting: number | null): IndexShard[] {
  const perShard = shardArticles(count, setting);
  const shards: IndexShard[] = [];
  for (let end = count, fromOldest = 0; end > 0 || shards.length === 0; end -= perShard, fromOldest++) {
    shards.push({ name: shardName(fromOldest), start: Math.max(0, end - perShard), end });
  }
  return shards.reverse();
}
