// "Did you mean": when a query word matches nothing, the nearest words of the index, from the vocabulary the index step
// writes beside it (src/indexing/vocabulary.ts). That file is fetched the first time a suggestion is needed, never for a
// search whose words the index holds.
import { VOCABULARY_FILE, type VocabularyFile } from '../../search/vocabulary-file.ts';
import { boundedEditDistance } from '../../search/edit-distance.ts';
import { foldText } from '../../corpus/text-fold.ts';
import { foldedTerms } from '../../search/fold.ts';
import { keepUnlessFailed } from './keep-unless-failed.ts';

/** The vocabulary as the page searches it. */
export interface Vocabulary {
  /** The words folded (foldText): what a query word is compared with. */
  readonly words: readonly string[];
  /** Each word as the articles write it, what a suggestion shows. */
  readonly displays: readonly string[];
  /** How many indexed pages hold each word. */
  readonly pages: readonly number[];
  /** The indexes of the words of each length (UTF-16 units), so a word is compared only with words of a length in reach. */
  readonly byLength: readonly (readonly number[] | undefined)[];
}

/** Already folded: most English words, so their folding is skipped. */
const PLAIN = /^[a-z0-9]+$/;

export function vocabularyFromFile(file: VocabularyFile): Vocabulary {
  if (!Array.isArray(file.words) || !Array.isArray(file.pages) || file.words.length !== file.pages.length) {
    throw new Error(`${VOCABULARY_FILE}: expected as many page counts as words`);
  }
  const words = file.words.map((w) => (PLAIN.test(w) ? w : foldText(w)));
  const byLength: number[][] = [];
  words.forEach((word, index) => {
    const sameLength = byLength[word.length];
    if (sameLength) sameLength.push(index);
    else byLength[word.length] = [index];
  });
  return { words, displays: file.words, pages: file.pages, byLength };
}

/** The bundle's vocabulary, fetched once; a failed fetch (offline) is tried again at the next call. */
export const loadVocabulary = keepUnlessFailed(async (bundleUrl: string): Promise<Vocabulary> => {
  const response = await fetch(`${bundleUrl}${VOCABULARY_FILE}`);
  if (!response.ok) throw new Error(`${VOCABULARY_FILE}: HTTP ${response.status}`);
  return vocabularyFromFile((await response.json()) as VocabularyFile);
});

/**
 * The most edits a suggestion may be away from a word of `length` letters. A short word is one or two slips from many
 * others (`bin`: `binh`, `bien`, `ban`, `tin`), so it gets fewer; a long one keeps its shape through several.
 */
export function maxEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

const HAN = /\p{Script=Han}/u;

/**
 * The vocabulary word nearest to `word` (any case and accents), as its index, or undefined when none is within
 * maxEdits; never the word itself. Fewest edits first, then the word on more pages (the likelier meant), then the first
 * in code-unit order, so the answer never depends on the file's order. Pages never outweigh an edit: within the few
 * edits allowed, one is a large difference for the short words where common words crowd, and a frequency bonus large
 * enough to cross it would let `the` or `và` win over the rarer word meant.
 */
export function nearestWord(word: string, vocabulary: Vocabulary): number | undefined {
  const folded = foldText(word);
  // Chinese is not in the vocabulary: typed through an input method that offers whole words, it has no letter slips.
  if (folded.length === 0 || HAN.test(folded)) return undefined;
  const { words, byLength } = vocabulary;
  let best: number | undefined;
  let bestDistance = Infinity;
  let limit = maxEdits(folded.length);
  for (let length = Math.max(1, folded.length - limit); length <= folded.length + limit; length++) {
    // The limit comes down to the nearest distance found, so lengths now out of reach are skipped whole.
    if (Math.abs(length - folded.length) > limit) continue;
    for (const index of byLength[length] ?? []) {
      const distance = boundedEditDistance(folded, words[index]!, limit);
      if (distance === 0 || distance > limit) continue;
      if (distance < bestDistance || isMoreLikely(vocabulary, index, best!)) {
        best = index;
        bestDistance = limit = distance;
      }
    }
  }
  return best;
}

/** Between two words as near: the one on more pages, then the first in code-unit order. */
function isMoreLikely(vocabulary: Vocabulary, index: number, than: number): boolean {
  const difference = vocabulary.pages[index]! - vocabulary.pages[than]!;
  if (difference !== 0) return difference > 0;
  return vocabulary.words[index]! < vocabulary.words[than]!;
}

/** One word of the query, where it stands in the query's text. */
interface QueryWord {
  start: number;
  end: number;
  folded: string;
  /** Whether the index holds no page with it. */
  unknown: boolean;
}

/** A known multi-word spelling, folded into words. */
interface Phrase {
  written: string;
  words: string[];
}

const QUERY_WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The edits from the query's words at `at` to `phrase`, or undefined when it does not fit there: every known word
 * must be the phrase's word exactly, every unknown one within maxEdits of it (and not it: the index has no such word),
 * and one word at least must be unknown, so a phrase the reader typed rightly is never rewritten.
 */
function phraseEdits(words: readonly QueryWord[], at: number, phrase: Phrase): number | undefined {
  if (at + phrase.words.length > words.length) return undefined;
  let edits = 0;
  let unknown = false;
  for (let k = 0; k < phrase.words.length; k++) {
    const word = words[at + k]!;
    const expected = phrase.words[k]!;
    if (!word.unknown) {
      if (word.folded !== expected) return undefined;
      continue;
    }
    const bound = maxEdits(word.folded.length);
    const distance = boundedEditDistance(word.folded, expected, bound);
    if (distance === 0 || distance > bound) return undefined;
    edits += distance;
    unknown = true;
  }
  return unknown ? edits : undefined;
}

/** The phrase the query's words at `at` come nearest to: fewest edits, then the longest, then the first listed. */
function nearestPhrase(words: readonly QueryWord[], at: number, phrases: readonly Phrase[]): Phrase | undefined {
  let best: Phrase | undefined;
  let bestEdits = Infinity;
  for (const phrase of phrases) {
    const edits = phraseEdits(words, at, phrase);
    if (edits === undefined) continue;
    if (edits < bestEdits || (edits === bestEdits && phrase.words.length > best!.words.length)) {
      best = phrase;
      bestEdits = edits;
    }
  }
  return best;
}

/**
 * The query as the reader probably meant it, or null when no word that matched nothing has a near word in the index.
 * `unknown` are the query's words that matched nothing (folded or not); `phrases` are names the site knows in several
 * words (people, places: `Tập Cận Bình`, `South China Sea`).
 *
 * A known name first: where the query's words spell one of `phrases`, each known word exactly and each misspelt one
 * within maxEdits, the name replaces them as written (`Tap Can Bin` → `Tập Cận Bình`). Chosen word by word, `bin`
 * would become the word one edit away on the most pages, in Vietnamese text `tin` or `biển` far more often than
 * `bình`. Elsewhere each misspelt word becomes its nearestWord as the articles write it; the words the index holds
 * stay as the reader typed them.
 */
export function suggestQuery(query: string, unknown: readonly string[], vocabulary: Vocabulary, phrases: readonly string[]): string | null {
  const text = query.normalize('NFC');
  // A word the index holds is spelt right, whatever a filter left of its articles: it is never "corrected".
  const indexed = new Set(vocabulary.words);
  const misspelt = new Set(unknown.map(foldText).filter((w) => !indexed.has(w)));
  const words: QueryWord[] = [...text.matchAll(QUERY_WORD)].map((m) => {
    const folded = foldText(m[0]);
    return { start: m.index, end: m.index + m[0].length, folded, unknown: misspelt.has(folded) };
  });
  if (!words.some((w) => w.unknown)) return null;
  const known = phrases
    .map((written) => ({ written: written.normalize('NFC'), words: foldedTerms(written) }))
    .filter((p) => p.words.length > 0);
  let suggestion = '';
  let copiedTo = 0;
  let changed = false;
  const replace = (start: number, end: number, by: string): void => {
    suggestion += text.slice(copiedTo, start) + by;
    copiedTo = end;
    changed = true;
  };
  for (let at = 0; at < words.length; ) {
    const phrase = nearestPhrase(words, at, known);
    if (phrase) {
      const last = words[at + phrase.words.length - 1]!;
      replace(words[at]!.start, last.end, phrase.written);
      at += phrase.words.length;
      continue;
    }
    const word = words[at]!;
    const nearest = word.unknown ? nearestWord(word.folded, vocabulary) : undefined;
    if (nearest !== undefined) replace(word.start, word.end, vocabulary.displays[nearest]!);
    at++;
  }
  return changed ? suggestion + text.slice(copiedTo) : null;
}
