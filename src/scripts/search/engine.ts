// Pagefind, fetched as soon as the search page opens (the page is there to search), never on any other page.
import { keepUnlessFailed } from './keep-unless-failed.ts';
import type { PagefindApi } from './pagefind-api.ts';
import { dateRanks } from './date-ranks.ts';
import { RANKING } from './ranking.ts';

/** A term that normalises to nothing: Pagefind answers it, with no request, as soon as its metadata and WebAssembly are in. */
const READY_PROBE = '-';

/**
 * `bundleUrl` is withBase('pagefind/'): the bundle lives under the base path, like every other file of the site.
 * `shards` are the index's shards under it, newest first (src/search/index-shards.ts): the newest is loaded as
 * Pagefind's own index, with its script and WebAssembly, and the others are merged into it (Pagefind's multi-index
 * search), each fetching only its metadata, so a search runs over every shard at once. Merged in this order, a search
 * without a term lists the newest shard's pages first, then the next: the date order, as within each shard.
 * Resolves once Pagefind can search (its init() only starts the loading) and has warmed up, so the first search starts
 * its work at once instead of waiting in Pagefind's 50 ms polling steps; a failed load is undone, so the next use
 * starts afresh.
 */
export const loadEngine = keepUnlessFailed(async (bundleUrl: string, shards: readonly string[]): Promise<PagefindApi> => {
  const [newest, ...older] = shards.map((shard) => `${bundleUrl}${shard}/`);
  if (newest === undefined) throw new Error('The search page names no index shards: build the site again.');
  const api = (await import(/* @vite-ignore */ `${newest}pagefind.js`)) as PagefindApi;
  try {
    await api.options({ basePath: newest, baseUrl: bundleBaseUrl(bundleUrl), noWorker: true, ranking: RANKING });
    await api.init();
    // One after the other: Pagefind lists merged indexes in the order they were added.
    for (const shard of older) await api.mergeIndex(shard, { baseUrl: bundleBaseUrl(bundleUrl), ranking: RANKING });
    await api.search(READY_PROBE);
    // Pagefind's WebAssembly starts unoptimised: at 10 000 articles a first search for `railway` took 190 ms, a later one
    // 60 ms. Listing every page (no term, no filter: nothing to fetch) runs its result code once while the reader types,
    // and brings the first real search down to about 80 ms; that listing is also the date order results are ranked by.
    await dateRanks(api);
  } catch (error) {
    await api.destroy().catch(() => undefined);
    throw error;
  }
  return api;
});

/** The site's base path, which the pages' URLs in the index are relative to: the folder the bundle folder is in. */
function bundleBaseUrl(bundleUrl: string): string {
  return bundleUrl.replace(/[^/]+\/$/, '');
}
