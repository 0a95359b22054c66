// The extra words an article is indexed under, kept out of its visible text: đ-free spellings and every alias of the people it mentions.
import type { Person } from '../corpus/people.ts';
import type { PageArticle as Article } from '../content/page-article.ts';
import { foldText, isHan } from './fold.ts';

/** The parts of an article the expansion reads. */
export type ExpandableArticle = Pick<Article, 'title' | 'titleTranslation' | 'body' | 'people'>;

/** Every piece of reader-visible text of an article, in page order. */
export function articleTexts(article: ExpandableArticle): string[] {
  const texts = [article.title];
  if (article.titleTranslation) texts.push(article.titleTranslation.text);
  for (const block of article.body) {
    if (block.kind === 'figure') texts.push(block.caption ?? '', block.credit ?? '');
    else texts.push(block.text, block.translation?.text ?? '');
  }
  return texts.filter((t) => t !== '');
}

/**
 * Pagefind folds accents at index and query time, but `đ` has no decomposition, so `Dong` would never find `Đông`.
 * Each word containing đ/Đ is also indexed folded, once (`Biển Đông (DOC)` → `dong`). Only the folded word: its
 * neighbours folded too (for phrase searches) cost 0.5 GB more in the indexer at 10 000 articles, a new index word per
 * accented neighbour; the search page finds such phrases by trying đ for d instead (src/scripts/search/d-stroke.ts).
 */
export function dStrokeSpellings(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    // đ has no decomposition, so the test holds for NFD text too; most texts (all but Vietnamese) have none.
    if (!/[đĐ]/.test(text)) continue;
    for (const word of text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*/gu) ?? []) out.add(foldText(word));
  }
  return [...out];
}

/**
 * A Chinese name as the words a query may be cut into: the browser's word segmenter splits 苏林 into 苏|林 and 习近平 into 习|近平,
 * so every contiguous part is listed (a name has at most a handful of characters).
 */
export function hanParts(name: string): string[] {
  const chars = [...name];
  const parts: string[] = [];
  for (let length = chars.length; length >= 1; length--) {
    for (let start = 0; start + length <= chars.length; start++) parts.push(chars.slice(start, start + length).join(''));
  }
  return parts;
}

/** Every spelling of a person: display names in each language and the aliases, đ-free forms added, Chinese names in parts. */
export function personSpellings(person: Person): string[] {
  const out: string[] = [];
  for (const spelling of [...Object.values(person.names), ...person.aliases]) {
    if (!spelling) continue;
    if ([...spelling].every(isHan)) {
      out.push(...hanParts(spelling));
      continue;
    }
    out.push(spelling);
    if (/[đĐ]/.test(spelling)) out.push(foldText(spelling));
  }
  return out;
}

/** The words to index an article under beyond its text, deduplicated, in a stable order. */
export function searchExpansion(article: ExpandableArticle, people: readonly Person[]): string[] {
  const bySlug = new Map(people.map((p) => [p.slug, p]));
  const words = [...dStrokeSpellings(articleTexts(article))];
  for (const ref of article.people) {
    const person = bySlug.get(ref.slug);
    if (person) words.push(...personSpellings(person));
  }
  return [...new Set(words)];
}
