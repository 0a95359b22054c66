// The count beside each filter choice, worked out from the filter values file (load-filter-values.ts) over the ids of a
// search's results, instead of by Pagefind (which recounts every value of every loaded filter inside each search).
import { FILTER_KEYS, type FilterKey } from '../../search/fields.ts';
import type { FilterValues } from '../../search/filter-values-file.ts';

/** For each filter, how many results each value would give with the other filters kept. */
export type FilterCounts = Record<FilterKey, Record<string, number>>;

export type ChosenFilters = Partial<Record<FilterKey, string>>;

/**
 * `positions` maps a result id to its page's position in the index, its row in the file (date-ranks.ts); `ids` are the
 * results of the search with no filter chosen. A filter's own choice is left out of its counts, so
 * choosing another value shows what it would give; every other chosen filter is kept.
 */
export function countFilters(
  table: FilterValues,
  positions: ReadonlyMap<string, number>,
  ids: Iterable<string>,
  chosen: ChosenFilters,
): FilterCounts {
  const counts = {} as FilterCounts;
  // The index of each chosen value in its filter (-1: a value no page has, so nothing passes that filter).
  const wanted = new Map<FilterKey, number>();
  for (const key of FILTER_KEYS) {
    counts[key] = {};
    const value = chosen[key];
    if (value) wanted.set(key, table.filters[key].values.indexOf(value));
  }
  for (const id of ids) {
    const at = positions.get(id);
    if (at === undefined) continue;
    const failed = [...wanted].filter(([key, value]) => !table.filters[key].pages[at]!.includes(value)).map(([key]) => key);
    if (failed.length > 1) continue;
    // Passing every chosen filter, the page counts for every filter; failing one, only for that one's choices.
    for (const key of failed.length === 1 ? failed : FILTER_KEYS) {
      const column = table.filters[key];
      for (const v of column.pages[at]!) {
        const value = column.values[v]!;
        counts[key][value] = (counts[key][value] ?? 0) + 1;
      }
    }
  }
  return counts;
}
