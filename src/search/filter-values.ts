// The file the index step writes beside the index (src/build/filter-values.ts) and the search page counts filter choices
// from (src/scripts/search/filter-counts.ts): each indexed page's filter values, keyed by Pagefind result id.
import type { FilterKey } from './fields.ts';

export const FILTER_VALUES_FILE = 'filter-values.json';

/** One filter: its values, and per page (in the order of `ids`) the indexes of that page's values, ascending. */
export interface FilterColumn {
  values: string[];
  pages: number[][];
}

export interface FilterValues {
  /** Pagefind result ids, sorted. */
  ids: string[];
  filters: Record<FilterKey, FilterColumn>;
}
