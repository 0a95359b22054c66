// What one article contributes to the search index besides its text: filter values and metadata. (The date order is
// the order pages reach the index in, src/indexing/index-order.ts, not a Pagefind sort.)
import type { PageArticle as Article } from '../content/page-article.ts';
import { partialDateToText } from '../corpus/partial-date-text.ts';
import { META_DATE, META_EXPANSION, META_LEAD, TITLE_LANG_FILTER } from './fields.ts';
import type { FilterKey } from './fields.ts';
import { spaceHanWords } from './han-words.ts';

export type IndexableArticle = Pick<Article, 'date' | 'languages' | 'titleLang' | 'topics' | 'people' | 'body' | 'searchAliases'>;

export interface SearchIndexFields {
  filters: [FilterKey | typeof TITLE_LANG_FILTER, string][];
  meta: [string, string][];
}

/** The first paragraph, with its translation when the article is bilingual: where a reader looks first. */
function leadText(article: Pick<Article, 'body'>): string | null {
  const first = article.body.find((b) => b.kind === 'paragraph');
  if (first?.kind !== 'paragraph') return null;
  return first.translation ? `${first.text} ${first.translation.text}` : first.text;
}

/** Reads only what the loader stored: the search aliases are worked out once per article there, not on every render. */
export function searchIndexFields(article: IndexableArticle): SearchIndexFields {
  const filters: SearchIndexFields['filters'] = [
    ...article.topics.map((t): [FilterKey, string] => ['topic', t.slug]),
    ...article.languages.map((code): [FilterKey, string] => ['lang', code]),
    ...article.people.map((p): [FilterKey, string] => ['person', p.slug]),
  ];
  if (article.date.year !== null) filters.push(['year', String(article.date.year)]);
  filters.push([TITLE_LANG_FILTER, article.titleLang]);

  const meta: [string, string][] = [];
  const datetime = partialDateToText(article.date);
  if (datetime) meta.push([META_DATE, datetime]);
  if (article.searchAliases.length > 0) meta.push([META_EXPANSION, article.searchAliases.join(' ')]);
  // Attribute values are not spaced by the index step (page-for-index.ts spaces text between tags): Chinese is spaced
  // here, so the lead's Chinese is cut into the words a query is cut into.
  const lead = leadText(article);
  if (lead) meta.push([META_LEAD, spaceHanWords(lead)]);

  return { filters, meta };
}
