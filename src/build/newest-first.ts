// The indexed articles newest first, as Pagefind result ids, for the search page's sort by date. Pagefind's own sort
// would sit in the metadata every first search loads (25 KB at 10 000 articles); this file is fetched only when a reader
// sorts by date or lists by filters alone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { partialDateFromDatetime } from '../search/date-meta.ts';
import { META_DATE } from '../search/fields.ts';
import { dateSortKey } from '../site/dates.ts';
import { readFragments, type IndexedFragment } from './index-fragments.ts';

export const NEWEST_FIRST_FILE = 'newest-first.json';

interface IndexedPage {
  id: string;
  url: string;
  sortKey: string;
}

/** Newest first as the site lists articles (src/site/articles.ts): by date key, then by URL. */
export function newestFirst(pages: readonly IndexedPage[]): string[] {
  return [...pages]
    .sort((a, b) => (a.sortKey !== b.sortKey ? (a.sortKey < b.sortKey ? 1 : -1) : a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((p) => p.id);
}

/** Writes NEWEST_FIRST_FILE beside the bundle's fragments (one per indexed page). */
export function writeNewestFirst(bundleDir: string, fragments: readonly IndexedFragment[] = readFragments(bundleDir)): void {
  const pages = fragments.map((f) => ({ id: f.id, url: f.url, sortKey: dateSortKey(partialDateFromDatetime(f.meta[META_DATE])) }));
  writeFileSync(join(bundleDir, NEWEST_FIRST_FILE), JSON.stringify(newestFirst(pages)));
}
