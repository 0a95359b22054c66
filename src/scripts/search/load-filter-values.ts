// Every indexed page's filter values (written beside the index: src/indexing/filter-values-table.ts), fetched once,
// after a search's first results are shown, to count the filter choices.
import { FILTER_VALUES_FILE, type FilterValues } from '../../search/filter-values-file.ts';
import { keepUnlessFailed } from './keep-unless-failed.ts';

export const loadFilterValues = keepUnlessFailed(async (bundleUrl: string): Promise<FilterValues> => {
  const response = await fetch(`${bundleUrl}${FILTER_VALUES_FILE}`);
  if (!response.ok) throw new Error(`${FILTER_VALUES_FILE}: HTTP ${response.status}`);
  return (await response.json()) as FilterValues;
});
