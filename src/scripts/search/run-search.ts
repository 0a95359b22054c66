// One search as the page shows it. Every word is matched whole (accents and đ folded), never a word that merely starts
// like it; only the last word, while it is still being typed, also matches the longer words it begins. The results come
// in tiers (README, "How search ranks"), newest first within each:
//   1. the title is the query;  2. the title has the phrase;  3. the lead has it;  4. the text has it further down;
//   5. the article has it through an alias: another spelling of a person, place or term it names;
//   then, after a divider, 6. the articles that have every word, but not in a row.
// Pagefind's quoted search gives the phrase (and each word) with no prefix matching, in the order pages were indexed:
// newest first (src/build/index-order.ts). Its plain search says in which fields the words matched, which places a
// phrase match in its tier optimistically; the page data of the results shown settles it (tier-queue.ts).
import { FILTER_KEYS, META_EXPANSION } from '../../search/fields.ts';
import { foldText } from '../../search/fold.ts';
import { dStrokeVariants } from './d-stroke.ts';
import type { PagefindApi, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { dateRanks } from './date-ranks.ts';
import { containsPhrase, sameWords } from './phrase-check.ts';
import type { Spellings } from '../../search/search-page-data.ts';
import { nameSpans } from './aliases-in-query.ts';
import { lastWordOpen, queryWords } from './query-words.ts';
import { loadFragment } from './readable-fragment.ts';
import { TierQueue, type Ranked } from './tier-queue.ts';
import type { SearchState } from './url-state.ts';

/** A word being typed matches longer words from this many letters: fewer would match half the index. */
export const PREFIX_FROM = 3;

/**
 * Titles checked for being the query itself, newest first. Telling a title equal to the query from one that holds it
 * takes the page's data; a common word is in thousands of titles, so only the newest few are fetched to look.
 */
const TITLE_CHECK_LIMIT = 12;

export const TIER = { exactTitle: 1, titlePhrase: 2, leadPhrase: 3, textPhrase: 4, alias: 5, apart: 6 } as const;

function searchOptions(state: SearchState): PagefindSearchOptions {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) filters[key] = value;
  }
  return { filters };
}

async function quoted(api: PagefindApi, words: readonly string[], options: PagefindSearchOptions): Promise<PagefindResult[]> {
  return (await api.search(`"${words.join(' ')}"`, options))?.results ?? [];
}

/**
 * The spellings of a word sequence to look up: as typed, and with đ for a word-initial d (the index folds accents but
 * not đ). A query typed with đ is not also tried without: each spelling is one more quoted search, the slowest kind.
 */
function spellings(words: readonly string[]): string[][] {
  const typed = words.join(' ');
  return [typed, ...dStrokeVariants(typed)].map((v) => v.split(' '));
}

/** Pages holding the words in a row, in any of their spellings; a page found through its text wins over an alias. */
async function phraseMatches(api: PagefindApi, words: readonly string[], options: PagefindSearchOptions): Promise<Map<string, PagefindResult>> {
  const found = new Map<string, PagefindResult>();
  for (const spelling of spellings(words)) {
    for (const result of await quoted(api, spelling, options)) {
      const known = found.get(result.id);
      if (!known || (onlyThroughAlias(known) && !onlyThroughAlias(result))) found.set(result.id, result);
    }
  }
  return found;
}

/** Pages with a longer word the last word begins, never a shorter one: Pagefind falls back to those when none exists. */
async function prefixMatches(api: PagefindApi, word: string, options: PagefindSearchOptions): Promise<Map<string, PagefindResult>> {
  const results = (await api.search(word, options))?.results ?? [];
  const best = results[0];
  if (!best) return new Map();
  const data = await loadFragment(best);
  const text = foldText([data.meta.title ?? '', data.content, data.meta.aka ?? ''].join(' '));
  const begins = new RegExp(`(?<![\\p{L}\\p{N}])${foldText(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
  return begins.test(text) ? new Map(results.map((r) => [r.id, r])) : new Map();
}

export interface SearchRequest {
  state: SearchState;
  /** The query comes from keys being typed (not a submitted search): its last word may still be unfinished. */
  typing: boolean;
  /** People, places and terms with their spellings: a name in the query is one unit (aliases-in-query.ts). */
  aliases: readonly Spellings[];
  /** How many results the page shows first: only those are fetched to settle the order. */
  firstPage: number;
  /** False once a newer search has replaced this one. */
  wanted: () => boolean;
}

export interface SearchAnswer {
  /** Every result. */
  total: number;
  /** Results with the phrase (or the one word), in the text or through an alias: listed before the divider. */
  together: number;
  /** Of those, the ones that have it only through an alias (another spelling of the name). */
  throughAlias: number;
  /** Every result's id, in no particular order. */
  ids: readonly string[];
  firstPage: PagefindResult[];
  /** Every result in order; null when a newer search replaced this one meanwhile. */
  all: () => Promise<PagefindResult[] | null>;
  /** Query words found nowhere in the index (folded): what "did you mean" corrects. */
  unknown: string[];
  /** The query's words as searched. */
  words: string[];
}

function listing(results: readonly PagefindResult[], size: number): SearchAnswer {
  return {
    total: results.length,
    together: results.length,
    throughAlias: 0,
    ids: results.map((r) => r.id),
    firstPage: results.slice(0, size),
    all: () => Promise.resolve([...results]),
    unknown: [],
    words: [],
  };
}

/** Found only in the hidden words (META_EXPANSION): another spelling of a name, not the article's own text. */
function onlyThroughAlias(result: PagefindResult): boolean {
  return result.words.length === 0 && (result.matchedMetaFields ?? []).every((field) => field === META_EXPANSION);
}

/**
 * The optimistic tier of a phrase match, from the fields Pagefind's plain search matched the words in; `checkTitle` when
 * it is among the newest titles looked at for being the query itself.
 */
function optimisticTier(result: PagefindResult, fields: ReadonlySet<string> | undefined, checkTitle: boolean): number {
  if (onlyThroughAlias(result)) return TIER.alias;
  if (!fields) return TIER.textPhrase;
  if (fields.has('title')) return checkTitle ? TIER.exactTitle : TIER.titlePhrase;
  if (fields.has('lead')) return TIER.leadPhrase;
  return TIER.textPhrase;
}

interface QueryUnit {
  words: string[];
  /** A person, place or term of the aliases: found whole, in the text or through another spelling. */
  name: boolean;
}

/** The query as units: each name it holds (aliases-in-query.ts), and every other word on its own. */
function queryUnits(words: readonly string[], aliases: readonly Spellings[]): QueryUnit[] {
  const units: QueryUnit[] = [];
  let at = 0;
  for (const span of nameSpans(words, aliases)) {
    for (; at < span.start; at++) units.push({ words: [words[at]!], name: false });
    units.push({ words: words.slice(span.start, span.end), name: true });
    at = span.end;
  }
  for (; at < words.length; at++) units.push({ words: [words[at]!], name: false });
  return units;
}

/** One search, or null when a newer search replaced it before its first page was known. */
export async function runSearch(api: PagefindApi, request: SearchRequest): Promise<SearchAnswer | null> {
  const { state, wanted, firstPage: size } = request;
  const options = searchOptions(state);
  const words = queryWords(state.query);
  if (words.length === 0) {
    // Filters alone: every page that passes them, newest first (the order they were indexed in).
    const results = (await api.search(null, options))?.results ?? [];
    return wanted() ? listing(results, size) : null;
  }
  const ranks = await dateRanks(api);
  const rank = (id: string): number => ranks.get(id) ?? Number.MAX_SAFE_INTEGER;
  const last = words[words.length - 1]!;
  const prefix = request.typing && lastWordOpen(state.query) && [...foldText(last)].length >= PREFIX_FROM;

  const phrase = await phraseMatches(api, words, options);
  if (!wanted()) return null;
  // Each unit of the query on its own (a name whole, any other word alone), for the pages that have them all apart,
  // and for the words found nowhere. A name counts in the text or through an alias; a word only in the text, so that
  // no page is listed for words it holds only among another name's spellings.
  const units = queryUnits(words, request.aliases);
  const byUnit: Map<string, PagefindResult>[] = [];
  if (units.length > 1 || prefix) {
    for (const [i, unit] of units.entries()) {
      const found = await phraseMatches(api, unit.words, options);
      if (!unit.name) for (const [id, r] of found) if (onlyThroughAlias(r)) found.delete(id);
      if (prefix && !unit.name && i === units.length - 1) {
        for (const [id, r] of await prefixMatches(api, unit.words[0]!, options)) if (!found.has(id)) found.set(id, r);
      }
      if (!wanted()) return null;
      byUnit.push(found);
    }
  } else {
    byUnit.push(phrase);
  }
  const unknown = units.filter((u, i) => !u.name && byUnit[i]!.size === 0).map((u) => foldText(u.words[0]!));
  const apart = new Map<string, PagefindResult>();
  if (byUnit.every((m) => m.size > 0)) {
    const [smallest, ...others] = [...byUnit].sort((a, b) => a.size - b.size);
    for (const [id, result] of smallest!) if (!phrase.has(id) && others.every((m) => m.has(id))) apart.set(id, result);
  }

  // Where the words matched (title, lead), for the phrase matches found in the text; asked only when it can reorder.
  const inText = [...phrase.values()].filter((r) => !onlyThroughAlias(r));
  const fields = new Map<string, Set<string>>();
  if (state.sort !== 'date' && inText.length > 1) {
    const plain = (await api.search(words.join(' '), options))?.results ?? [];
    for (const r of plain) fields.set(r.id, new Set(r.matchedMetaFields ?? []));
    if (!wanted()) return null;
  }

  const results = new Map<string, PagefindResult>([...phrase, ...apart]);
  const items: Ranked[] = [];
  let titlesToCheck = TITLE_CHECK_LIMIT;
  // Newest first, so the titles checked for being the query are the newest ones.
  for (const result of [...phrase.values()].sort((a, b) => rank(a.id) - rank(b.id))) {
    const inTitle = fields.get(result.id)?.has('title') === true;
    const tier = state.sort === 'date' ? TIER.exactTitle : optimisticTier(result, fields.get(result.id), inTitle && titlesToCheck-- > 0);
    items.push({ id: result.id, rank: rank(result.id), tier, settled: tier >= TIER.textPhrase || state.sort === 'date' });
  }
  for (const result of apart.values()) items.push({ id: result.id, rank: rank(result.id), tier: TIER.apart, settled: true });

  const settle = async (item: Ranked): Promise<number> => {
    const data = await loadFragment(results.get(item.id)!);
    const title = data.meta.title ?? '';
    if (item.tier === TIER.exactTitle && sameWords(title, words)) return TIER.exactTitle;
    if (containsPhrase(title, words)) return TIER.titlePhrase;
    if (containsPhrase(data.meta.lead ?? '', words)) return TIER.leadPhrase;
    return TIER.textPhrase;
  };
  const queue = new TierQueue(items, settle);
  const toResults = (ranked: readonly Ranked[]): PagefindResult[] => ranked.map((r) => results.get(r.id)!);
  const first = toResults(await queue.first(size));
  if (!wanted()) return null;
  return {
    total: results.size,
    together: phrase.size,
    throughAlias: phrase.size - inText.length,
    ids: [...results.keys()],
    firstPage: first,
    all: async () => {
      const all = toResults(await queue.all());
      return wanted() ? all : null;
    },
    unknown,
    words,
  };
}

/**
 * The ids the filter counts are made from: the results with no filter chosen (filter-counts.ts applies the chosen ones
 * itself). Without a chosen filter they are the answer's own; with one, the search runs again without filters.
 */
export async function unfilteredIds(api: PagefindApi, request: SearchRequest, answer: SearchAnswer): Promise<readonly string[]> {
  if (!FILTER_KEYS.some((key) => request.state.filters[key])) return answer.ids;
  const again = await runSearch(api, { ...request, state: { ...request.state, filters: {} } });
  return again?.ids ?? answer.ids;
}
