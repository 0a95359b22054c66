// One search as the page shows it: Pagefind's results re-tiered (exact title, then phrase or named person), the first
// page as soon as its order is sure; then the result ids the filter counts are made from (filter-counts.ts).
import { FILTER_KEYS } from '../../search/fields.ts';
import { foldedTerms } from '../../search/fold.ts';
import type { PagefindApi, PagefindFragment, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { sortNewestFirst, type DateRanks } from './newest-first.ts';
import { pagefindQuery } from './query.ts';
import { loadFragment, resultData } from './readable-fragment.ts';
import { dStrokeVariants } from './d-stroke.ts';
import { mayHoldPhrase, plainPhrase, surelyStrong } from './top-tier.ts';
import type { SearchState } from './url-state.ts';

/** Results whose title is checked for an exact match; titles are only known once a result's data is loaded. */
const TITLE_CHECK_LIMIT = 12;

function sameWords(a: string, b: string): boolean {
  const fa = foldedTerms(a).join(' ');
  return fa !== '' && fa === foldedTerms(b).join(' ');
}

function searchOptions(state: SearchState, change: { person?: string } = {}): PagefindSearchOptions {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) filters[key] = value;
  }
  if (change.person) filters.person = change.person;
  return { filters };
}

async function ids(api: PagefindApi, term: string | null, options: PagefindSearchOptions): Promise<Set<string>> {
  return new Set((await api.search(term, options))?.results.map((r) => r.id) ?? []);
}

/** The tier searches a query needs: Pagefind's quoted search when it has several words, one per person it names. */
interface TierSearches {
  phrase: boolean;
  /** The named people, less one already chosen as a filter (every result is tagged with that one). */
  people: string[];
}

function tierSearches(state: SearchState, term: string, named: readonly string[]): TierSearches {
  const quoted = /^\s*".*"\s*$/.test(term);
  return { phrase: !quoted && term.includes(' '), people: named.filter((slug) => state.filters.person !== slug) };
}

/**
 * Pagefind scores words one by one, so it cannot tell "Biển Đông" from a page with "biên" here and "Đồng" there, nor a
 * page about Tô Lâm from one about "Tom Lamb" (prefixes). Pages with the query as a phrase (Pagefind's own quoted search)
 * or tagged with the person the query names come first; Pagefind's order is kept inside each tier. Each of these is one
 * more Pagefind search, so none starts once a newer search has replaced this one (`wanted`).
 */
async function strongMatches(api: PagefindApi, state: SearchState, term: string, tiers: TierSearches, wanted: () => boolean): Promise<Set<string>> {
  const strong = new Set<string>();
  if (tiers.phrase) {
    for (const phrase of [term, ...dStrokeVariants(term)]) {
      if (!wanted()) return strong;
      for (const id of await ids(api, `"${phrase}"`, searchOptions(state))) strong.add(id);
    }
  }
  for (const slug of tiers.people) {
    if (!wanted()) break;
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

/**
 * The first page without the tier searches, when they cannot change it: exact titles, then Pagefind's next results,
 * every one of them surely in the phrase-or-person tier (top-tier.ts), so no other result can move above them.
 */
async function firstPageWithoutTiers(results: PagefindResult[], titles: Set<string>, term: string, tiers: TierSearches, size: number): Promise<PagefindResult[] | null> {
  const page = byTier(results, [titles]).slice(0, size);
  const phrase = tiers.phrase ? plainPhrase(term) : null;
  const others = page.filter((r) => !titles.has(r.id));
  const fragments = await Promise.all(others.map(resultData));
  return fragments.every((f) => surelyStrong(f, phrase, tiers.people)) ? page : null;
}

function searchTerm(state: SearchState): string | null {
  return state.query.trim() ? pagefindQuery(state.query) : null;
}

export interface SearchRequest {
  state: SearchState;
  /** The slugs of the people the query names (see people-in-query.ts). */
  people: readonly string[];
  /** Loads the date order, asked for only when sorting by date (or listing by filters alone: no query, no relevance). */
  dateOrder: () => Promise<DateRanks>;
  /** How many results the page shows first: their data is fetched while the order is worked out. */
  firstPage: number;
  /** False once a newer search has replaced this one: no further Pagefind search is started for it. */
  wanted: () => boolean;
}

export interface SearchAnswer {
  /** How many results there are (the tiers only reorder them). */
  total: number;
  /** Every result's id, in no particular order. */
  ids: readonly string[];
  /** The first page, in its final order. */
  firstPage: PagefindResult[];
  /**
   * Every result in the final order, the first page first. May run the tier searches (the page is blocked while they
   * run: at 10 000 articles a phrase as common as `Tô Lâm` takes half a second), so it is asked for only to show more;
   * null when a newer search replaced this one meanwhile.
   */
  all: () => Promise<PagefindResult[] | null>;
}

function answer(ordered: PagefindResult[], size: number): SearchAnswer {
  return { total: ordered.length, ids: ordered.map((r) => r.id), firstPage: ordered.slice(0, size), all: () => Promise.resolve(ordered) };
}

/** Starts fetching the results' data (Pagefind keeps it), so showing them later waits for nothing already on its way. */
function prefetch(results: readonly PagefindResult[]): void {
  for (const result of results) void loadFragment(result).catch(() => undefined);
}

/** One search, or null when a newer search replaced it before its first page was known. */
export async function runSearch(api: PagefindApi, request: SearchRequest): Promise<SearchAnswer | null> {
  const { state, wanted, firstPage: size } = request;
  const term = searchTerm(state);
  const results = (await api.search(term, searchOptions(state)))?.results ?? [];
  if (!wanted()) return null;
  if (!term || state.sort === 'date') return answer(sortNewestFirst(results, await request.dateOrder()), size);
  if (results.length < 2) return answer(results, size);
  prefetch(results.slice(0, size));
  const titles = exactTitles(results, state.query);
  const tiers = tierSearches(state, term, request.people);
  if (!tiers.phrase && tiers.people.length === 0) return answer(byTier(results, [await titles]), size);
  const strong = (): Promise<Set<string>> => strongMatches(api, state, term, tiers, wanted);
  // A first-page result on which Pagefind matched no two words in a row is outside the phrase tier: the phrase search
  // will reorder that page, so it starts at once (with no person to look for, nothing else could place that result).
  const reordered = tiers.people.length === 0 && (plainPhrase(term) === null || results.slice(0, size).some((r) => !mayHoldPhrase(r)));
  if (!reordered) {
    const knownTitles = await titles;
    const page = await firstPageWithoutTiers(results, knownTitles, term, tiers, size);
    if (!wanted()) return null;
    if (page) {
      const ids = new Set(page.map((r) => r.id));
      let rest: Promise<PagefindResult[] | null> | undefined;
      const all = async (): Promise<PagefindResult[] | null> => {
        const found = await strong();
        return wanted() ? [...page, ...byTier(results, [knownTitles, found]).filter((r) => !ids.has(r.id))] : null;
      };
      return { total: results.length, ids: results.map((r) => r.id), firstPage: page, all: () => (rest ??= all()) };
    }
  }
  const [knownTitles, found] = await Promise.all([titles, strong()]);
  return wanted() ? answer(byTier(results, [knownTitles, found]), size) : null;
}

/**
 * The ids the filter counts are made from: the results with no filter chosen (filter-counts.ts applies the chosen ones
 * itself). Without a chosen filter they are the answer's own; with one, Pagefind searches once more without filters,
 * which loads no filter chunk.
 */
export async function unfilteredIds(api: PagefindApi, state: SearchState, answer: SearchAnswer): Promise<readonly string[]> {
  if (!FILTER_KEYS.some((key) => state.filters[key])) return answer.ids;
  return [...(await ids(api, searchTerm(state), { filters: {} }))];
}
