// The date order of every indexed article (written by the build beside the index: src/build/newest-first.ts), fetched
// the first time a reader sorts by date or lists by filters alone, never for a search by relevance.
import { keepUnlessFailed } from './keep-unless-failed.ts';
import type { PagefindResult } from './pagefind-api.ts';

/** Result id → position, newest first. */
export type DateRanks = Map<string, number>;

export const loadNewestFirst = keepUnlessFailed(async (bundleUrl: string): Promise<DateRanks> => {
  const response = await fetch(`${bundleUrl}newest-first.json`);
  if (!response.ok) throw new Error(`newest-first.json: HTTP ${response.status}`);
  return new Map(((await response.json()) as string[]).map((id, rank) => [id, rank]));
});

/** A result missing from the order (there is none in a consistent build) goes last, keeping Pagefind's order. */
export function sortNewestFirst(results: readonly PagefindResult[], order: DateRanks): PagefindResult[] {
  const rank = (r: PagefindResult): number => order.get(r.id) ?? Number.MAX_SAFE_INTEGER;
  return [...results].sort((a, b) => rank(a) - rank(b));
}
