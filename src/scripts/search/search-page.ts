// The search page in the browser: reads the URL, runs searches as the reader types, keeps the URL and Back in step.
// The box typed in is the header's (SearchBox.astro): on this page its form searches in place instead of loading the page.
// The engine starts loading when the page opens; when typing starts a search: search-while-typing.ts.
import { FILTER_KEYS, type FilterKey } from '../../search/fields.ts';
import { searchUrl } from '../../site/urls.ts';
import { loadEngine } from './engine.ts';
import { countFilters, type FilterCounts } from './filter-counts.ts';
import { loadFilterValues } from './load-filter-values.ts';
import { dateRanks } from './date-ranks.ts';
import { loadVocabulary, suggestQuery } from './did-you-mean.ts';
import { planHighlight, type HighlightPlan } from './highlight-plan.ts';
import { readPageConfig } from './page-config.ts';
import { loadFragment } from './readable-fragment.ts';
import { renderResult, type Labels } from './result-view.ts';
import { runSearch, unfilteredIds, type SearchAnswer, type SearchRequest } from './run-search.ts';
import { sayer, sayParts } from './search-messages.ts';
import { describeSearch, dividerText } from './search-status.ts';
import { searchWhileTyping } from './search-while-typing.ts';
import { warmUpTextCode } from './warm-up.ts';
import type { PagefindApi } from './pagefind-api.ts';
import { hasSearch, searchString, stateFromParams, type SearchState } from './url-state.ts';

/** Results shown at once; "Show more" adds as many. Each shown result costs one small fragment request. */
const PAGE_SIZE = 10;
/** A pause in typing this long starts a search (or, after the engine loads or a search runs, ends the wait): keys of one burst make one search. */
const TYPING_PAUSE_MS = 50;

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filters: Record<FilterKey, HTMLSelectElement>;
  sort: HTMLSelectElement;
  status: HTMLElement;
  list: HTMLOListElement;
  /** The heading over the results that have the words only apart, and their list. */
  divider: HTMLElement;
  apart: HTMLOListElement;
  more: HTMLButtonElement;
  empty: HTMLElement;
  suggestion: HTMLElement;
  /** Searches to start from, shown while there is none; absent when the corpus offers none. */
  examples: HTMLElement | null;
  /** The results' heading, focusable from script: where focus goes when a link above the results starts a search. */
  resultsHeading: HTMLElement;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

function findElements(app: HTMLElement): Elements {
  const filters = {} as Record<FilterKey, HTMLSelectElement>;
  for (const key of FILTER_KEYS) filters[key] = required<HTMLSelectElement>(app, `select[name="${key}"]`);
  const form = required<HTMLFormElement>(document, 'form[data-search-box]');
  return {
    form,
    input: required(form, 'input[name="q"]'),
    filters,
    sort: required(app, 'select[name="sort"]'),
    status: required(app, '[data-search-status]'),
    list: required(app, 'ol[data-search-results]'),
    divider: required(app, '[data-search-divider]'),
    apart: required(app, 'ol[data-search-apart]'),
    more: required(app, 'button[data-search-more]'),
    empty: required(app, '[data-search-empty]'),
    suggestion: required(app, '[data-search-suggestion]'),
    examples: app.querySelector('[data-search-examples]'),
    resultsHeading: required(app, '#search-results-heading'),
  };
}

function readControls(e: Elements): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) if (e.filters[key].value) filters[key] = e.filters[key].value;
  return { query: e.input.value.normalize('NFC'), filters, sort: e.sort.value === 'date' ? 'date' : 'relevance' };
}

/**
 * A value no article has (a link's `?topic=environment`) has no option of its own: it gets one, named as the status line
 * names it, so the reader sees the filter that is applied and can undo it with "All topics". It goes when the URL does.
 */
function chooseValue(select: HTMLSelectElement, value: string, names: Record<string, string>): void {
  for (const option of [...select.options]) if (option.dataset.notInCorpus !== undefined && option.value !== value) option.remove();
  if (value && ![...select.options].some((o) => o.value === value)) {
    const option = new Option(names[value] ?? value, value);
    option.dataset.notInCorpus = '';
    select.add(option, 1);
  }
  select.value = value;
}

function writeControls(e: Elements, state: SearchState, labels: Labels): void {
  e.input.value = state.query;
  for (const key of FILTER_KEYS) chooseValue(e.filters[key], state.filters[key] ?? '', labels[key]);
  e.sort.value = state.sort === 'date' ? 'date' : '';
}

/** Option labels gain their counts; a choice that would give nothing is disabled (unless it is the current one). */
function showCounts(e: Elements, counts: FilterCounts | null): void {
  for (const key of FILTER_KEYS) {
    for (const option of e.filters[key].options) {
      if (!option.value) continue;
      const label = option.dataset.label ?? option.text;
      option.dataset.label = label;
      const count = counts ? (counts[key][option.value] ?? 0) : null;
      option.text = count === null ? label : `${label} (${count})`;
      option.disabled = count === 0 && !option.selected;
    }
  }
}

export function startSearchPage(): void {
  const found = document.querySelector<HTMLElement>('[data-search-app]');
  if (!found) return;
  const app: HTMLElement = found;
  const config = readPageConfig();
  const say = sayer(config.lang, config.messages);
  const e = findElements(app);
  e.input.setAttribute('aria-describedby', 'search-hint');

  let state = stateFromParams(new URLSearchParams(location.search));
  let generation = 0;
  /** The search on the page: its first page, and every result once the order past that page is known. */
  let shownSearch: SearchAnswer | null = null;
  let shown = 0;
  let plan: HighlightPlan = planHighlight('', config.aliases);
  /** The run whose search the page shows or is working on; a newer generation means it was replaced. */
  let liveRun = 0;
  let engineReady = false;
  /** The first keystroke after a deliberate step starts a new history entry; the ones after it edit that entry. */
  let typingEditsEntry = false;

  const engine = () =>
    loadEngine(config.bundleUrl, config.shards).then((api) => {
      engineReady = true;
      return api;
    });

  async function showMore(run: number): Promise<HTMLAnchorElement | null> {
    const answer = shownSearch;
    if (!answer) return null;
    const order = shown === 0 ? answer.firstPage : await answer.upTo(shown + PAGE_SIZE);
    if (!order || run !== generation) return null;
    const batch = order.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(batch.map(loadFragment));
    if (run !== generation) return null;
    // Results with the words only apart go under their own heading (an h3), never among those with the phrase.
    const together = Math.max(0, Math.min(fragments.length, answer.together - shown));
    const wording = { lang: config.lang, words: config.messages };
    const items = fragments.map((f, i) => renderResult(f, plan, config.labels, wording, i < together ? 3 : 4));
    e.list.append(...items.slice(0, together));
    e.apart.append(...items.slice(together));
    const apartShown = e.apart.childElementCount > 0;
    e.divider.hidden = !apartShown;
    e.apart.hidden = !apartShown;
    if (apartShown) e.divider.textContent = dividerText(answer, say);
    shown += batch.length;
    e.more.hidden = shown >= answer.total;
    return items[0]?.querySelector('a') ?? null;
  }

  function request(current: SearchState, run: number, typing: boolean): SearchRequest {
    return { state: current, typing, aliases: config.aliases, firstPage: PAGE_SIZE, wanted: () => run === generation };
  }

  /** Pagefind's answer as shown; null when a newer search replaced this one first. */
  async function search(current: SearchState, run: number, typing: boolean): Promise<SearchAnswer | null> {
    const api = await engine();
    if (run !== generation) return null;
    return runSearch(api, request(current, run, typing));
  }

  /** "Did you mean": offered when a word of the query is in no article; the vocabulary is fetched only then. */
  async function suggest(current: SearchState, answer: SearchAnswer, run: number): Promise<void> {
    e.suggestion.replaceChildren();
    if (answer.unknown.length === 0) return;
    const vocabulary = await loadVocabulary(config.bundleUrl);
    if (run !== generation) return;
    const phrases = config.aliases.flatMap((a) => a.spellings);
    const suggestion = suggestQuery(current.query, answer.unknown, vocabulary, phrases);
    if (!suggestion) return;
    const link = document.createElement('a');
    const target: SearchState = { ...current, query: suggestion };
    link.href = searchUrl() + searchString(target);
    link.textContent = suggestion;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      e.input.value = suggestion;
      void commit('push');
    });
    // The link takes the suggestion's place in the sentence, wherever the language puts it.
    const parts = sayParts(config.lang, config.messages, 'search.didYouMean', ['suggestion']);
    e.suggestion.append(...parts.map((part) => (typeof part === 'string' ? part : link)));
    e.suggestion.hidden = false;
  }

  /**
   * Shows a search's first page, then "did you mean" and the filter counts; the region stays aria-busy until all are
   * in. `searched` is called once the first page is in (Pagefind is free for the next search). The order past the first
   * page is settled when the reader asks for more (run-search.ts).
   */
  async function show(
    current: SearchState,
    run: number,
    typing: boolean,
    found: Promise<SearchAnswer | null>,
    searched: () => void,
  ): Promise<void> {
    try {
      const answer = await found;
      if (!answer || run !== generation) return;
      shownSearch = answer;
      shown = 0;
      plan = planHighlight(current.query, config.aliases);
      e.list.replaceChildren();
      e.apart.replaceChildren();
      e.suggestion.hidden = true;
      await showMore(run);
      if (run !== generation) return;
      await answer.complete;
      if (run !== generation) return;
      e.more.hidden = shown >= answer.total;
      e.empty.hidden = answer.total > 0;
      e.status.textContent = describeSearch(current, answer, config.labels, say);
      // The results are shown; the counts follow, never stale meanwhile.
      showCounts(e, null);
      searched();
      if (run !== generation) return;
      // The vocabulary is fetched only now, and only when a word matched nothing: the next search does not wait for it.
      await suggest(current, answer, run).catch(() => undefined);
      if (run !== generation) return;
      // Counted here from the filter values file, fetched once (after the first results, never before them), over the
      // results with no filter chosen: Pagefind searches once more for those only when a filter is chosen.
      const unfiltered = (api: PagefindApi) => Promise.all([dateRanks(api), unfilteredIds(api, request(current, run, typing), answer)]);
      const [table, [positions, ids]] = await Promise.all([loadFilterValues(config.bundleUrl), engine().then(unfiltered)]);
      if (run !== generation) return;
      const counts = countFilters(table, positions, ids, current.filters);
      if (run !== generation) return;
      showCounts(e, counts);
    } catch {
      if (run !== generation) return;
      e.status.textContent = say('search.loadFailed');
    } finally {
      searched();
      if (run === generation) app.removeAttribute('aria-busy');
    }
  }

  /** Starts a search and shows it; resolves once Pagefind has done its searching (the engine is free), while the page fills in. */
  function render(current: SearchState, typing = false): Promise<void> {
    const run = ++generation;
    liveRun = run;
    if (e.examples) e.examples.hidden = hasSearch(current);
    if (!hasSearch(current)) {
      shownSearch = null;
      e.list.replaceChildren();
      e.apart.replaceChildren();
      e.divider.hidden = true;
      e.apart.hidden = true;
      e.suggestion.hidden = true;
      e.more.hidden = true;
      e.empty.hidden = true;
      e.status.textContent = '';
      showCounts(e, null);
      app.removeAttribute('aria-busy');
      return Promise.resolve();
    }
    app.setAttribute('aria-busy', 'true');
    let searched!: () => void;
    const done = new Promise<void>((resolve) => (searched = resolve));
    void show(current, run, typing, search(current, run, typing), searched);
    return done;
  }

  /** `push` for a deliberate step (Enter, a filter, the sort), `replace` while typing, so Back skips keystrokes. */
  function commit(mode: 'push' | 'replace', typing = false): Promise<void> {
    typingEditsEntry = typing;
    state = readControls(e);
    const url = searchUrl() + searchString(state);
    if (url !== location.pathname + location.search) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    return render(state, typing);
  }

  const typed = searchWhileTyping(
    async () => {
      await engine().catch(() => undefined);
      // Nothing new to search: the box holds the text the page shows (or is searching), that search still current.
      if (searchString(readControls(e)) === searchString(state) && liveRun === generation) return;
      await commit(typingEditsEntry ? 'replace' : 'push', true);
    },
    { pauseMs: TYPING_PAUSE_MS, engineReady: () => engineReady, whenReady: engine },
  );
  e.input.addEventListener('input', () => {
    // A search for text no longer in the box must not show its results; the search for the new text follows.
    if (searchString(readControls(e)) !== searchString(state)) generation++;
    typed();
  });
  e.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void commit('push');
  });
  for (const select of [...Object.values(e.filters), e.sort]) select.addEventListener('change', () => void commit('push'));
  // An example searches in place, like a query typed in the box; its link still works opened in a new tab.
  e.examples?.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-search-example]') : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    e.input.value = new URL(link.href).searchParams.get('q') ?? '';
    // The link hides with the list; focus goes to the results, not the box, so a phone's keyboard stays closed.
    e.resultsHeading.focus();
    void commit('push');
  });
  e.more.addEventListener('click', () => {
    // One batch at a time: a double click must not add the same results twice.
    if (e.more.getAttribute('aria-disabled') === 'true') return;
    e.more.setAttribute('aria-disabled', 'true');
    void showMore(generation)
      .then((first) => first?.focus())
      .finally(() => e.more.removeAttribute('aria-disabled'));
  });
  window.addEventListener('popstate', () => {
    typingEditsEntry = false;
    state = stateFromParams(new URLSearchParams(location.search));
    writeControls(e, state, config.labels);
    void render(state);
  });

  writeControls(e, state, config.labels);
  if (e.examples) e.examples.hidden = hasSearch(state);
  app.hidden = false;
  // This page is there to search: the engine loads now, while the reader finds the box and types, and the page's own
  // search code is run once meanwhile (warm-up.ts).
  void engine()
    .then(() => warmUpTextCode(config.aliases))
    .catch(() => undefined);
  // A search in the URL (a link, a reload, the header box) runs at once.
  if (hasSearch(state)) void render(state);
}
