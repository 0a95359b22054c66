// What the search page is built with: the filter choices present in the corpus and the names the browser shows.
import type { GlossaryEntry } from '../corpus/glossary-matching.ts';
import type { Person } from '../corpus/people-mentions.ts';
import type { Topic } from '../corpus/topic-tagging.ts';
import type { LanguageCode } from '../corpus/types.ts';
import type { PageArticle as Article } from '../content/page-article.ts';
import type { Labels } from '../scripts/search/result-view.ts';
import { englishLanguageName } from '../site/languages.ts';
import type { FilterKey } from './fields.ts';
import { nameToken } from './name-token.ts';

export interface FilterOption {
  value: string;
  label: string;
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

function byLabel(a: FilterOption, b: FilterOption): number {
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

export function searchPageData(
  articles: readonly ListedArticle[],
  people: readonly Person[],
  glossary: readonly GlossaryEntry[],
): SearchPageData {
  const topics = new Map<string, string>();
  const persons = new Map<string, string>();
  const languages = new Set<LanguageCode>();
  const years = new Set<number>();
  for (const a of articles) {
    for (const t of a.topics) topics.set(t.slug, t.name);
    for (const p of a.people) persons.set(p.slug, p.name);
    for (const l of a.languages) languages.add(l);
    if (a.date.year !== null) years.add(a.date.year);
  }
  const present = new Set(persons.keys());
  return {
    options: {
      topic: [...topics].map(([value, label]) => ({ value, label })).sort(byLabel),
      lang: LANGUAGE_ORDER.filter((l) => languages.has(l)).map((value) => ({ value, label: englishLanguageName(value) })),
      person: [...persons].map(([value, label]) => ({ value, label })).sort(byLabel),
      year: [...years].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
    },
    aliases: [
      ...people
        .filter((p) => present.has(p.slug))
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
export function filterLabels(options: SearchPageData['options'], topics: readonly Topic[], people: readonly Person[]): Labels {
  const named = (list: readonly { slug: string; names: Partial<Record<string, string>> }[]): [string, string][] =>
    list.map((e) => [e.slug, e.names.en ?? e.slug]);
  const fromOptions = (key: FilterKey): [string, string][] => options[key].map((o) => [o.value, o.label]);
  return {
    topic: Object.fromEntries([...named(topics), ...fromOptions('topic')]),
    lang: Object.fromEntries([...LANGUAGE_ORDER.map((l): [string, string] => [l, englishLanguageName(l)]), ...fromOptions('lang')]),
    person: Object.fromEntries([...named(people), ...fromOptions('person')]),
    year: Object.fromEntries(fromOptions('year')),
  };
}
