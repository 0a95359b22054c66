// The order the article pages are handed to the index in: newest first, as the site lists articles (src/site/articles.ts).
// Pagefind numbers pages in the order they arrive and returns the pages of a search without scores (a quoted search,
// or filters alone) in that order, so the search page gets "newest first" from the index itself: no date table to
// fetch, and the order within each ranking tier (src/scripts/search/run-search.ts) costs nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partialDateOrUnknown } from '../corpus/partial-date-text.ts';
import { META_DATE } from '../search/fields.ts';
import type { PartialDate } from '../corpus/types.ts';
import { compareDateKeys } from '../site/date-labels.ts';

interface DatedPage {
  slug: string;
  date: PartialDate;
}

/** The site's own order (compareDateKeys): the index lists a tier as the site lists articles. */
export function newestFirst(pages: readonly DatedPage[]): string[] {
  return [...pages].sort((a, b) => compareDateKeys(a.date, a.slug, b.date, b.slug)).map((p) => p.slug);
}

/** The `datetime` value an article page gives the index as its date metadata (SearchIndexData.astro), if any. */
const DATE_META = new RegExp(`data-pagefind-meta="${META_DATE}:([^"]*)"`);

export function indexedDate(html: string): string | undefined {
  return DATE_META.exec(html)?.[1];
}

/** The slugs of the article pages under `articlesDir`, newest first. */
export function slugsNewestFirst(articlesDir: string, slugs: readonly string[]): string[] {
  return newestFirst(
    slugs.map((slug) => ({
      slug,
      date: partialDateOrUnknown(indexedDate(readFileSync(join(articlesDir, slug, 'index.html'), 'utf8'))),
    })),
  );
}
