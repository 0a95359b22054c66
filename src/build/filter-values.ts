// Each indexed page's filter values, keyed by Pagefind result id, so the search page counts filter choices itself:
// Pagefind counts every value of every loaded filter inside each search, which at 10 000 articles made every search
// after the first take seconds once all filter chunks were loaded for the counts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILTER_KEYS } from '../search/fields.ts';
import { FILTER_VALUES_FILE, type FilterColumn, type FilterValues } from '../search/filter-values.ts';
import { readFragments, type IndexedFragment } from './index-fragments.ts';

type Page = Pick<IndexedFragment, 'id' | 'filters'>;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ids sorted, each filter's values sorted, each page's indexes ascending: the same pages give the same bytes. */
export function filterValues(pages: readonly Page[]): FilterValues {
  const sorted = [...pages].sort((a, b) => byCodeUnits(a.id, b.id));
  const filters = {} as FilterValues['filters'];
  for (const key of FILTER_KEYS) {
    const values = [...new Set(sorted.flatMap((p) => p.filters[key] ?? []))].sort(byCodeUnits);
    const index = new Map(values.map((v, i) => [v, i]));
    const column: FilterColumn = {
      values,
      pages: sorted.map((p) => [...new Set((p.filters[key] ?? []).map((v) => index.get(v)!))].sort((a, b) => a - b)),
    };
    filters[key] = column;
  }
  return { ids: sorted.map((p) => p.id), filters };
}

/** Writes FILTER_VALUES_FILE beside the bundle's fragments. */
export function writeFilterValues(bundleDir: string, fragments: readonly Page[] = readFragments(bundleDir)): void {
  writeFileSync(join(bundleDir, FILTER_VALUES_FILE), JSON.stringify(filterValues(fragments)));
}
