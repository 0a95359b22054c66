// The people list as the pages see it: everyone in src/data/people.yaml, with the articles that mention them, newest first.
import type { Person } from '../corpus/people-mentions.ts';
import { getArticles, type ArticleData } from './articles.ts';
import { articlesBySlug } from './articles-by-slug.ts';
import { people } from './data-files.ts';

export interface PersonWithArticles {
  person: Person;
  /** English name (required by the list). */
  name: string;
  articles: ArticleData[];
}

let cached: Promise<PersonWithArticles[]> | undefined;

/**
 * Everyone, in list order, with the articles that mention them, newest first (getArticles' order). Pages exist for all
 * of them, even with no article, so URLs never depend on counts. Computed once per build.
 */
export function getPeopleWithArticles(): Promise<PersonWithArticles[]> {
  cached ??= getArticles().then((articles) => {
    const bySlug = articlesBySlug(articles, (a) => a.people);
    return people.map((person) => ({ person, name: person.names.en ?? person.slug, articles: bySlug.get(person.slug) ?? [] }));
  });
  return cached;
}
