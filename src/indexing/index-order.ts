// The article pages the index holds, in the order they are handed to it: newest first, as the site lists articles.
// Pagefind numbers pages in the order they arrive and returns the pages of a search without scores (a quoted search,
// or filters alone) in that order, so the search page gets "newest first" from the index itself: no date table to
// fetch, and the order within each ranking tier (src/scripts/search/run-search.ts) costs nothing. The pages are read
// from the site's own article list (dist/articles.json, src/pages/articles.json.ts), not from the pages' HTML.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partialDateOrUnknown } from '../corpus/partial-date-text.ts';
import { compareDateKeys } from '../site/date-labels.ts';

export const ARTICLES_FILE = 'articles.json';

/** What the index step reads of an article in articles.json. */
export interface IndexedArticle {
  slug: string;
  datePartial: string | null;
  languages: string[];
  topics: { slug: string }[];
  people: { slug: string }[];
}

/** The site's own order (compareDateKeys), ties by slug: the index lists a tier as the site lists articles. */
export function newestFirst<T extends Pick<IndexedArticle, 'slug' | 'datePartial'>>(articles: readonly T[]): T[] {
  const dated = articles.map((a) => ({ article: a, date: partialDateOrUnknown(a.datePartial ?? undefined) }));
  return dated.sort((a, b) => compareDateKeys(a.date, a.article.slug, b.date, b.article.slug)).map((d) => d.article);
}

/** The articles of the built site in `outDir`, newest first; a clear error when its article list is missing or unreadable. */
export function articlesNewestFirst(outDir: string): IndexedArticle[] {
  const path = join(outDir, ARTICLES_FILE);
  if (!existsSync(path)) throw new Error(`${path} is missing: the index step reads the article list the site build writes there`);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { articles?: unknown };
  const wellFormed = (a: Partial<IndexedArticle>): boolean =>
    typeof a.slug === 'string' &&
    a.datePartial !== undefined &&
    Array.isArray(a.languages) &&
    Array.isArray(a.topics) &&
    Array.isArray(a.people);
  if (!Array.isArray(parsed.articles) || !(parsed.articles as Partial<IndexedArticle>[]).every(wellFormed)) {
    throw new Error(`${path} does not list articles with slug, datePartial, languages, topics and people: build the site again`);
  }
  return newestFirst(parsed.articles as IndexedArticle[]);
}
