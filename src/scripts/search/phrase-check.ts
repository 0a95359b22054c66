// Whether a text holds a query's words in a row, compared the way search compares them: case, accents and đ folded,
// whole words only, and Chinese compared without the spaces the index puts between its words.
import { foldText } from '../../corpus/text-fold.ts';
import { joinHanWords } from '../../search/han-words.ts';

const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;
const HAN = /\p{Script=Han}/u;

function normalise(text: string): string {
  return foldText(joinHanWords(text)).replace(/\s+/g, ' ');
}

/** True when `text` has `words` (the query's, in order) one after another, as whole words (Chinese: as a substring). */
export function containsPhrase(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const haystack = normalise(text);
  const needle = normalise(words.join(' '));
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    const edgeOk = (edge: string, inner: string | undefined): boolean => !WORD_UNIT.test(edge) || HAN.test(inner ?? '') || HAN.test(edge);
    if (edgeOk(before, needle[0]) && edgeOk(after, needle[needle.length - 1])) return true;
  }
  return false;
}

/** True when the text, folded, is the query's words and nothing else: a title equal to the query. */
export function sameWords(text: string, words: readonly string[]): boolean {
  const folded = (s: string): string =>
    normalise(s)
      .match(/[\p{L}\p{N}]+/gu)
      ?.join(' ') ?? '';
  const query = folded(words.join(' '));
  return query !== '' && folded(text) === query;
}
