// A reader's query as the words the index is searched for: Chinese cut into words as the index step cut the pages'
// Chinese, everything else split at whatever is not a letter, mark or digit, lower case. Accents stay: the index folds
// them itself (and keeps đ, which the searches try both ways: d-stroke.ts).
import { pagefindQuery } from './query.ts';

const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;

export function queryWords(query: string): string[] {
  return pagefindQuery(query)
    .split(NOT_WORD)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

/** True when the reader is still typing the last word: no space or punctuation after it. */
export function lastWordOpen(query: string): boolean {
  return /[\p{L}\p{M}\p{N}]$/u.test(query.normalize('NFC'));
}
