// The search page is built with the names of the index's shards in it (src/pages/search.astro), so it loads them
// without asking the server first; the index step writes the shards. Both plan them from the same articles, but the
// number of articles per shard is a setting: a site whose pages were built with one number and its index with another
// would search shards that are not there, so the index step checks the page first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARD_ARTICLES_ENV, type IndexShard } from '../search/index-shards.ts';
import { CONFIG_ELEMENT_ID } from '../scripts/search/page-config.ts';

const SEARCH_PAGE = 'search/index.html';
const CONFIG_SCRIPT = new RegExp(`<script[^>]*\\bid="${CONFIG_ELEMENT_ID}"[^>]*>([^<]*)</script>`);

/** The shard names the built search page will load, or null when the site has no search page (a page set for tests). */
function searchPageShards(outDir: string): string[] | null {
  const file = join(outDir, SEARCH_PAGE);
  if (!existsSync(file)) return null;
  const config = CONFIG_SCRIPT.exec(readFileSync(file, 'utf8'))?.[1];
  const shards = config === undefined ? undefined : (JSON.parse(config) as { shards?: unknown }).shards;
  if (!Array.isArray(shards)) throw new Error(`${file} names no search index shards: build the site again`);
  return shards.map(String);
}

export function checkSearchPageShards(outDir: string, shards: readonly IndexShard[]): void {
  const onPage = searchPageShards(outDir);
  const planned = shards.map((s) => s.name);
  if (onPage === null || onPage.join() === planned.join()) return;
  throw new Error(
    `the search page of ${outDir} loads the index shards ${onPage.join(', ')} but the index step would write ${planned.join(', ')}:` +
      ` build the pages and the index with the same ${SHARD_ARTICLES_ENV}`,
  );
}
