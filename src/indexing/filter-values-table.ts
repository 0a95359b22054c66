// Each indexed page's filter values, by its position in the index, so the search page counts filter choices itself:
// Pagefind counts every value of every loaded filter inside each search, which at 10 000 articles makes every search
// after the first take seconds once all filter chunks are loaded for the counts. The values are the ones the article
// page gives the index (src/search/index-fields.ts), read from the article list.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { partialDateOrUnknown } from '../corpus/partial-date-text.ts';
import { FILTER_KEYS, type FilterKey } from '../search/fields.ts';
import { FILTER_VALUES_FILE, type FilterColumn, type FilterValues } from '../search/filter-values-file.ts';
import type { IndexedArticle } from './index-order.ts';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An article's values of one filter, as its page gives them to the index. */
function valuesOf(article: IndexedArticle, key: FilterKey): string[] {
  switch (key) {
    case 'topic':
      return article.topics.map((t) => t.slug);
    case 'lang':
      return article.languages;
    case 'person':
      return article.people.map((p) => p.slug);
    case 'year': {
      const year = partialDateOrUnknown(article.datePartial ?? undefined).year;
      return year === null ? [] : [String(year)];
    }
  }
}

/** `articles` in index order; each filter's values sorted, each page's indexes ascending: the same pages give the same bytes. */
export function filterValues(articles: readonly IndexedArticle[]): FilterValues {
  const filters = {} as FilterValues['filters'];
  for (const key of FILTER_KEYS) {
    const perPage = articles.map((a) => valuesOf(a, key));
    const values = [...new Set(perPage.flat())].sort(byCodeUnits);
    const index = new Map(values.map((v, i) => [v, i]));
    const column: FilterColumn = { values, pages: perPage.map((own) => [...new Set(own.map((v) => index.get(v)!))].sort((a, b) => a - b)) };
    filters[key] = column;
  }
  return { filters };
}

/** Writes FILTER_VALUES_FILE into the bundle, for `articles` in index order. */
export function writeFilterValues(bundleDir: string, articles: readonly IndexedArticle[]): void {
  writeFileSync(join(bundleDir, FILTER_VALUES_FILE), JSON.stringify(filterValues(articles)));
}
