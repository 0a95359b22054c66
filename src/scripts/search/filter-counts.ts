// The count beside each filter choice, worked out from the filter values file (filter-values.ts) over the ids of a
// search's results, instead of by Pagefind (which recounts every value of every loaded filter inside each search).
import { FILTER_KEYS, type FilterKey } from '../../search/fields.ts';
import type { FilterValues } from '../../search/filter-values.ts';

/** For each filter, how many results each value would give with the other filters kept. */
export type FilterCounts = Record<FilterKey, Record<string, number>>;

export type ChosenFilters = Partial<Record<FilterKey, string>>;

/** Result id → its position in the file; built once per file. */
const positions = new WeakMap<FilterValues, Map<string, number>>();

function positionOf(table: FilterValues): Map<string, number> {
  let map = positions.get(table);
  if (!map) {
    map = new Map(table.ids.map((id, i) => [id, i]));
    positions.set(table, map);
  }
  return map;
}

/**
 * `ids` are the results of the search with no filter chosen. A filter's own choice is left out of its counts, so
 * choosing another value shows what it would give; every other chosen filter is kept.
 */
export function countFilters(table: FilterValues, ids: Iterable<string>, chosen: ChosenFilters): FilterCounts {
  const counts = {} as FilterCounts;
  // The index of each chosen value in its filter (-1: a value no page has, so nothing passes that filter).
  const wanted = new Map<FilterKey, number>();
  for (const key of FILTER_KEYS) {
    counts[key] = {};
    const value = chosen[key];
    if (value) wanted.set(key, table.filters[key].values.indexOf(value));
  }
  const position = positionOf(table);
  for (const id of ids) {
    const at = position.get(id);
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
