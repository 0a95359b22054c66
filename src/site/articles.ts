// The article list in reading order, and the lookups pages need (by topic, person, neighbours, related), all built once.
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareDateKeys } from './date-labels.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ArticleData = ArticleEntry['data'];

/** Newest first; dated before day-and-month-only before undated; ties by slug so the order never depends on file order. */
function compareNewestFirst(a: ArticleData, b: ArticleData): number {
  return compareDateKeys(a.date, a.slug, b.date, b.slug);
}

let cached: Promise<ArticleData[]> | undefined;

/** Every article, newest first. Computed once per build. */
export function getArticles(): Promise<ArticleData[]> {
  cached ??= getCollection('articles').then((entries) => entries.map((e) => e.data).sort(compareNewestFirst));
  return cached;
}
