// What the search page is built with: the filter choices present in the corpus and the names the browser shows.
import type { GlossaryEntry } from '../corpus/glossary-matching.ts';
import type { Person } from '../corpus/people-mentions.ts';
import type { Topic } from '../corpus/topic-tagging.ts';
import type { LanguageCode } from '../corpus/types.ts';
import type { PageArticle as Article } from '../content/page-article.ts';
import type { Labels } from '../scripts/search/result-view.ts';
import { INTL_LOCALE, type UiLang } from '../i18n/ui-languages.ts';
import type { FilterKey } from './fields.ts';
import { nameToken } from './name-token.ts';

export interface FilterOption {
  value: string;
  label: string;
  /** The language the label is written in, when it is not the page's (a person's own name, a language's own name). */
  lang?: string;
}

export interface SearchPageData {
  /** Options per filter, in the order shown. */
  options: Record<FilterKey, FilterOption[]>;
  /**
   * The spellings of every person in the corpus and every glossary entry, so the query `Xi Jinping` marks `Tập Cận Bình`
   * in an article that says so, and `Beijing` marks `Bắc Kinh`; "did you mean" offers them as written.
   */
  aliases: Spellings[];
}

/** One person, place or term, every way it is written, and the word the index holds for it (name-token.ts). */
export interface Spellings {
  slug: string;
  spellings: string[];
  token: string;
}

type ListedArticle = Pick<Article, 'topics' | 'people' | 'languages' | 'date'>;

const LANGUAGE_ORDER: readonly LanguageCode[] = ['en', 'vi', 'fr', 'zh', 'und'];

/** How the page names filter values: in its interface language, sorted as that language sorts. */
export interface FilterNaming {
  lang: UiLang;
  /** The name of a topic, person or language value (a year names itself), and the language it is written in. */
  nameOf: (key: Exclude<FilterKey, 'year'>, value: string) => { text: string; lang: string };
}

export function searchPageData(
  articles: readonly ListedArticle[],
  people: readonly Person[],
  glossary: readonly GlossaryEntry[],
  naming: FilterNaming,
): SearchPageData {
  const topics = new Set<string>();
  const persons = new Set<string>();
  const languages = new Set<LanguageCode>();
  const years = new Set<number>();
  for (const a of articles) {
    for (const t of a.topics) topics.add(t.slug);
    for (const p of a.people) persons.add(p.slug);
    for (const l of a.languages) languages.add(l);
    if (a.date.year !== null) years.add(a.date.year);
  }
  const collator = new Intl.Collator(INTL_LOCALE[naming.lang]);
  const option = (key: Exclude<FilterKey, 'year'>, value: string): FilterOption => {
    const { text, lang } = naming.nameOf(key, value);
    return lang === naming.lang ? { value, label: text } : { value, label: text, lang };
  };
  const named = (key: 'topic' | 'person', values: Set<string>): FilterOption[] =>
    [...values].map((value) => option(key, value)).sort((a, b) => collator.compare(a.label, b.label));
  return {
    options: {
      topic: named('topic', topics),
      lang: LANGUAGE_ORDER.filter((l) => languages.has(l)).map((value) => option('lang', value)),
      person: named('person', persons),
      year: [...years].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
    },
    aliases: [
      ...people
        .filter((p) => persons.has(p.slug))
        .map((p) => ({
          slug: p.slug,
          spellings: [...new Set([...Object.values(p.names), ...p.aliases].filter((s): s is string => Boolean(s)))],
          token: nameToken('person', p.slug),
        })),
      ...glossary.map((g) => ({ slug: g.slug, spellings: g.spellings, token: nameToken('glossary', g.slug) })),
    ],
  };
}

/**
 * The name of every value a filter can hold, for result facts and the status line: the options, then every topic, person
 * and language the data files know, so a filter from a link ("?topic=environment") is named even where no article has it.
 */
export function filterLabels(
  options: SearchPageData['options'],
  topics: readonly Topic[],
  people: readonly Person[],
  naming: FilterNaming,
): Labels {
  const named = (key: 'topic' | 'person', list: readonly { slug: string }[]): [string, string][] =>
    list.map((e) => [e.slug, naming.nameOf(key, e.slug).text]);
  const fromOptions = (key: FilterKey): [string, string][] => options[key].map((o) => [o.value, o.label]);
  return {
    topic: Object.fromEntries([...named('topic', topics), ...fromOptions('topic')]),
    lang: Object.fromEntries([...LANGUAGE_ORDER.map((l): [string, string] => [l, naming.nameOf('lang', l).text]), ...fromOptions('lang')]),
    person: Object.fromEntries([...named('person', people), ...fromOptions('person')]),
    year: Object.fromEntries(fromOptions('year')),
  };
}
