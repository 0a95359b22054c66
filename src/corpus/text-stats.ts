// Word counts and summaries that treat CJK text sensibly (one ideograph counts as one word).

import { tableByCodePoint } from './code-point-table.ts';

// countWords counts what these two patterns would find: one word per CJK character, and one per match of
// /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu once the CJK characters are made spaces. A scan with a table is
// several times faster than the two regex passes (and the replace between them) on every paragraph.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_START = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{M}'’-]/u;

const SEPARATOR = 0;
const CJK = 1;
/** A letter or digit: starts a word, or continues one. */
const LETTER_OR_DIGIT = 2;
/** A mark, apostrophe or hyphen: continues a word, never starts one. */
const INNER_ONLY = 3;

const wordCharClass = tableByCodePoint((ch) => {
  if (CJK_CHAR.test(ch)) return CJK;
  if (WORD_START.test(ch)) return LETTER_OR_DIGIT;
  if (WORD_PART.test(ch)) return INNER_ONLY;
  return SEPARATOR;
});

/** Words of spaced scripts and CJK characters in one string (a CJK character also ends a word). */
export function measureText(text: string): { words: number; cjkChars: number } {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const cls = wordCharClass(codePoint);
    if (cls === CJK) {
      cjk++;
      inWord = false;
    } else if (cls === LETTER_OR_DIGIT) {
      if (!inWord) words++;
      inWord = true;
    } else if (cls === SEPARATOR) {
      inWord = false;
    }
    i += codePoint > 0xffff ? 2 : 1;
  }
  return { words, cjkChars: cjk };
}

/** Words in Latin-script text plus one per CJK character, the usual reading-time unit for Chinese. */
export function countWords(text: string): number {
  const { words, cjkChars } = measureText(text);
  return words + cjkChars;
}

/**
 * The text cut to at most `max` characters: after the last whole sentence when one ends past half-way,
 * else at a word boundary (or between CJK characters) with an ellipsis.
 */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  let sentenceEnd = -1;
  for (const m of head.matchAll(/[.!?。！？]["'”’)]*(?=\s|$)/gu)) sentenceEnd = m.index + m[0].length;
  if (sentenceEnd > max * 0.5 && sentenceEnd <= max) return text.slice(0, sentenceEnd);
  const space = head.lastIndexOf(' ');
  // Chinese has no spaces: cutting anywhere between characters is a word boundary good enough for a summary.
  let cut = space > max * 0.5 ? head.slice(0, space) : head.slice(0, max);
  // Never split a surrogate pair (emoji, rare CJK).
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

const SPACES_AND_PUNCTUATION = /[\s\p{P}\p{S}]+/gu;

/** A line as compared with another (a headline with its repeat, a caption with its copy): case, spacing and punctuation aside. */
export function foldForComparison(text: string): string {
  return text.toLocaleLowerCase().replace(SPACES_AND_PUNCTUATION, ' ').trim();
}
