// The extra words an article is indexed under, kept out of its visible text: one for each person it mentions and each
// place or term of the glossary it uses (name-token.ts), through which an article saying Bắc Kinh is found by
// `Beijing`, `Pékin` and `北京`; search ranks such matches below the query's own words (src/scripts/search/run-search.ts).
// A query typed without đ finds Đông by trying đ for a word-initial d (src/scripts/search/d-stroke.ts).
import type { GlossaryEntry } from '../corpus/glossary-matching.ts';
import type { PageArticle as Article } from '../content/page-article.ts';
import { nameToken } from './name-token.ts';

/** The parts of an article the expansion reads. */
export type ExpandableArticle = Pick<Article, 'title' | 'titleTranslation' | 'body' | 'people'>;

/** Every piece of reader-visible text of an article, in page order. */
function articleTexts(article: ExpandableArticle): string[] {
  const texts = [article.title];
  if (article.titleTranslation) texts.push(article.titleTranslation.text);
  for (const block of article.body) {
    if (block.kind === 'figure') texts.push(block.caption ?? '', block.credit ?? '');
    else texts.push(block.text, block.translation?.text ?? '');
  }
  return texts.filter((t) => t !== '');
}

/** The words to index an article under beyond its text, deduplicated, in a stable order. */
export function searchExpansion(article: ExpandableArticle, glossaryIn: GlossaryMatcher): string[] {
  const texts = articleTexts(article);
  const words: string[] = [];
  for (const ref of article.people) words.push(nameToken('person', ref.slug));
  for (const entry of glossaryIn(texts)) words.push(nameToken('glossary', entry.slug));
  return [...new Set(words)];
}

/** Finds the glossary entries an article's texts use. */
export type GlossaryMatcher = (texts: readonly string[]) => GlossaryEntry[];
