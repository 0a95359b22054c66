// The data the search page is built with, handed to the browser as JSON in the page (no extra request).
import type { UiLang } from '../../i18n/ui-languages.ts';
import type { Spellings } from '../../search/search-page-data.ts';
import type { Labels } from './result-view.ts';
import type { SearchMessages } from './search-messages.ts';

export interface SearchPageConfig {
  /** withBase('pagefind/'). */
  bundleUrl: string;
  /** The index's shards under bundleUrl, newest first (src/search/index-shards.ts). */
  shards: string[];
  labels: Labels;
  /** People and glossary entries with every spelling (search-page-data.ts). */
  aliases: Spellings[];
  /** The interface language, and its words for what the page writes in the browser. */
  lang: UiLang;
  messages: SearchMessages;
}

export const CONFIG_ELEMENT_ID = 'search-config';

export function readPageConfig(): SearchPageConfig {
  const text = document.getElementById(CONFIG_ELEMENT_ID)?.textContent ?? '{}';
  return JSON.parse(text) as SearchPageConfig;
}
