// Where the benchmark finds the search page, its box and its results: the one place to change when the page's markup changes.
// Each can be overridden from the environment (BENCH_SEARCH_PATH, BENCH_SEARCH_INPUT, BENCH_SEARCH_RESULT, BENCH_TYPING_DELAY_MS).

export const SEARCH_PAGE = {
  /** Relative to the site's root URL. */
  path: process.env.BENCH_SEARCH_PATH ?? 'search/',
  /** Tried in order; the first visible match is typed into (on the search page the header's box is the live search). */
  inputSelectors: process.env.BENCH_SEARCH_INPUT
    ? [process.env.BENCH_SEARCH_INPUT]
    : ['#site-search', 'main input[type="search"]', 'main [role="searchbox"]', 'input[type="search"]', '[role="searchbox"]'],
  /** Any of these being present counts as "a result is shown" (src/scripts/search/result-view.ts renders `li.result`). */
  resultSelector:
    process.env.BENCH_SEARCH_RESULT ?? '[data-search-results] > li, .search-results .result, [data-search-result], .pagefind-ui__result',
  /**
   * Pause between keystrokes. 0 (as fast as the browser takes keys) means one search runs, after the last keystroke, on an
   * engine that loaded with the page moments before (or is still loading): a reader who types at once. With pauses
   * longer than the page's typing pause, searches for prefixes run first and the engine is busier and warmer by the
   * last key.
   */
  typingDelayMs: Number(process.env.BENCH_TYPING_DELAY_MS ?? 0),
} as const;

/** One query per language of the corpus; each must have results in the synthetic corpus. */
export const SEARCH_QUERIES: readonly { lang: string; query: string }[] = [
  { lang: 'en', query: 'railway' },
  { lang: 'vi', query: 'đường sắt' },
  { lang: 'fr', query: 'ferroviaire' },
  { lang: 'zh', query: '铁路' },
];
