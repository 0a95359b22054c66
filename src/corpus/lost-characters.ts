// Spot apostrophes lost in copying (`Vietnams General…`, `the two countriesrelationship`) so an editor can fix them; the text is never changed.

import { tableByCodePoint } from './code-point-table.ts';

export interface LostApostrophe {
  line: number;
  word: string;
  /** What the word probably was. */
  suggestion: string;
}

// Plurals of demonyms and agent nouns ("Americans", "Socialists", "Leaders") are real words, not lost possessives.
const PLURAL_STEM_ENDINGS = /(?:an|ist|er|or|ese|ian|ic)$/;
const GLUED_MIN_LENGTH = 12;
const PART_MIN_LENGTH = 4;

/**
 * Look at English paragraphs only: the corpus loses the curly ’ of English possessives.
 * `vocabulary` is every word of the article, so a suspect is only flagged when its parts stand alone elsewhere.
 */
export function findLostApostrophes(paragraphs: readonly { text: string; line: number }[]): LostApostrophe[] {
  // Every distinct word with the line it first appears on; its keys are the vocabulary.
  const firstLine = new Map<string, number>();
  for (const p of paragraphs) {
    for (const word of lettersRuns(p.text)) if (!firstLine.has(word)) firstLine.set(word, p.line);
  }
  // A verdict depends only on the word and the vocabulary, so each distinct word is judged once, at its first use.
  const found: LostApostrophe[] = [];
  for (const [word, line] of firstLine) {
    const suggestion = lostPossessive(word, firstLine) ?? gluedPossessive(word, firstLine);
    if (suggestion) found.push({ line, word, suggestion });
  }
  return found;
}

// A table lookup per character: matching /\p{L}+/gu over every English paragraph was most of this check's time.
const isLetter = tableByCodePoint((ch) => (/\p{L}/u.test(ch) ? 1 : 0));

/** The runs of letters in `text` (what /\p{L}+/gu matches). */
function lettersRuns(text: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (isLetter(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs;
}

/** The words of the article, to look a word up in. */
type Vocabulary = { has(word: string): boolean };

/** `Vietnams` where `Vietnam` stands alone in the same article. */
function lostPossessive(word: string, vocabulary: Vocabulary): string | null {
  if (word.length < 4 || !word.endsWith('s') || !/^\p{Lu}/u.test(word)) return null;
  const stem = word.slice(0, -1);
  if (stem.endsWith('s') || PLURAL_STEM_ENDINGS.test(stem) || !vocabulary.has(stem)) return null;
  return `${stem}’s`;
}

/** `countriesrelationship` where `countries` and `relationship` stand alone in the same article. */
function gluedPossessive(word: string, vocabulary: Vocabulary): string | null {
  if (word.length < GLUED_MIN_LENGTH || /\p{Lu}/u.test(word.slice(1))) return null;
  for (let cut = PART_MIN_LENGTH; cut <= word.length - PART_MIN_LENGTH; cut++) {
    const left = word.slice(0, cut);
    const right = word.slice(cut);
    // An unknown right part is only trusted when both parts are long: short prefixes (`class…`) glue into real words.
    if (left.endsWith('s') && vocabulary.has(left) && (vocabulary.has(right) || (left.length >= 6 && right.length >= 6))) {
      return `${left}’ ${right}`;
    }
  }
  return null;
}
