// The part of Pagefind's browser API (pagefind.js, loaded at run time from the built bundle) that the search page uses.

export interface PagefindRanking {
  termSimilarity?: number;
  pageLength?: number;
  termSaturation?: number;
  termFrequency?: number;
  diacriticSimilarity?: number;
  metaWeights?: Record<string, number>;
}

export interface PagefindOptions {
  basePath?: string;
  baseUrl?: string;
  /**
   * Run in the page instead of a worker: the worker is one more file (12 KB) to fetch, and at 10 000 articles a first
   * search with it was no faster (docs/performance.md, "Measured and not adopted").
   */
  noWorker?: boolean;
  ranking?: PagefindRanking;
}

export type PagefindFilters = Record<string, string | string[]>;
/** Value counts per filter: `{ lang: { en: 3, vi: 1 } }`. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindFragment {
  url: string;
  raw_url: string;
  /** The indexed text of the page (title, translation, body), zero-width spaces removed. */
  content: string;
  word_count: number;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  matchedMetaFields?: string[];
  data(): Promise<PagefindFragment>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
}

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** Adds another index (its bundle folder's URL), searched with the first one from then on. */
  mergeIndex(indexPath: string, options?: PagefindOptions): Promise<void>;
  /** `null` lists every page that passes the filters. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse | null>;
  /** Fetches the index chunks a search for `term` will need, without searching. */
  preload(term: string): Promise<void>;
  /** Forgets the instance (and a failed initialisation): the next call starts from the beginning. */
  destroy(): Promise<void>;
}
