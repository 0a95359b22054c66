// The catalogue's messages the search page words in the browser (status line, result dates, suggestions), handed to it in
// the page's JSON so the browser loads only its own language's words.
import type { Catalogue } from '../../i18n/catalogue/catalogue-shape.ts';
import { formatMessage, formatMessageParts, type MessagePart, type MessageValues } from '../../i18n/message-format.ts';
import type { UiLang } from '../../i18n/ui-languages.ts';

const KEYS = [
  'count.articles',
  'list.separator',
  'language.en',
  'language.vi',
  'language.fr',
  'language.zh',
  'language.und',
  'date.unknown',
  'date.yearNotStated',
  'search.filteredBy',
  'search.noneFound',
  'search.found',
  'search.foundAlias',
  'search.andAlias',
  'search.moreApart',
  'search.morePrefix',
  'search.onlyApart',
  'search.onlyPrefix',
  'search.sentence',
  'search.dividerApart',
  'search.dividerPrefix',
  'search.didYouMean',
  'search.loadFailed',
] as const;

export type SearchMessageKey = (typeof KEYS)[number];

export type SearchMessages = Pick<Catalogue, SearchMessageKey>;

/** At build time: the search page's share of a language's catalogue. */
export function searchMessages(catalogue: Catalogue): SearchMessages {
  return Object.fromEntries(KEYS.map((key) => [key, catalogue[key]])) as SearchMessages;
}

/** In the browser: a message of the page's language with its values filled in. */
export type Say = (key: SearchMessageKey, values?: MessageValues) => string;

export function sayer(lang: UiLang, messages: SearchMessages): Say {
  return (key, values) => formatMessage(lang, messages[key], values);
}

/** In the browser: a message split where the page puts its markup (message-format.ts). */
export function sayParts(lang: UiLang, messages: SearchMessages, key: SearchMessageKey, slots: readonly string[]): MessagePart[] {
  return formatMessageParts(lang, messages[key], {}, slots);
}
