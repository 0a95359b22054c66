// The date order of every indexed article (written by the build beside the index: src/build/newest-first.ts), fetched
// the first time a reader sorts by date or lists by filters alone, never for a search by relevance.
import type { PagefindResult } from './pagefind-api.ts';

/** Result id → position, newest first. */
export type DateRanks = Map<string, number>;

let ranks: Promise<DateRanks> | undefined;

export function loadNewestFirst(bundleUrl: string): Promise<DateRanks> {
  ranks ??= fetch(`${bundleUrl}newest-first.json`).then(async (response) => {
    if (!response.ok) throw new Error(`newest-first.json: HTTP ${response.status}`);
    return new Map(((await response.json()) as string[]).map((id, rank) => [id, rank]));
  });
  // A failed load (offline) is tried again on the next search rather than remembered.
  ranks.catch(() => {
    ranks = undefined;
  });
  return ranks;
}

/** A result missing from the order (there is none in a consistent build) goes last, keeping Pagefind's order. */
export function sortNewestFirst(results: readonly PagefindResult[], order: DateRanks): PagefindResult[] {
  const rank = (r: PagefindResult): number => order.get(r.id) ?? Number.MAX_SAFE_INTEGER;
  return [...results].sort((a, b) => rank(a) - rank(b));
}
