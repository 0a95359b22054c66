// One search as the page shows it: Pagefind's results re-tiered (exact title, then phrase or named person); then the
// counts for every filter choice, which need every filter chunk and so come second.
import { FILTER_KEYS, type FilterKey } from '../../search/fields.ts';
import { foldedTerms } from '../../search/fold.ts';
import type { PagefindApi, PagefindFragment, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { sortNewestFirst, type DateRanks } from './newest-first.ts';
import { pagefindQuery } from './query.ts';
import { loadFragment } from './readable-fragment.ts';
import { dStrokeVariants } from './d-stroke.ts';
import type { SearchState } from './url-state.ts';

/** For each filter, how many results each value would give with the other filters kept. */
export type FilterCounts = Record<FilterKey, Record<string, number>>;

/** Results whose title is checked for an exact match; titles are only known once a result's data is loaded. */
const TITLE_CHECK_LIMIT = 12;

function sameWords(a: string, b: string): boolean {
  const fa = foldedTerms(a).join(' ');
  return fa !== '' && fa === foldedTerms(b).join(' ');
}

function searchOptions(state: SearchState, change: { without?: FilterKey; person?: string } = {}): PagefindSearchOptions {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value && key !== change.without) filters[key] = value;
  }
  if (change.person) filters.person = change.person;
  return { filters };
}

async function ids(api: PagefindApi, term: string, options: PagefindSearchOptions): Promise<Set<string>> {
  return new Set((await api.search(term, options))?.results.map((r) => r.id) ?? []);
}

/**
 * Pagefind scores words one by one, so it cannot tell "Biển Đông" from a page with "biên" here and "Đồng" there, nor a
 * page about Tô Lâm from one about "Tom Lamb" (prefixes). Pages with the query as a phrase (Pagefind's own quoted search)
 * or tagged with the person the query names come first; Pagefind's order is kept inside each tier.
 */
async function strongMatches(api: PagefindApi, state: SearchState, term: string, people: readonly string[]): Promise<Set<string>> {
  const strong = new Set<string>();
  const quoted = /^\s*".*"\s*$/.test(term);
  if (!quoted && term.includes(' ')) {
    for (const phrase of [term, ...dStrokeVariants(term)]) for (const id of await ids(api, `"${phrase}"`, searchOptions(state))) strong.add(id);
  }
  for (const slug of people) {
    if (state.filters.person === slug) continue;
    for (const id of await ids(api, term, searchOptions(state, { person: slug }))) strong.add(id);
  }
  return strong;
}

/** A title equal to the query comes first: "Railway cooperation" before "Railway cooperation committee holds…". */
async function exactTitles(results: PagefindResult[], query: string): Promise<Set<string>> {
  const candidates = results.filter((r) => r.matchedMetaFields?.includes('title')).slice(0, TITLE_CHECK_LIMIT);
  const fragments: PagefindFragment[] = await Promise.all(candidates.map(loadFragment));
  return new Set(candidates.filter((_, i) => sameWords(fragments[i]?.meta.title ?? '', query)).map((r) => r.id));
}

function byTier(results: PagefindResult[], tiers: Set<string>[]): PagefindResult[] {
  const tier = (r: PagefindResult): number => {
    const index = tiers.findIndex((t) => t.has(r.id));
    return index === -1 ? tiers.length : index;
  };
  // Array.prototype.sort is stable: Pagefind's order stays within a tier.
  return [...results].sort((a, b) => tier(a) - tier(b));
}

function searchTerm(state: SearchState): string | null {
  return state.query.trim() ? pagefindQuery(state.query) : null;
}

/**
 * `people` are the slugs of the people the query names (see people-in-query.ts); `dateOrder` loads the date order,
 * asked for only when sorting by date (or listing by filters alone: with no query there is no relevance to rank by).
 */
export async function runSearch(api: PagefindApi, state: SearchState, people: readonly string[], dateOrder: () => Promise<DateRanks>): Promise<PagefindResult[]> {
  const term = searchTerm(state);
  const results = (await api.search(term, searchOptions(state)))?.results ?? [];
  if (!term || state.sort === 'date') return sortNewestFirst(results, await dateOrder());
  if (results.length < 2) return results;
  const [titles, strong] = await Promise.all([exactTitles(results, state.query), strongMatches(api, state, term, people)]);
  return byTier(results, [titles, strong]);
}

/** Call once every filter chunk is loaded (engine.ts, loadAllFilters): Pagefind counts only the chunks it has. */
export async function countFilters(api: PagefindApi, state: SearchState): Promise<FilterCounts> {
  const term = searchTerm(state);
  const main = await api.search(term, searchOptions(state));
  const counts = {} as FilterCounts;
  for (const key of FILTER_KEYS) {
    // A filter's own choices are counted without it, so choosing another value shows what it would give.
    const source = state.filters[key] ? await api.search(term, searchOptions(state, { without: key })) : main;
    counts[key] = source?.filters[key] ?? {};
  }
  return counts;
}
