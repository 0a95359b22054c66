// Searches the empty search page offers to start from: a person, a place and a subject the articles name, each written
// in one of the corpus's languages, so every language present is shown once and a reader sees any of them works.
import type { GlossaryEntry } from '../corpus/glossary-matching.ts';
import type { Person } from '../corpus/people-mentions.ts';
import type { LanguageCode } from '../corpus/types.ts';
import type { PageArticle as Article } from '../content/page-article.ts';
import type { UiLang } from '../i18n/ui-languages.ts';
import { nameToken } from './name-token.ts';

export interface SearchExample {
  /** The words searched for, as the data file writes them in `lang`. */
  text: string;
  /** The language `text` is written in, for its `lang` attribute. */
  lang: LanguageCode;
}

type ExampleArticle = Pick<Article, 'languages' | 'people' | 'searchAliases'>;

/** The languages a data file names things in, in the order examples take them (the reader's own then moves last). */
const EXAMPLE_LANGS = ['vi', 'zh', 'fr', 'en'] as const satisfies readonly LanguageCode[];

interface Named {
  slug: string;
  names: Partial<Record<string, string>>;
}

/**
 * The entries some article names: first those at most half the articles name, the most named first; then the rest, the
 * least named first. A word on most pages ("Vietnam" in this corpus) finds most of the corpus, which shows a reader
 * little. Ties keep the data file's order.
 */
function ranked<T extends Named>(entries: readonly T[], countOf: (entry: T) => number, articleCount: number): T[] {
  const common = (count: number): boolean => count * 2 > articleCount;
  return entries
    .map((entry, order) => ({ entry, order, count: countOf(entry) }))
    .filter((e) => e.count > 0)
    .sort(
      (a, b) =>
        Number(common(a.count)) - Number(common(b.count)) || (common(a.count) ? a.count - b.count : b.count - a.count) || a.order - b.order,
    )
    .map((e) => e.entry);
}

/**
 * As many examples as there are languages in the corpus (at least one per kind that has a candidate): the kinds take
 * turns (person, place, subject, person, …) and so do the languages; a kind met again offers its next entry. A name
 * missing in a language is given in English.
 */
export function searchExamples(
  articles: readonly ExampleArticle[],
  people: readonly Person[],
  glossary: readonly GlossaryEntry[],
  readerLang: UiLang,
): SearchExample[] {
  // The reader's own language last: they try it first anyway, and the others show what the search also understands. It
  // is offered even with no article in it: a name typed in it finds the articles that write it in another.
  const order = [...EXAMPLE_LANGS.filter((l) => l !== readerLang), readerLang];
  const langs = order.filter((l) => l === readerLang || articles.some((a) => a.languages.includes(l)));
  if (langs.length === 0) return [];
  const mentions = new Map<string, number>();
  const add = (key: string): void => {
    mentions.set(key, (mentions.get(key) ?? 0) + 1);
  };
  for (const a of articles) {
    for (const p of new Set(a.people.map((p) => p.slug))) add(nameToken('person', p));
    for (const token of new Set(a.searchAliases)) add(token);
  }
  const count = (kind: 'person' | 'glossary') => (e: Named) => mentions.get(nameToken(kind, e.slug)) ?? 0;
  const kinds = [
    ranked(people, count('person'), articles.length),
    ranked(
      glossary.filter((g) => g.kind === 'place'),
      count('glossary'),
      articles.length,
    ),
    ranked(
      glossary.filter((g) => g.kind === 'term'),
      count('glossary'),
      articles.length,
    ),
  ].filter((candidates) => candidates.length > 0);
  if (kinds.length === 0) return [];
  const examples: SearchExample[] = [];
  const total = Math.max(kinds.length, langs.length);
  for (let i = 0; i < total; i++) {
    const candidates = kinds[i % kinds.length]!;
    const entry = candidates[Math.floor(i / kinds.length) % candidates.length]!;
    const lang = langs[i % langs.length]!;
    const text = entry.names[lang];
    const example: SearchExample = text ? { text, lang } : { text: entry.names.en ?? entry.slug, lang: 'en' };
    if (!examples.some((e) => e.text === example.text)) examples.push(example);
  }
  return examples;
}
