// The people list as the pages see it: everyone in src/data/people.yaml, with the articles that mention them, newest first,
// and each person's name as they write it themselves.
import type { Person } from '../corpus/people-mentions.ts';
import { foldText } from '../corpus/text-fold.ts';
import type { TaxonomyLang } from '../corpus/data-file.ts';
import { getArticles, type ArticleData } from './articles.ts';
import { articlesBySlug } from './articles-by-slug.ts';
import { people } from './data-files.ts';

export interface ShownName {
  text: string;
  lang: TaxonomyLang;
}

/** How the site names a person: in their own language first, and in English beside it when that is another script. */
export interface PersonDisplayName {
  /** Tô Lâm, 习近平. */
  own: ShownName;
  /** Xi Jinping beside 习近平; none beside Tô Lâm, whose English name is the same letters without the marks. */
  english: ShownName | null;
  /** Both as one line of plain text, for titles: "习近平 · Xi Jinping". */
  text: string;
}

function personDisplayName(person: Person): PersonDisplayName {
  const english = person.names.en ?? person.slug;
  const lang = person.language ?? 'en';
  const own = { text: person.names[lang] ?? english, lang: person.names[lang] ? lang : 'en' };
  const sameLetters = foldText(own.text) === foldText(english);
  const beside = sameLetters ? null : { text: english, lang: 'en' as const };
  return { own, english: beside, text: beside ? `${own.text} · ${beside.text}` : own.text };
}

/** Every person's display name by slug, for the pages that list an article's people. */
export const displayNameBySlug: ReadonlyMap<string, PersonDisplayName> = new Map(people.map((p) => [p.slug, personDisplayName(p)]));

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
    return people.map((person) => ({ person, name: displayNameBySlug.get(person.slug)!, articles: bySlug.get(person.slug) ?? [] }));
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
