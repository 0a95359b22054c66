// Pagefind, fetched the first time the reader uses search (focus, typing, or a search in the URL), never before.
import { keepUnlessFailed } from './keep-unless-failed.ts';
import type { PagefindApi } from './pagefind-api.ts';
import { RANKING } from './ranking.ts';

/** `bundleUrl` is withBase('pagefind/'): the bundle lives under the base path, like every other file of the site. */
export const loadEngine = keepUnlessFailed(async (bundleUrl: string): Promise<PagefindApi> => {
  const api = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindApi;
  await api.options({ basePath: bundleUrl, noWorker: true, ranking: RANKING });
  await api.init();
  return api;
});

/**
 * Pagefind loads the filter chunks of the filters in use only; counts for every choice need them all. They grow with the
 * corpus (every article is in a language, a year and several topics), so they are fetched after the first results.
 */
export const loadAllFilters = keepUnlessFailed((api: PagefindApi): Promise<unknown> => api.filters());
