// Which results are surely in the phrase-or-person tier (run-search.ts), told from what is already at hand: their page
// data, or Pagefind's matched word positions. When every result on the first page surely is, the tier searches cannot
// change that page, and it is shown without waiting for them.
import type { PagefindFragment, PagefindResult } from './pagefind-api.ts';

/** How Pagefind compares words: lower case, accents off, đ kept (its normalizeDiacritics). */
function pagefindFold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const PLAIN_WORDS = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)+$/u;
const HAN = /\p{Script=Han}/u;
/** A letter or digit, or half of a character outside the BMP (counted as a letter: never a word boundary). */
const WORD_UNIT = /[\p{L}\p{N}\uD800-\uDFFF]/u;

/**
 * The query as the words to find in a row, when it is plain (letters and digits in at least two words, no Chinese,
 * no punctuation); anything else is left to Pagefind's own phrase search.
 */
export function plainPhrase(term: string): string | null {
  const folded = pagefindFold(term.trim().replace(/\s+/g, ' '));
  return PLAIN_WORDS.test(folded) && !HAN.test(folded) ? folded : null;
}

/**
 * True when the text has the phrase's words one after another with only a space between, as whole words. Pagefind's
 * quoted search finds every such page (it also finds some this misses: other spacing, punctuation between words).
 */
export function hasPhrase(content: string, phrase: string): boolean {
  const text = pagefindFold(content);
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!WORD_UNIT.test(before) && !WORD_UNIT.test(after)) return true;
  }
  return false;
}

/** False when Pagefind matched no two words next to each other on the page: its quoted search cannot find it. */
export function mayHoldPhrase(result: PagefindResult): boolean {
  const at = new Set(result.words);
  return result.words.some((w) => at.has(w + 1));
}

/** Surely in the tier: the page has the phrase (when there is one), or is tagged with a person the tier searches for. */
export function surelyStrong(fragment: PagefindFragment, phrase: string | null, people: readonly string[]): boolean {
  if (phrase !== null && hasPhrase(fragment.content, phrase)) return true;
  const tagged = fragment.filters.person ?? [];
  return people.some((slug) => tagged.includes(slug));
}
