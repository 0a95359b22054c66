// The data the search page is built with, handed to the browser as JSON in the page (no extra request).
import type { PersonSpellings } from '../../search/search-page-data.ts';
import type { Labels } from './result-view.ts';

export interface SearchPageConfig {
  /** withBase('pagefind/'). */
  bundleUrl: string;
  labels: Labels;
  people: PersonSpellings[];
}

export const CONFIG_ELEMENT_ID = 'search-config';

export function readPageConfig(): SearchPageConfig {
  const text = document.getElementById(CONFIG_ELEMENT_ID)?.textContent ?? '{}';
  return JSON.parse(text) as SearchPageConfig;
}
