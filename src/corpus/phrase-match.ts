// Find keyword-like phrases in text: tokenize once, then look every phrase up in a trie, tolerant of case, diacritics and spacing.

import { foldText } from './text-fold.ts';

// ---------------------------------------------------------------------------
// Tokens
//
// Text is cut into tokens once per article; every phrase (topic keyword, person alias) is
// then looked up token by token in a trie. Words of Latin (and other spaced) scripts are tokens;
// each Han character is a token of its own, which gives Chinese keywords plain
// substring semantics without a second matching algorithm.
// Whatever joins two words in print is a separator between tokens: spaces (no-break ones
// too), hyphens and dashes, apostrophes, and the underscores some publishers put inside
// names ("Phan_Van_Giang"). The text a match covers is still shown as written.

/** One word (or one Han character) of a text, with the keys phrases are compared on. */
export interface Token {
  /** UTF-16 offsets in the NFC text. */
  start: number;
  end: number;
  /** The word folded (foldText: no case, no diacritics, đ→d, œ→oe): the trie key. */
  fold: string;
  /** Lowercase with letter marks kept (â, ư, đ) but tone marks moved to the end, so hoà = hòa. */
  exact: string;
  /** Has any diacritic or non-ASCII letter that folding changes. */
  marked: boolean;
  upperFirst: boolean;
  /** Has a cased letter and no lowercase one (an acronym as written). */
  allUpper: boolean;
  han: boolean;
  /** What separates it from the previous token: 0 nothing, 1 only joiners (spaces, dashes, underscores, apostrophes), 2 anything else (punctuation). */
  gap: 0 | 1 | 2;
  /** Where that separator starts (the previous token's end, or 0). */
  gapStart: number;
}

const CLS_GAP = 0; // space, dash, underscore, apostrophe: may sit inside a phrase
const CLS_PUNCT = 1; // any other separator: ends a phrase unless the phrase itself has it
const CLS_WORD = 2;
const CLS_HAN = 3;

interface CharInfo {
  cls: number;
  fold: string;
  base: string;
  tone: string;
  upper: boolean;
  lower: boolean;
  /** Folding changes it (a diacritic, đ, œ…). */
  marked: boolean;
}

// Vietnamese tones (grave, acute, tilde, hook above, dot below); circumflex, breve and horn
// are kept because they make different letters (â/a, ư/u), not different tones.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const HAN = /\p{Script=Han}/u;
const WORDISH = /[\p{L}\p{M}\p{N}]/u;
// Zero-width spaces and word joiners join words invisibly, like a space.
const GAP_CHARS = /[\s\p{Pd}_'\u2019\u02BC\u2018\u200B\u2060]/u;

const charCache = new Map<number, CharInfo>();

function charInfo(cp: number): CharInfo {
  const cached = charCache.get(cp);
  if (cached) return cached;
  const ch = String.fromCodePoint(cp);
  let info: CharInfo;
  if (HAN.test(ch)) {
    info = { cls: CLS_HAN, fold: ch, base: ch, tone: '', upper: false, lower: false, marked: false };
  } else if (WORDISH.test(ch)) {
    const lower = ch.toLowerCase();
    const decomposed = lower.normalize('NFD');
    const fold = foldText(ch);
    const tone = (decomposed.match(TONE_MARKS) ?? []).join('');
    const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
    info = {
      cls: CLS_WORD,
      fold,
      base,
      tone,
      upper: lower !== ch,
      lower: ch.toUpperCase() !== ch,
      marked: fold !== lower.normalize('NFC'),
    };
  } else {
    info = { cls: GAP_CHARS.test(ch) ? CLS_GAP : CLS_PUNCT, fold: '', base: '', tone: '', upper: false, lower: false, marked: false };
  }
  charCache.set(cp, info);
  return info;
}

function asciiClass(c: number): number {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return CLS_WORD;
  if (c === 32 || c === 45 || c === 39 || c === 95 || (c >= 9 && c <= 13)) return CLS_GAP;
  return CLS_PUNCT;
}

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => asciiClass(c));

/** The comparison keys of one word; they depend only on its spelling, so they are cached. */
interface WordKeys {
  fold: string;
  exact: string;
  marked: boolean;
  upperFirst: boolean;
  allUpper: boolean;
}

// Most of a corpus is a few thousand distinct words; the cap only bounds memory on odd input.
const WORD_CACHE_MAX = 100_000;
const wordCache = new Map<string, WordKeys>();

function wordKeys(raw: string, ascii: boolean): WordKeys {
  let keys = wordCache.get(raw);
  if (keys) return keys;
  keys = ascii ? asciiKeys(raw) : unicodeKeys(raw);
  if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
  wordCache.set(raw, keys);
  return keys;
}

/** Cut NFC text into tokens in one pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const len = text.length;
  let i = 0;
  let gapStart = 0;
  let gapPunct = false;
  while (i < len) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? (ASCII_CLASS[c] ?? CLS_PUNCT) : charInfo(text.codePointAt(i) ?? c).cls;
    if (cls === CLS_GAP || cls === CLS_PUNCT) {
      if (cls === CLS_PUNCT) gapPunct = true;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      continue;
    }
    const gap: 0 | 1 | 2 = i === gapStart ? 0 : gapPunct ? 2 : 1;
    if (cls === CLS_HAN) {
      const w = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      const ch = text.slice(i, i + w);
      tokens.push({
        start: i,
        end: i + w,
        fold: ch,
        exact: ch,
        marked: false,
        upperFirst: false,
        allUpper: false,
        han: true,
        gap,
        gapStart,
      });
      i += w;
    } else {
      const start = i;
      let ascii = true;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (ASCII_CLASS[d] !== CLS_WORD) break;
          i += 1;
        } else {
          if (charInfo(text.codePointAt(i) ?? d).cls !== CLS_WORD) break;
          ascii = false;
          i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        }
      }
      const k = wordKeys(text.slice(start, i), ascii);
      tokens.push({
        start,
        end: i,
        fold: k.fold,
        exact: k.exact,
        marked: k.marked,
        upperFirst: k.upperFirst,
        allUpper: k.allUpper,
        han: false,
        gap,
        gapStart,
      });
    }
    gapStart = i;
    gapPunct = false;
  }
  return tokens;
}

// The topic matcher and the people matcher read the same article text one after the other: cut it once.
let lastTokenized: { text: string; tokens: readonly Token[] } | null = null;

/** `tokenize`, remembering the last text. The tokens are shared between callers, hence read-only. */
export function tokenizeShared(text: string): readonly Token[] {
  if (lastTokenized?.text !== text) lastTokenized = { text, tokens: tokenize(text) };
  return lastTokenized.tokens;
}

function asciiKeys(raw: string): WordKeys {
  const fold = raw.toLowerCase();
  const first = raw.charCodeAt(0);
  const hasUpper = fold !== raw;
  const hasLower = raw.toUpperCase() !== raw;
  return { fold, exact: fold, marked: false, upperFirst: first >= 65 && first <= 90, allUpper: hasUpper && !hasLower };
}

function unicodeKeys(raw: string): WordKeys {
  let fold = '';
  let base = '';
  let tones = '';
  let hasUpper = false;
  let hasLower = false;
  let marked = false;
  let upperFirst = false;
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i) ?? 0;
    const info = cp < 128 ? (ASCII_INFO[cp] ?? charInfo(cp)) : charInfo(cp);
    if (i === 0) upperFirst = info.upper;
    fold += info.fold;
    base += info.base;
    tones += info.tone;
    hasUpper ||= info.upper;
    hasLower ||= info.lower;
    marked ||= info.marked;
    i += cp > 0xffff ? 2 : 1;
  }
  return { fold, exact: base + tones, marked, upperFirst, allUpper: hasUpper && !hasLower };
}

// ASCII letters and digits inside otherwise non-ASCII words, without a Map lookup each.
const ASCII_INFO: CharInfo[] = [];
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  ASCII_INFO.push({
    cls: asciiClass(c),
    fold: lower,
    base: lower,
    tone: '',
    upper: lower !== ch,
    lower: ch.toUpperCase() !== ch,
    marked: false,
  });
}

/** A word's exact key cut into its letters (marks such as â, ư, đ kept) and its trailing tone marks. */
function lettersAndTones(exact: string): [string, string] {
  let i = exact.length;
  while (i > 0 && TONE_MARK.test(exact.charAt(i - 1))) i--;
  return [exact.slice(0, i), exact.slice(i)];
}

/**
 * Whether `written` is `word` with some of its diacritics left out and none changed or added:
 * "Nguyên", "Nguyễn" and "Nguyen" are all within "Nguyễn"; "Nguyến" and "Bắc" (for "Bác") are not.
 * Foreign outlets print Vietnamese names this way, keeping the marks their own alphabet has.
 */
export function marksWithin(written: Token, word: Token): boolean {
  if (written.exact === word.exact || !written.marked) return true;
  const [letters, tones] = lettersAndTones(written.exact);
  const [wordLetters, wordTones] = lettersAndTones(word.exact);
  if (tones !== '' && tones !== wordTones) return false;
  if (letters.length !== wordLetters.length) return false;
  for (let i = 0; i < letters.length; i++) {
    const a = letters.charCodeAt(i);
    const b = wordLetters.charCodeAt(i);
    if (a !== b && String.fromCharCode(a) !== charInfo(b).fold) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Phrases and the trie

/** A keyword or alias, cut with the same tokenizer as the text so both sides agree on word boundaries. */
export interface Phrase {
  /** The phrase as written in the data file. */
  source: string;
  tokens: Token[];
  /** Per boundary k (between tokens k-1 and k): null if the tokens touch, else extra punctuation the phrase itself has there (usually ''). */
  gaps: (string | null)[];
}

/** Returns null when the phrase has no word in it (only punctuation or spaces). */
export function compilePhrase(source: string): Phrase | null {
  const text = source.normalize('NFC');
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const gaps = tokens.map((t, k) => {
    if (k === 0 || t.gap === 0) return k === 0 ? '' : null;
    let extra = '';
    for (const ch of text.slice(t.gapStart, t.start)) if (!GAP_CHARS.test(ch)) extra += ch;
    return extra;
  });
  return { source, tokens, gaps };
}

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  entries: { phrase: Phrase; value: T }[];
}

export function buildTrie<T>(items: { phrase: Phrase; value: T }[]): TrieNode<T> {
  const root: TrieNode<T> = { next: new Map(), entries: [] };
  for (const item of items) {
    let node = root;
    for (const t of item.phrase.tokens) {
      let child = node.next.get(t.fold);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(t.fold, child);
      }
      node = child;
    }
    node.entries.push(item);
  }
  return root;
}

/** Whether the separators between text tokens start..end agree with the phrase's. */
function gapsAgree(phrase: Phrase, tokens: readonly Token[], text: string, start: number): boolean {
  for (let k = 1; k < phrase.tokens.length; k++) {
    const t = tokens[start + k];
    const want = phrase.gaps[k];
    if (!t) return false;
    if (want === null || want === undefined) {
      if (t.gap !== 0) return false;
      continue;
    }
    if (t.gap === 0) return false;
    if (t.gap === 2) {
      if (want === '') return false;
      // Punctuation is allowed only where the phrase itself has it ("TP. Hồ Chí Minh").
      for (const ch of text.slice(t.gapStart, t.start)) if (!GAP_CHARS.test(ch) && !want.includes(ch)) return false;
    }
  }
  return true;
}

/**
 * Visit every phrase that matches the text starting at token `start`, shortest first.
 * The walk is bounded by the longest phrase, so a whole text costs O(tokens × longest phrase).
 */
export function matchAt<T>(
  root: TrieNode<T>,
  tokens: readonly Token[],
  text: string,
  start: number,
  visit: (end: number, phrase: Phrase, value: T) => void,
): void {
  let node: TrieNode<T> | undefined = root;
  for (let j = start; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t) break;
    node = node.next.get(t.fold);
    if (!node) return;
    for (const e of node.entries) if (gapsAgree(e.phrase, tokens, text, start)) visit(j, e.phrase, e.value);
  }
}

/** The text a match covers, as written, with runs of whitespace (line breaks) made single spaces. */
export function surface(text: string, tokens: readonly Token[], start: number, end: number): string {
  const a = tokens[start];
  const b = tokens[end];
  if (!a || !b) return '';
  return text.slice(a.start, b.end).replace(/\s+/gu, ' ');
}

// ---------------------------------------------------------------------------
// Evidence

/** How many distinct matched strings a TopicRef/PersonRef keeps: enough for an editor to check the guess. */
export const MAX_EVIDENCE = 5;

/** Distinct strings in first-seen order, compared case-insensitively, at most `max`. */
export function addEvidence(list: string[], seen: Set<string>, value: string, max: number): void {
  if (list.length >= max) return;
  const key = value.toLowerCase();
  if (seen.has(key)) return;
  seen.add(key);
  list.push(value);
}

/**
 * Words a name needs before a spelling that keeps only some of its diacritics still names it: "Nguyên Phu Trong" can
 * only be Nguyễn Phú Trọng, but "Tô Lam" may be someone else than Tô Lâm, and "Bắc Hồ" (north of the lake) is not
 * "Bác Hồ".
 */
const WORDS_FOR_PARTIAL_DIACRITICS = 3;

/**
 * A name written with diacritics (Vietnamese) matches text with the same diacritics (old or new tone placement alike)
 * or none at all; a long one also matches text that left some out and changed none. A name written without any
 * (pinyin, English, Hanoi) matches whatever diacritics the text adds (Hanoï). People and the glossary match alike.
 */
export function diacriticsAgree(phrase: Phrase, tokens: readonly Token[], start: number): boolean {
  let nameMarked = false;
  let exact = true;
  let plain = true;
  let within = true;
  for (let k = 0; k < phrase.tokens.length; k++) {
    const p = phrase.tokens[k];
    const t = tokens[start + k];
    if (!p || !t) return false;
    nameMarked ||= p.marked;
    if (t.marked) plain = false;
    if (t.exact !== p.exact) exact = false;
    if (!marksWithin(t, p)) within = false;
  }
  return !nameMarked || exact || plain || (within && phrase.tokens.length >= WORDS_FOR_PARTIAL_DIACRITICS);
}
