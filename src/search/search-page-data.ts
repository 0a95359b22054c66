// What the search page is built with: the filter choices present in the corpus and the names the browser shows.
import type { Person } from '../corpus/people.ts';
import type { LanguageCode } from '../corpus/types.ts';
import type { PageArticle as Article } from '../content/page-article.ts';
import { englishLanguageName } from '../site/languages.ts';
import type { FilterKey } from './fields.ts';

export interface FilterOption {
  value: string;
  label: string;
}

export interface SearchPageData {
  /** Options per filter, in the order shown. */
  options: Record<FilterKey, FilterOption[]>;
  /** Every person's spellings, so the query `Xi Jinping` ranks and marks articles that say `Tập Cận Bình`. */
  people: PersonSpellings[];
}

export interface PersonSpellings {
  slug: string;
  spellings: string[];
}

type ListedArticle = Pick<Article, 'topics' | 'people' | 'languages' | 'date'>;

const LANGUAGE_ORDER: readonly LanguageCode[] = ['en', 'vi', 'fr', 'zh', 'und'];

function byLabel(a: FilterOption, b: FilterOption): number {
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

export function searchPageData(articles: readonly ListedArticle[], people: readonly Person[]): SearchPageData {
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
    people: people
      .filter((p) => present.has(p.slug))
      .map((p) => ({ slug: p.slug, spellings: [...new Set([...Object.values(p.names), ...p.aliases].filter((s): s is string => Boolean(s)))] })),
  };
}
