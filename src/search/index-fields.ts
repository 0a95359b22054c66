// What one article contributes to the search index besides its text: filter values and metadata. (The date order is
// written beside the index, src/build/newest-first.ts, not as a Pagefind sort.)
import type { Person } from '../corpus/people.ts';
import type { PageArticle as Article } from '../content/page-article.ts';
import { datetimeAttribute } from '../site/dates.ts';
import { META_DATE, META_EXPANSION, TITLE_LANG_FILTER } from './fields.ts';
import type { FilterKey } from './fields.ts';
import { searchExpansion, type ExpandableArticle } from './index-expansion.ts';

export type IndexableArticle = ExpandableArticle & Pick<Article, 'date' | 'languages' | 'titleLang' | 'topics'>;

export interface SearchIndexFields {
  filters: [FilterKey | typeof TITLE_LANG_FILTER, string][];
  meta: [string, string][];
}

export function searchIndexFields(article: IndexableArticle, people: readonly Person[]): SearchIndexFields {
  const filters: SearchIndexFields['filters'] = [
    ...article.topics.map((t): [FilterKey, string] => ['topic', t.slug]),
    ...article.languages.map((code): [FilterKey, string] => ['lang', code]),
    ...article.people.map((p): [FilterKey, string] => ['person', p.slug]),
  ];
  if (article.date.year !== null) filters.push(['year', String(article.date.year)]);
  filters.push([TITLE_LANG_FILTER, article.titleLang]);

  const meta: [string, string][] = [];
  const datetime = datetimeAttribute(article.date);
  if (datetime) meta.push([META_DATE, datetime]);
  const expansion = searchExpansion(article, people);
  if (expansion.length > 0) meta.push([META_EXPANSION, expansion.join(' ')]);

  return { filters, meta };
}
