// Every indexed page's position in the index, by Pagefind result id: a search without a term lists the pages in the
// order they were indexed (src/indexing/index-order.ts), which is date order, newest first, and the order of the pages
// in the filter values file (src/search/filter-values-file.ts). The one place result ids become positions; worked out
// once per engine, while the search page warms it up.
import type { PagefindApi } from './pagefind-api.ts';

const ranksOf = new WeakMap<PagefindApi, Promise<Map<string, number>>>();

export function dateRanks(api: PagefindApi): Promise<Map<string, number>> {
  let ranks = ranksOf.get(api);
  if (!ranks) {
    ranks = api.search(null).then((r) => new Map((r?.results ?? []).map((result, i) => [result.id, i])));
    ranksOf.set(api, ranks);
  }
  return ranks;
}
