// Detects the language (en, vi, fr, zh or und) of one paragraph, headline or caption.
import { eld } from 'eld/small';
import { tableByCodePoint } from './code-point-table.ts';
import type { LanguageCode } from './types.ts';

/** A detected language and how strongly the evidence favoured it (0 = none, 1 = decisive; not a probability). */
export interface LanguageGuess {
  lang: LanguageCode;
  confidence: number;
}

// eld won the measurement recorded in tests/unit/language.test.ts; `small` scored as well as `medium` and
// `large` with a third of large's memory (~50 MB). Own instance, so no other user's subset can leak into ours.
const model = eld.newInstance();
model.setLanguageSubset(['en', 'vi', 'fr']);

// The start of a paragraph says what language it is in; scanning further only costs time on huge inputs.
const MAX_CHARS = 2000;
// Fewer Latin letters than this ("5G", "AI", "(0)") carry no language.
const MIN_LATIN_LETTERS = 4;
// One Han character carries about as much as a short Latin word, so Latin letters are weighed at a quarter.
const LATIN_LETTERS_PER_HAN = 4;
// Vietnamese prose has these letters in over 40% of its words (seed minimum 0.43); English or French text
// quoting Vietnamese names stays under 30%, so a few names never flip a sentence to vi.
const VI_WORD_SHARE = 0.3;
// ...and names are capitalised: if the lowercase words are not Vietnamese, the Vietnamese words are names.
const VI_LOWERCASE_SHARE = 0.2;

// English or French told from their function words, without the model, when they leave no doubt (functionWordGuess).
// Each word is a function word of one of the two only. Vietnamese written without accents has some of them ("the" for
// thể) but not three making 15% of its words, and its commonest such words are left out ("to", "in", "be", "la", "de",
// "an"); they count only in lowercase, which keeps out names such as Le Hoai Trung.
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'is',
  'was',
  'were',
  'with',
  'that',
  'which',
  'from',
  'by',
  'this',
  'have',
  'has',
  'had',
  'their',
  'for',
  'are',
  'its',
  'will',
  'would',
  'said',
  'been',
  'after',
  'between',
]);
const FRENCH_FUNCTION_WORDS = new Set([
  'le',
  'les',
  'des',
  'du',
  'est',
  'et',
  'une',
  'dans',
  'pour',
  'qui',
  'que',
  'sur',
  'avec',
  'aux',
  'ces',
  'cette',
  'sont',
  'ont',
  'pas',
  'par',
  'au',
  'il',
  'elle',
  'ils',
  'entre',
  'deux',
  'selon',
]);
const MIN_FUNCTION_WORDS = 3;
const FUNCTION_WORD_SHARE = 0.15;
// Letters of French words that English words do not have: with one of them, English is left to the model.
const FRENCH_LETTER = /[éèêëàâçîïôûùüÿœæÉÈÊËÀÂÇÎÏÔÛÙÜŒÆ]/u;

// Letters written only in Vietnamese among our languages (ê, ô, â, à, é… are shared with French).
const VI_ONLY_LETTER = /[đĐăĂơƠưƯĩĨũŨ\u1EA0-\u1EF9]/u;
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;
// Addresses are made of words that belong to no language ("trung-quoc-luon-coi-trong", "thanhnien.vn").
const ADDRESS = /\b(?:https?:\/\/|www\.)\S*|\S+@\S+\.\w+|\b[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|cn|fr|com|net|org|gov|edu|info)\b\S*/giu;
// A cheap test first: the full pattern is slow on every paragraph, and most paragraphs hold no address at all.
const MAY_HOLD_ADDRESS = /https?:|www\.|@|\.(?:vn|cn|fr|com|net|org|gov|edu|info)\b/i;

/** Detect the language of one paragraph, headline or caption. */
export function detectLanguage(text: string): LanguageCode {
  return rememberedGuess(text).lang;
}

// Captions, credits and wire paragraphs recur across a corpus, and a guess depends only on the text.
// The cap only bounds memory on odd input; the keys are texts the articles keep anyway.
const GUESS_CACHE_MAX = 100_000;
const guessCache = new Map<string, LanguageGuess>();

/** Like `detectLanguage`, with how strongly the evidence pointed there (low for short or mixed text). */
export function detectLanguageWithScore(text: string): LanguageGuess {
  // A copy, so a caller that changes its result cannot change the cache.
  return { ...rememberedGuess(text) };
}

function rememberedGuess(text: string): Readonly<LanguageGuess> {
  let guess = guessCache.get(text);
  if (!guess) {
    guess = guessLanguage(text);
    if (guessCache.size >= GUESS_CACHE_MAX) guessCache.clear();
    guessCache.set(text, guess);
  }
  return guess;
}

function guessLanguage(text: string): LanguageGuess {
  // Decomposed (NFD) input is up to three code units per letter: cut wide, compose, then cut to size.
  const clipped = text
    .slice(0, MAX_CHARS * 3)
    .normalize('NFC')
    .slice(0, MAX_CHARS);
  const sample = MAY_HOLD_ADDRESS.test(clipped) ? clipped.replace(ADDRESS, ' ') : clipped;

  const { han, latin, other } = countLetters(sample);
  const latinWeight = latin / LATIN_LETTERS_PER_HAN;
  // Kana, Hangul, Cyrillic… are languages we do not label; Japanese also uses Han, so kana must outvote it.
  if (other > han && other > latinWeight) return undetermined();
  if (han > latinWeight) return { lang: 'zh', confidence: round(han / (han + latinWeight + other)) };
  if (latin < MIN_LATIN_LETTERS) return undetermined();

  const { words, viWords, lowercase, viLowercase, otherWords } = readLatinWords(sample);
  const viShare = viWords / words;
  if (viShare >= VI_WORD_SHARE && (lowercase < 2 || viLowercase / lowercase >= VI_LOWERCASE_SHARE)) {
    return { lang: 'vi', confidence: round(Math.min(1, viShare * 2)) };
  }

  const told = functionWordGuess(otherWords);
  if (told) return told;

  // Vietnamese-lettered words in text that is not Vietnamese are names; hidden, they cannot sway the model.
  // The model still sees unaccented Vietnamese ("Viet Nam va Trung Quoc") and can call it vi.
  const result = model.detect(otherWords.join(' '));
  const lang = result.language;
  if (lang !== 'en' && lang !== 'vi' && lang !== 'fr') return undetermined();
  const scores = Object.values(result.getScores()).sort((a, b) => b - a);
  const best = scores[0] ?? 0;
  const second = scores[1] ?? 0;
  return { lang, confidence: best > 0 ? round((best - second) / best) : 0 };
}

/**
 * English or French when the words (those without a Vietnamese-only letter) hold at least three function words of
 * one of them, none of the other's, and they make 15% of the words; English also needs no French letter. The
 * model is over a third of the parser's time, and on every text of the seeds, the fixtures and the 10 000-article
 * benchmark corpus where this answers (two thirds of the 35 000 the model would be asked), it answers as the model
 * does. Confidence as for Vietnamese: min(1, 4 × the share of function words).
 */
function functionWordGuess(words: readonly string[]): LanguageGuess | null {
  let english = 0;
  let french = 0;
  let frenchLetters = false;
  for (const word of words) {
    if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
    else if (FRENCH_FUNCTION_WORDS.has(word)) french++;
    else if (!frenchLetters && FRENCH_LETTER.test(word)) frenchLetters = true;
  }
  const enough = (count: number): boolean => count >= MIN_FUNCTION_WORDS && count >= words.length * FUNCTION_WORD_SHARE;
  const confidence = (count: number): number => round(Math.min(1, (4 * count) / words.length));
  if (enough(english) && french === 0 && !frenchLetters) return { lang: 'en', confidence: confidence(english) };
  if (enough(french) && english === 0) return { lang: 'fr', confidence: confidence(french) };
  return null;
}

const NOT_A_LETTER = 0;
const HAN_CHAR = 1;
const LATIN_LETTER = 2;
const OTHER_LETTER = 3;
// Three Unicode-property tests per character would be a large part of detection time.
const letterClass = tableByCodePoint((ch) => {
  if (HAN.test(ch)) return HAN_CHAR;
  if (LATIN.test(ch)) return LATIN_LETTER;
  if (LETTER.test(ch)) return OTHER_LETTER;
  return NOT_A_LETTER;
});

/** Han characters, Latin letters and letters of any other script, per code point. */
function countLetters(sample: string): { han: number; latin: number; other: number } {
  let han = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < sample.length; ) {
    const cp = sample.codePointAt(i)!;
    const cls = letterClass(cp);
    if (cls === HAN_CHAR) han++;
    else if (cls === LATIN_LETTER) latin++;
    else if (cls === OTHER_LETTER) other++;
    i += cp > 0xffff ? 2 : 1;
  }
  return { han, latin, other };
}

// Flags of a Latin letter, per code point: a word is a run of them (what /\p{Script=Latin}+/gu matches).
const LATIN_CHAR = 1;
const VI_ONLY_CHAR = 2;
const LOWERCASE_CHAR = 4;
// One table lookup per character instead of a regex over the sample and two more per word.
const latinFlags = tableByCodePoint((ch) => {
  if (!LATIN.test(ch)) return 0;
  return LATIN_CHAR | (VI_ONLY_LETTER.test(ch) ? VI_ONLY_CHAR : 0) | (LOWERCASE.test(ch) ? LOWERCASE_CHAR : 0);
});

/** The sample's Latin-script words: how many, how many hold a Vietnamese-only letter, how many start lowercase, and the others' text. */
interface LatinWords {
  words: number;
  viWords: number;
  lowercase: number;
  viLowercase: number;
  /** The words without a Vietnamese-only letter, in order. */
  otherWords: string[];
}

function readLatinWords(sample: string): LatinWords {
  const found: LatinWords = { words: 0, viWords: 0, lowercase: 0, viLowercase: 0, otherWords: [] };
  let start = -1;
  let vi = false;
  let lowerFirst = false;
  const endWord = (end: number): void => {
    found.words++;
    if (vi) found.viWords++;
    else found.otherWords.push(sample.slice(start, end));
    if (lowerFirst) {
      found.lowercase++;
      if (vi) found.viLowercase++;
    }
    start = -1;
  };
  for (let i = 0; i < sample.length; ) {
    const cp = sample.codePointAt(i)!;
    const flags = latinFlags(cp);
    if (flags & LATIN_CHAR) {
      if (start < 0) {
        start = i;
        vi = false;
        lowerFirst = (flags & LOWERCASE_CHAR) !== 0;
      }
      if (flags & VI_ONLY_CHAR) vi = true;
    } else if (start >= 0) endWord(i);
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) endWord(sample.length);
  return found;
}

function undetermined(): LanguageGuess {
  return { lang: 'und', confidence: 0 };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
