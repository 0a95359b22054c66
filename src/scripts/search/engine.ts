// Pagefind, fetched the first time the reader uses search (focus, typing, or a search in the URL), never before.
import type { PagefindApi } from './pagefind-api.ts';
import { RANKING } from './ranking.ts';

let engine: Promise<PagefindApi> | undefined;
let allFilters: Promise<unknown> | undefined;

/** `bundleUrl` is withBase('pagefind/'): the bundle lives under the base path, like every other file of the site. */
export function loadEngine(bundleUrl: string): Promise<PagefindApi> {
  engine ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindApi;
    await api.options({ basePath: bundleUrl, noWorker: true, ranking: RANKING });
    await api.init();
    return api;
  })();
  // A failed load (offline) is tried again on the next search rather than remembered.
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/**
 * Pagefind loads the filter chunks of the filters in use only; counts for every choice need them all. They grow with the
 * corpus (every article is in a language, a year and several topics), so they are fetched after the first results.
 */
export function loadAllFilters(api: PagefindApi): Promise<unknown> {
  allFilters ??= api.filters();
  allFilters.catch(() => {
    allFilters = undefined;
  });
  return allFilters;
}
