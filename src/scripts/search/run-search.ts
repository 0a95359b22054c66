// One search as the page shows it. Every word is matched whole (accents and đ folded), never a word that merely starts
// like it; only the last word, while it is still being typed, also matches the longer words it begins. The results come
// in tiers (README, "How search ranks"), newest first within each:
//   1. the title is the query;  2. the title has the phrase;  3. the lead has it;  4. the text has it further down;
//   5. the article has it through an alias: another spelling of a person, place or term it names;
//   then, after a divider, 6. the articles that have every word, but not in a row.
// Pagefind's quoted search gives the phrase (and each word) with no prefix matching, in the order pages were indexed:
// newest first (src/indexing/index-order.ts). Its plain search says in which fields the words matched, which places a
// phrase match in its tier optimistically; the page data of the results shown settles it (tier-queue.ts).
import { FILTER_KEYS, META_EXPANSION } from '../../search/fields.ts';
import { foldText } from '../../corpus/text-fold.ts';
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
const PREFIX_FROM = 3;

/** Words of a query searched: each is one more Pagefind search, and a pasted paragraph is not a query. */
const MAX_WORDS = 12;

const HAN = /\p{Script=Han}/u;

const NO_FIELDS: readonly string[] = [];

/**
 * Titles checked for being the query itself, newest first: as many as a first page shows. Telling a title equal to the
 * query from one that holds it takes the page's data; a common word is in thousands of titles, so only the newest few
 * (most of them on the first page anyway) are fetched to look.
 */
const TITLE_CHECK_LIMIT = 10;

const TIER = { exactTitle: 1, titlePhrase: 2, leadPhrase: 3, textPhrase: 4, alias: 5, apart: 6 } as const;

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
 * The spellings of a word sequence to look up: as typed, with đ for a word-initial d (the index folds accents but not
 * đ), and a query typed with đ also with d, as English and French text write Vietnamese names (`Dong Dang`), unless
 * `named`: the glossary and the people list already find a name in every spelling, and each spelling is one more
 * quoted search and more of the index to fetch.
 */
function spellings(words: readonly string[], named: boolean): string[][] {
  const typed = words.join(' ');
  const variants = new Set([typed, ...dStrokeVariants(typed)]);
  if (!named && /đ/.test(typed)) variants.add(typed.replace(/đ/g, 'd'));
  return [...variants].map((v) => v.split(' '));
}

interface PhraseMatches {
  found: Map<string, PagefindResult>;
  /** The spelling that found the most pages: what the fields search asks for. */
  spelling: string[];
}

/** Pages whose own text holds the words in a row, in any of their spellings (the hidden name words never count). */
async function phraseMatches(
  api: PagefindApi,
  words: readonly string[],
  named: boolean,
  options: PagefindSearchOptions,
  wanted: () => boolean,
): Promise<PhraseMatches> {
  const found = new Map<string, PagefindResult>();
  let best = { spelling: [...words], count: -1 };
  for (const spelling of spellings(words, named)) {
    if (!wanted()) break;
    const results = (await quoted(api, spelling, options)).filter((r) => !onlyThroughAlias(r));
    if (results.length > best.count) best = { spelling, count: results.length };
    for (const result of results) if (!found.has(result.id)) found.set(result.id, result);
  }
  return { found, spelling: best.spelling };
}

/**
 * Pages that name a person, place or term, under any of its names: the one word the index holds for it (name-token.ts),
 * which no other word begins, so Pagefind's plain search (linear in the pages found, where a quoted one is not) finds it
 * exactly. Pages found here and not through their text are alias matches.
 */
async function nameMatches(api: PagefindApi, token: string, options: PagefindSearchOptions): Promise<PagefindResult[]> {
  return (await api.search(token, options))?.results ?? [];
}

/** The text matches of a unit, and for a name also the pages that have it under another name. */
async function unitMatches(
  api: PagefindApi,
  unit: QueryUnit,
  text: Map<string, PagefindResult>,
  options: PagefindSearchOptions,
): Promise<Map<string, PagefindResult>> {
  const found = new Map(text);
  if (unit.token) for (const r of await nameMatches(api, unit.token, options)) if (!found.has(r.id)) found.set(r.id, r);
  return found;
}

/**
 * Pages whose text has a longer word the last word begins, never a shorter one: Pagefind falls back to those when no
 * word begins with it, so the best result is read to tell.
 */
async function prefixMatches(api: PagefindApi, word: string, options: PagefindSearchOptions): Promise<Map<string, PagefindResult>> {
  const results = ((await api.search(word, options))?.results ?? []).filter((r) => !onlyThroughAlias(r));
  const best = results[0];
  if (!best) return new Map();
  const data = await loadFragment(best);
  const text = foldText([data.meta.title ?? '', data.content].join(' '));
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

/** The counts and ids are final once `complete` has resolved (the first page is final at once). */
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
  /** Resolves once every result is known: a name's matches under its other names may be looked up after the first page. */
  complete: Promise<void>;
  /** The first `count` results in order (only those are settled); null when a newer search replaced this one meanwhile. */
  upTo: (count: number) => Promise<PagefindResult[] | null>;
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
    complete: Promise.resolve(),
    upTo: (count: number) => Promise.resolve(results.slice(0, count)),
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
function optimisticTier(result: PagefindResult, fields: readonly string[] | undefined, checkTitle: boolean): number {
  if (onlyThroughAlias(result)) return TIER.alias;
  if (!fields) return TIER.textPhrase;
  if (fields.includes('title')) return checkTitle ? TIER.exactTitle : TIER.titlePhrase;
  if (fields.includes('lead')) return TIER.leadPhrase;
  return TIER.textPhrase;
}

interface QueryUnit {
  words: string[];
  /** For a person, place or term of the aliases, the index word that stands for it: found whole, in any spelling. */
  token: string | null;
}

/** The query as units: each name it holds (aliases-in-query.ts), and every other word on its own. */
function queryUnits(words: readonly string[], aliases: readonly Spellings[]): QueryUnit[] {
  const units: QueryUnit[] = [];
  let at = 0;
  for (const span of nameSpans(words, aliases)) {
    for (; at < span.start; at++) units.push({ words: [words[at]!], token: null });
    units.push({ words: words.slice(span.start, span.end), token: span.group.token });
    at = span.end;
  }
  for (; at < words.length; at++) units.push({ words: [words[at]!], token: null });
  return units;
}

/** One search, or null when a newer search replaced it before its first page was known. */
export async function runSearch(api: PagefindApi, request: SearchRequest): Promise<SearchAnswer | null> {
  const { state, wanted, firstPage: size } = request;
  const options = searchOptions(state);
  const words = queryWords(state.query).slice(0, MAX_WORDS);
  if (words.length === 0) {
    // A query of punctuation alone finds nothing; no query lists by filters alone, newest first (the index order).
    if (state.query.trim() !== '') return listing([], size);
    const results = (await api.search(null, options))?.results ?? [];
    return wanted() ? listing(results, size) : null;
  }
  const ranks = await dateRanks(api);
  const rank = (id: string): number => ranks.get(id) ?? Number.MAX_SAFE_INTEGER;
  const last = words[words.length - 1]!;
  const typingLast = request.typing && lastWordOpen(state.query) && [...foldText(last)].length >= PREFIX_FROM;

  // Each unit of the query: a name whole (in the text, or under another of its names), any other word alone and only
  // in the text. The phrase is the whole query in the text, or, when the query is one name, that name in any spelling.
  const units = queryUnits(words, request.aliases);
  // A name is matched whole even while typed: only a last word that is no name's end also matches the words it begins.
  const prefix = typingLast && units[units.length - 1]!.token === null;
  // The index chunks of the names' words load while the phrase is searched (Pagefind fetches a chunk when a search needs it).
  for (const unit of units) if (unit.token) void api.preload(unit.token).catch(() => undefined);
  const oneName = units.length === 1 && units[0]!.token !== null;
  const matched = await phraseMatches(api, words, oneName, options, wanted);
  // A name its own text fills the first page with: the articles that have it under another name come after every one
  // of those (tier 5), so they are looked up once the first page is shown, for the count and for more.
  const aliasesLater = oneName && !prefix && state.sort !== 'date' && matched.found.size >= size;
  const phrase = units.length === 1 && !aliasesLater ? await unitMatches(api, units[0]!, matched.found, options) : matched.found;
  if (!wanted()) return null;
  // Each unit on its own, for the pages that have them all apart, and for the words found nowhere.
  const byUnit: Map<string, PagefindResult>[] = [];
  for (const [i, unit] of units.entries()) {
    const isLast = i === units.length - 1;
    const found =
      units.length === 1
        ? new Map(phrase)
        : await unitMatches(api, unit, (await phraseMatches(api, unit.words, unit.token !== null, options, wanted)).found, options);
    if (prefix && !unit.token && isLast) {
      for (const [id, r] of await prefixMatches(api, unit.words[0]!, options)) if (!found.has(id)) found.set(id, r);
    }
    if (!wanted()) return null;
    byUnit.push(found);
  }
  // The words "did you mean" may correct: not a name, not Chinese (no spelling to correct), not a word still being typed.
  const unknown = units
    .filter(
      (u, i) =>
        !u.token &&
        byUnit[i]!.size === 0 &&
        !HAN.test(u.words[0]!) &&
        !(request.typing && lastWordOpen(state.query) && i === units.length - 1),
    )
    .map((u) => foldText(u.words[0]!));
  const apart = new Map<string, PagefindResult>();
  if (byUnit.every((m) => m.size > 0)) {
    const [smallest, ...others] = [...byUnit].sort((a, b) => a.size - b.size);
    for (const [id, result] of smallest!) if (!phrase.has(id) && others.every((m) => m.has(id))) apart.set(id, result);
  }

  // Where the words matched (title, lead), for the phrase matches found in the text; asked only when it can reorder.
  const inText = [...phrase.values()].filter((r) => !onlyThroughAlias(r));
  // Pagefind's own arrays, kept as they are: thousands of results, and a set for each would make a first search collect garbage.
  const fields = new Map<string, readonly string[]>();
  if (state.sort !== 'date' && inText.length > 1) {
    const plain = (await api.search(matched.spelling.join(' '), options))?.results ?? [];
    for (const r of plain) fields.set(r.id, r.matchedMetaFields ?? NO_FIELDS);
    if (!wanted()) return null;
  }

  const results = new Map<string, PagefindResult>([...phrase, ...apart]);
  const items: Ranked[] = [];
  let titlesToCheck = TITLE_CHECK_LIMIT;
  // Newest first, so the titles checked for being the query are the newest ones.
  for (const result of [...phrase.values()].sort((a, b) => rank(a.id) - rank(b.id))) {
    const inTitle = fields.get(result.id)?.includes('title') === true;
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
  const answer: SearchAnswer = {
    total: results.size,
    together: phrase.size,
    throughAlias: phrase.size - inText.length,
    ids: [...results.keys()],
    firstPage: first,
    complete: Promise.resolve(),
    upTo: async (count: number) => {
      await answer.complete;
      const shown = toResults(await queue.first(count));
      return wanted() ? shown : null;
    },
    unknown,
    words,
  };
  if (aliasesLater) {
    answer.complete = unitMatches(api, units[0]!, phrase, options).then((named) => {
      const added = [...named.values()].filter((r) => !phrase.has(r.id));
      for (const r of added) {
        phrase.set(r.id, r);
        results.set(r.id, r);
      }
      queue.add(added.map((r) => ({ id: r.id, rank: rank(r.id), tier: TIER.alias, settled: true })));
      answer.total = results.size;
      answer.together = phrase.size;
      answer.throughAlias += added.length;
      answer.ids = [...results.keys()];
    });
  }
  return answer;
}

/**
 * The ids the filter counts are made from: the results with no filter chosen (filter-counts.ts applies the chosen ones
 * itself). Without a chosen filter they are the answer's own; with one, the search runs again without filters.
 */
export async function unfilteredIds(api: PagefindApi, request: SearchRequest, answer: SearchAnswer): Promise<readonly string[]> {
  await answer.complete;
  if (!FILTER_KEYS.some((key) => request.state.filters[key])) return answer.ids;
  // No first page to order: nothing is settled, no page data fetched.
  const again = await runSearch(api, { ...request, firstPage: 0, state: { ...request.state, filters: {} } });
  return again?.ids ?? answer.ids;
}
