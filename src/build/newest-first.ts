// The indexed articles newest first, as Pagefind result ids, for the search page's sort by date. Pagefind's own sort
// would sit in the metadata every first search loads (25 KB at 10 000 articles); this file is fetched only when a reader
// sorts by date or lists by filters alone.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { partialDateFromDatetime } from '../search/date-meta.ts';
import { META_DATE } from '../search/fields.ts';
import { dateSortKey } from '../site/dates.ts';

export const NEWEST_FIRST_FILE = 'newest-first.json';

/** Pagefind's compressed files start, once gunzipped, with this signature. */
const SIGNATURE = 'pagefind_dcd';

interface IndexedPage {
  id: string;
  url: string;
  sortKey: string;
}

function readFragment(path: string): { url: string; meta: Record<string, string | undefined> } {
  const bytes = gunzipSync(readFileSync(path));
  const text = bytes.toString('utf8');
  return JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as { url: string; meta: Record<string, string | undefined> };
}

/** Newest first as the site lists articles (src/site/articles.ts): by date key, then by URL. */
export function newestFirst(pages: readonly IndexedPage[]): string[] {
  return [...pages]
    .sort((a, b) => (a.sortKey !== b.sortKey ? (a.sortKey < b.sortKey ? 1 : -1) : a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((p) => p.id);
}

/** Reads the bundle's fragments (one per indexed page) and writes NEWEST_FIRST_FILE beside them. */
export function writeNewestFirst(bundleDir: string): void {
  const fragmentDir = join(bundleDir, 'fragment');
  const pages = readdirSync(fragmentDir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((file) => {
      const fragment = readFragment(join(fragmentDir, file));
      return { id: file.slice(0, -'.pf_fragment'.length), url: fragment.url, sortKey: dateSortKey(partialDateFromDatetime(fragment.meta[META_DATE])) };
    });
  writeFileSync(join(bundleDir, NEWEST_FIRST_FILE), JSON.stringify(newestFirst(pages)));
}
