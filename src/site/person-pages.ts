// The people list as the pages see it: everyone in src/data/people.yaml, with the articles that mention them, newest first,
// and each person's name as they write it themselves.
import type { Person } from '../corpus/people-mentions.ts';
import { foldText } from '../corpus/text-fold.ts';
import type { TaxonomyLang } from '../corpus/data-file.ts';
import { UI_LANG } from '../i18n/interface-language.ts';
import { UI_LANGUAGES, type UiLang } from '../i18n/ui-languages.ts';
import { getArticles, type ArticleData } from './articles.ts';
import { articlesBySlug } from './articles-by-slug.ts';
import { people } from './data-files.ts';

export interface ShownName {
  text: string;
  lang: TaxonomyLang;
}

/**
 * How the site names a person: in their own language first, and beside it in the reader's language (the labels' language)
 * when that is written otherwise.
 */
export interface PersonDisplayName {
  /** Tô Lâm, 习近平. */
  own: ShownName;
  /**
   * Beside it, in the reader's language: Xi Jinping (English) or Tập Cận Bình (Vietnamese) beside 习近平; none beside Tô Lâm
   * for an English reader, whose name is the same letters without the marks.
   */
  beside: ShownName | null;
  /** Both as one line of plain text, for titles: "习近平 · Xi Jinping". */
  text: string;
}

function personDisplayName(person: Person, reader: UiLang): PersonDisplayName {
  const english = person.names.en ?? person.slug;
  const lang = person.language ?? 'en';
  const own = { text: person.names[lang] ?? english, lang: person.names[lang] ? lang : 'en' };
  const readerName = person.names[reader] ? { text: person.names[reader], lang: reader } : { text: english, lang: 'en' as const };
  const sameLetters = foldText(own.text) === foldText(readerName.text);
  const beside = sameLetters ? null : readerName;
  return { own, beside, text: beside ? `${own.text} · ${beside.text}` : own.text };
}

/** Every person's display name by slug for a reader of each language, for the pages that list an article's people. */
const displayNames = new Map(
  UI_LANGUAGES.map((reader) => [reader, new Map(people.map((p) => [p.slug, personDisplayName(p, reader)]))] as const),
);

/** A person's display name for a reader of `reader`, or undefined for a slug the people list does not have. */
export function displayNameOf(slug: string, reader: UiLang): PersonDisplayName | undefined {
  return displayNames.get(reader)?.get(slug);
}

export interface PersonWithArticles {
  person: Person;
  name: PersonDisplayName;
  articles: ArticleData[];
}

let cached: Promise<PersonWithArticles[]> | undefined;

/** Everyone, in list order, with the articles that mention them, newest first (getArticles' order). Computed once per build. */
export function getPeopleWithArticles(): Promise<PersonWithArticles[]> {
  cached ??= getArticles().then((articles) => {
    const bySlug = articlesBySlug(articles, (a) => a.people);
    return people.map((person) => ({ person, name: displayNameOf(person.slug, UI_LANG)!, articles: bySlug.get(person.slug) ?? [] }));
  });
  return cached;
}

/**
 * The people who get a page: those at least one article mentions. A page for someone the corpus never names would be an
 * empty promise, in the sitemap too; their URL appears with their first article and never changes after.
 */
export async function getPeopleWithPages(): Promise<PersonWithArticles[]> {
  return (await getPeopleWithArticles()).filter((p) => p.articles.length > 0);
}
