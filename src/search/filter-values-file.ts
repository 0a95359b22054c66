// The file the index step writes beside the index (src/indexing/filter-values-table.ts) and the search page counts filter
// choices from (src/scripts/search/filter-counts.ts): each indexed page's filter values, by the page's position in the
// index, which is its place in a search without a term (src/scripts/search/date-ranks.ts).
import type { FilterKey } from './fields.ts';

export const FILTER_VALUES_FILE = 'filter-values.json';

/** One filter: its values, and per page (in index order) the indexes of that page's values, ascending. */
export interface FilterColumn {
  values: string[];
  pages: number[][];
}

export interface FilterValues {
  filters: Record<FilterKey, FilterColumn>;
}
