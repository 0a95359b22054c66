// A search as URL parameters and back: `?q=…&topic=…&lang=…&person=…&year=…&sort=date`, so it can be linked, reloaded and revisited.
import { FILTER_KEYS, type FilterKey } from '../../search/fields.ts';

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { query: (params.get('q') ?? '').normalize('NFC'), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** Parameters in a fixed order, defaults left out, so one search has one URL. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/** The query string with its `?`, or '' for an empty search. */
export function searchString(state: SearchState): string {
  const text = paramsFromState(state).toString();
  return text ? `?${text}` : '';
}

export function hasSearch(state: SearchState): boolean {
  return state.query.trim() !== '' || Object.keys(state.filters).length > 0;
}
