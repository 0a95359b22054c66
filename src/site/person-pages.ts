// The people list as the pages see it: everyone in src/data/people.yaml, with the articles that mention them, newest first.
import peopleYaml from '../data/people.yaml?raw';
import { parsePeople, type Person } from '../corpus/people-mentions.ts';
import { getArticles, type ArticleData } from './articles.ts';
import { articlesBySlug } from './articles-by-slug.ts';

export interface PersonWithArticles {
  person: Person;
  /** English name (required by the list). */
  name: string;
  articles: ArticleData[];
}

/** Everyone in list order. Pages exist for all of them, even with no article, so URLs never depend on counts. */
export const people: Person[] = parsePeople(peopleYaml, 'src/data/people.yaml');

let cached: Promise<PersonWithArticles[]> | undefined;

/** Everyone with the articles that mention them, newest first (getArticles' order). Computed once per build. */
export function getPeopleWithArticles(): Promise<PersonWithArticles[]> {
  cached ??= getArticles().then((articles) => {
    const bySlug = articlesBySlug(articles, (a) => a.people);
    return people.map((person) => ({ person, name: person.names.en ?? person.slug, articles: bySlug.get(person.slug) ?? [] }));
  });
  return cached;
}
