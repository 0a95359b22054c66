// The catalogue as the pages use it: one translator per interface language, with the site's ways of writing dates,
// counts, language names, topic names and short lists in that language.
import type { LanguageCode, PartialDate } from '../corpus/types.ts';
import { formatDate } from '../site/date-labels.ts';
import type { Catalogue, MessageKey } from './catalogue/catalogue-shape.ts';
import { en } from './catalogue/en.ts';
import { fr } from './catalogue/fr.ts';
import { vi } from './catalogue/vi.ts';
import { zh } from './catalogue/zh.ts';
import { formatMessage, formatMessageParts, type MessagePart, type MessageValues } from './message-format.ts';
import { capitalised } from './capitalised.ts';
import { UI_LANGUAGES, type UiLang } from './ui-languages.ts';

export const CATALOGUES: Readonly<Record<UiLang, Catalogue>> = { en, vi, fr, zh };

/** An entry of a data file with its names per language (a topic, a person). */
interface NamedEntry {
  slug: string;
  names: Partial<Record<string, string>>;
}

export interface Translator {
  lang: UiLang;
  t(key: MessageKey, values?: MessageValues): string;
  /** A sentence with links or names inside: its text, split where the named slots go. */
  parts(key: MessageKey, values: MessageValues, slots: readonly string[]): MessagePart[];
  /** `1 article`, `3 bài`, `3 篇文章`. */
  articles(count: number): string;
  /** A date as precisely as the text states it: `14 tháng 4, 2025`, `14 avril (année non précisée)`. */
  date(d: PartialDate): string;
  /** A language named in this language as a sentence names it (`tiếng Pháp`, `anglais`, `越南文`). */
  languageName(code: LanguageCode): string;
  /** The same name opening a label or list item (`Tiếng Pháp`, `Anglais`). */
  languageLabel(code: LanguageCode): string;
  /** A topic's or person's name from a data file, in this language when the file gives one, else in English. */
  name(entry: NamedEntry): string;
  /** The same name with the language it is written in, for its `lang` attribute. */
  shownName(entry: NamedEntry): { text: string; lang: string };
  /** A short list joined as this language joins it (`, `; `、`). */
  list(items: readonly string[]): string;
}

function makeTranslator(lang: UiLang): Translator {
  const catalogue = CATALOGUES[lang];
  const t = (key: MessageKey, values?: MessageValues): string => formatMessage(lang, catalogue[key], values);
  const shownName = (entry: NamedEntry) => {
    const own = entry.names[lang];
    return own ? { text: own, lang } : { text: entry.names.en ?? entry.slug, lang: 'en' };
  };
  return {
    lang,
    t,
    parts: (key, values, slots) => formatMessageParts(lang, catalogue[key], values, slots),
    articles: (count) => t('count.articles', { count }),
    date: (d) => formatDate(d, lang, catalogue),
    languageName: (code) => t(`language.${code}`),
    languageLabel: (code) => capitalised(t(`language.${code}`), lang),
    name: (entry) => shownName(entry).text,
    shownName,
    list: (items) => items.join(t('list.separator')),
  };
}

const TRANSLATORS = new Map(UI_LANGUAGES.map((lang) => [lang, makeTranslator(lang)]));

export function translator(lang: UiLang): Translator {
  return TRANSLATORS.get(lang)!;
}
