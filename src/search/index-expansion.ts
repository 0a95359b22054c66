// The extra words an article is indexed under, kept out of its visible text: đ-free spellings, every alias of the people
// it mentions, and every spelling of the glossary's places and terms it uses (an article saying Bắc Kinh is found by
// `Beijing`, `Pékin` and `北京`; search ranks such matches below the query's own words: src/scripts/search/run-search.ts).
import type { GlossaryEntry } from '../corpus/glossary.ts';
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

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const wordCodePoints = new Map<number, boolean>();

/** Whether a code point is a letter, mark or number (the word characters below); remembered, so each is tested once. */
function isWordCodePoint(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  let known = wordCodePoints.get(code);
  if (known === undefined) wordCodePoints.set(code, (known = WORD_CHAR.test(String.fromCodePoint(code))));
  return known;
}

/** The code point that ends just before `end` (a surrogate pair counts as one). */
function codePointBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(end - 2)!;
  }
  return low;
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
    // The words (runs of letters, marks and numbers) around each đ, found from the đ outwards. The pattern
    // `[\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*` finds the same words in the same order, but retried its leading run from
    // every letter of every word without đ: 1.7 s of page generation at 10 000 articles.
    const nfc = text.normalize('NFC');
    let scanned = 0;
    for (let at = 0; at < nfc.length; at++) {
      const unit = nfc.charCodeAt(at);
      if (unit !== 0x111 && unit !== 0x110) continue;
      if (at < scanned) continue;
      let start = at;
      while (start > scanned) {
        const code = codePointBefore(nfc, start);
        if (!isWordCodePoint(code)) break;
        start -= code > 0xffff ? 2 : 1;
      }
      let end = at + 1;
      while (end < nfc.length) {
        const code = nfc.codePointAt(end)!;
        if (!isWordCodePoint(code)) break;
        end += code > 0xffff ? 2 : 1;
      }
      out.add(foldText(nfc.slice(start, end)));
      scanned = end;
    }
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

/** Every spelling of a glossary entry, đ-free forms added (Chinese ones stay whole: the index step spaces them). */
export function glossarySpellings(entry: GlossaryEntry): string[] {
  return entry.spellings.flatMap((s) => (/[đĐ]/.test(s) ? [s, foldText(s)] : [s]));
}

/** Finds the glossary entries an article's texts use. */
export type GlossaryMatcher = (texts: readonly string[]) => GlossaryEntry[];

/** The words to index an article under beyond its text, deduplicated, in a stable order. */
export function searchExpansion(article: ExpandableArticle, people: readonly Person[], glossaryIn: GlossaryMatcher): string[] {
  const bySlug = new Map(people.map((p) => [p.slug, p]));
  const texts = articleTexts(article);
  const words = [...dStrokeSpellings(texts)];
  for (const ref of article.people) {
    const person = bySlug.get(ref.slug);
    if (person) words.push(...personSpellings(person));
  }
  for (const entry of glossaryIn(texts)) words.push(...glossarySpellings(entry));
  return [...new Set(words)];
}
