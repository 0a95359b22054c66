// The search page in the browser: reads the URL, runs searches as the reader types, keeps the URL and Back in step.
import { FILTER_KEYS, type FilterKey } from '../../search/fields.ts';
import { searchUrl } from '../../site/urls.ts';
import { loadAllFilters, loadEngine } from './engine.ts';
import { planHighlight, type HighlightPlan } from './highlight-plan.ts';
import { peopleNamed } from './people-in-query.ts';
import type { PagefindResult } from './pagefind-api.ts';
import { readPageConfig } from './page-config.ts';
import { loadFragment } from './readable-fragment.ts';
import { renderResult } from './result-view.ts';
import { loadNewestFirst } from './newest-first.ts';
import { countFilters, runSearch, type FilterCounts } from './run-search.ts';
import { hasSearch, searchString, stateFromParams, type SearchState } from './url-state.ts';

/** Results shown at once; "Show more" adds as many. Each shown result costs one small fragment request. */
const PAGE_SIZE = 10;
/** Wait this long after a keystroke before searching: short enough to feel instant, long enough to skip mid-word searches. */
const TYPING_DELAY_MS = 100;

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filters: Record<FilterKey, HTMLSelectElement>;
  sort: HTMLSelectElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  empty: HTMLElement;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

function findElements(app: HTMLElement): Elements {
  const filters = {} as Record<FilterKey, HTMLSelectElement>;
  for (const key of FILTER_KEYS) filters[key] = required<HTMLSelectElement>(app, `select[name="${key}"]`);
  return {
    form: required(app, 'form[data-search-form]'),
    input: required(app, 'input[name="q"]'),
    filters,
    sort: required(app, 'select[name="sort"]'),
    status: required(app, '[data-search-status]'),
    list: required(app, 'ol[data-search-results]'),
    more: required(app, 'button[data-search-more]'),
    empty: required(app, '[data-search-empty]'),
  };
}

function readControls(e: Elements): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) if (e.filters[key].value) filters[key] = e.filters[key].value;
  return { query: e.input.value.normalize('NFC'), filters, sort: e.sort.value === 'date' ? 'date' : 'relevance' };
}

function writeControls(e: Elements, state: SearchState): void {
  e.input.value = state.query;
  for (const key of FILTER_KEYS) e.filters[key].value = state.filters[key] ?? '';
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

function describe(state: SearchState, count: number, e: Elements): string {
  const noun = count === 1 ? 'article' : 'articles';
  const chosen = FILTER_KEYS.filter((k) => state.filters[k]).map((k) => e.filters[k].selectedOptions[0]?.dataset.label ?? state.filters[k]);
  const filtered = chosen.length > 0 ? `, filtered by ${chosen.join(', ')}` : '';
  const query = state.query.trim();
  return query ? `${count} ${noun} found for “${query}”${filtered}.` : `${count} ${noun}${filtered}.`;
}

export function startSearchPage(): void {
  const found = document.querySelector<HTMLElement>('[data-search-app]');
  if (!found) return;
  const app: HTMLElement = found;
  app.hidden = false;
  const config = readPageConfig();
  const e = findElements(app);

  let state = stateFromParams(new URLSearchParams(location.search));
  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let plan: HighlightPlan = planHighlight('', config.people);
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The first keystroke after a deliberate step starts a new history entry; the ones after it edit that entry. */
  let typingEditsEntry = false;

  const engine = () => loadEngine(config.bundleUrl);

  async function showMore(run: number): Promise<HTMLAnchorElement | null> {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(batch.map(loadFragment));
    if (run !== generation) return null;
    const items = fragments.map((f) => renderResult(f, plan, config.labels));
    e.list.append(...items);
    shown += batch.length;
    e.more.hidden = shown >= results.length;
    return items[0]?.querySelector('a') ?? null;
  }

  async function render(current: SearchState): Promise<void> {
    const run = ++generation;
    if (!hasSearch(current)) {
      results = [];
      e.list.replaceChildren();
      e.more.hidden = true;
      e.empty.hidden = true;
      e.status.textContent = '';
      showCounts(e, null);
      return;
    }
    app.setAttribute('aria-busy', 'true');
    try {
      const api = await engine();
      const named = peopleNamed(current.query, config.people).map((p) => p.slug);
      const found = await runSearch(api, current, named, () => loadNewestFirst(config.bundleUrl));
      if (run !== generation) return;
      results = found;
      shown = 0;
      plan = planHighlight(current.query, config.people);
      e.list.replaceChildren();
      await showMore(run);
      if (run !== generation) return;
      e.empty.hidden = results.length > 0;
      e.status.textContent = describe(current, results.length, e);
      // The results are shown; the counts follow (the region stays aria-busy until they are in), never stale meanwhile.
      showCounts(e, null);
      await loadAllFilters(api);
      // Counting runs Pagefind once more; a search begun meanwhile makes these counts pointless.
      if (run !== generation) return;
      const counts = await countFilters(api, current);
      if (run !== generation) return;
      showCounts(e, counts);
    } catch {
      if (run !== generation) return;
      e.status.textContent = 'Search could not be loaded. Check your connection and try again.';
    } finally {
      if (run === generation) app.removeAttribute('aria-busy');
    }
  }

  /** `push` for a deliberate step (Enter, a filter, the sort), `replace` while typing, so Back skips keystrokes. */
  function commit(mode: 'push' | 'replace', typing = false): void {
    typingEditsEntry = typing;
    state = readControls(e);
    const url = searchUrl() + searchString(state);
    if (url !== location.pathname + location.search) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void render(state);
  }

  // Loading starts when the reader shows intent, never on page load.
  e.input.addEventListener('focus', () => void engine().catch(() => undefined));
  e.input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => commit(typingEditsEntry ? 'replace' : 'push', true), TYPING_DELAY_MS);
  });
  e.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    commit('push');
  });
  for (const select of [...Object.values(e.filters), e.sort]) select.addEventListener('change', () => commit('push'));
  e.more.addEventListener('click', () => {
    // One batch at a time: a double click must not add the same results twice.
    if (e.more.getAttribute('aria-disabled') === 'true') return;
    e.more.setAttribute('aria-disabled', 'true');
    void showMore(generation)
      .then((first) => first?.focus())
      .finally(() => e.more.removeAttribute('aria-disabled'));
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    typingEditsEntry = false;
    state = stateFromParams(new URLSearchParams(location.search));
    writeControls(e, state);
    void render(state);
  });

  writeControls(e, state);
  // A search in the URL (a link, a reload, the header box) is a use of search: run it.
  if (hasSearch(state)) void render(state);
}
