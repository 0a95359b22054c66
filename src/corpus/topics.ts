// Topic taxonomy: parse/validate the editable YAML and tag article text with topics; also hosts the phrase matcher that people.ts reuses.

import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { TopicRef } from './types.ts';

export const TAXONOMY_LANGS = ['en', 'vi', 'fr', 'zh'] as const;
export type TaxonomyLang = (typeof TAXONOMY_LANGS)[number];

export interface Topic {
  slug: string;
  names: Partial<Record<TaxonomyLang, string>>;
  keywords: Partial<Record<TaxonomyLang, string[]>>;
}

export interface Taxonomy {
  topics: Topic[];
}

/** Slugs become URLs, so they are held to the same shape as article slugs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How many distinct matched strings a TopicRef/PersonRef keeps: enough for an editor to check the guess. */
export const MAX_EVIDENCE = 5;

// ---------------------------------------------------------------------------
// Tokens
//
// Text is cut into tokens once per article; every phrase of every topic is then looked
// up token by token in a trie. Words of Latin (and other spaced) scripts are tokens;
// each Han character is a token of its own, which gives Chinese keywords plain
// substring semantics without a second matching algorithm.

/** One word (or one Han character) of a text, with the keys phrases are compared on. */
export interface Token {
  /** UTF-16 offsets in the NFC text. */
  start: number;
  end: number;
  /** Lowercase, every diacritic dropped, đ→d: the trie key. */
  fold: string;
  /** Lowercase with letter marks kept (â, ư, đ) but tone marks moved to the end, so hoà = hòa. */
  exact: string;
  /** Has any diacritic or non-ASCII letter that folding changes. */
  marked: boolean;
  upperFirst: boolean;
  /** Has a cased letter and no lowercase one (an acronym as written). */
  allUpper: boolean;
  han: boolean;
  /** What separates it from the previous token: 0 nothing, 1 only spaces/dashes/apostrophes, 2 anything else (punctuation). */
  gap: 0 | 1 | 2;
  /** Where that separator starts (the previous token's end, or 0). */
  gapStart: number;
}

const CLS_GAP = 0; // space, dash, apostrophe: may sit inside a phrase
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
const ANY_MARK = /\p{M}/gu;
const HAN = /\p{Script=Han}/u;
const WORDISH = /[\p{L}\p{M}\p{N}]/u;
const GAP_CHARS = /[\s\p{Pd}'\u2019\u02BC\u2018]/u;
// Letters that Unicode does not decompose but a reader treats as a plain letter.
const FOLD_SPECIAL: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th' };

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
    let fold = decomposed.replace(ANY_MARK, '');
    fold = [...fold].map((c) => FOLD_SPECIAL[c] ?? c).join('');
    const tone = (decomposed.match(TONE_MARKS) ?? []).join('');
    const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
    info = { cls: CLS_WORD, fold, base, tone, upper: lower !== ch, lower: ch.toUpperCase() !== ch, marked: fold !== lower.normalize('NFC') };
  } else {
    info = { cls: GAP_CHARS.test(ch) ? CLS_GAP : CLS_PUNCT, fold: '', base: '', tone: '', upper: false, lower: false, marked: false };
  }
  charCache.set(cp, info);
  return info;
}

function asciiClass(c: number): number {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return CLS_WORD;
  if (c === 32 || c === 45 || c === 39 || (c >= 9 && c <= 13)) return CLS_GAP;
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
      tokens.push({ start: i, end: i + w, fold: ch, exact: ch, marked: false, upperFirst: false, allUpper: false, han: true, gap, gapStart });
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
        start, end: i, fold: k.fold, exact: k.exact, marked: k.marked,
        upperFirst: k.upperFirst, allUpper: k.allUpper, han: false, gap, gapStart,
      });
    }
    gapStart = i;
    gapPunct = false;
  }
  return tokens;
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
    const info = cp < 128 ? ASCII_INFO[cp] ?? charInfo(cp) : charInfo(cp);
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
  ASCII_INFO.push({ cls: asciiClass(c), fold: lower, base: lower, tone: '', upper: lower !== ch, lower: ch.toUpperCase() !== ch, marked: false });
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
function gapsAgree(phrase: Phrase, tokens: Token[], text: string, start: number): boolean {
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
  tokens: Token[],
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
export function surface(text: string, tokens: Token[], start: number, end: number): string {
  const a = tokens[start];
  const b = tokens[end];
  if (!a || !b) return '';
  return text.slice(a.start, b.end).replace(/\s+/gu, ' ');
}

/** Distinct strings in first-seen order, compared case-insensitively, at most `max`. */
export function addEvidence(list: string[], seen: Set<string>, value: string, max: number): void {
  if (list.length >= max) return;
  const key = value.toLowerCase();
  if (seen.has(key)) return;
  seen.add(key);
  list.push(value);
}

interface Candidate {
  text: string;
  strong: boolean;
}

/**
 * Up to `max` distinct candidates, strong ones first so the evidence shows what decided
 * the topic rather than the first incidental "talks", then returned in text order.
 */
function pickEvidence(candidates: Candidate[], max: number): string[] {
  const chosen: number[] = [];
  for (const wantStrong of [true, false]) {
    candidates.forEach((c, i) => {
      if (chosen.length < max && c.strong === wantStrong) chosen.push(i);
    });
  }
  return chosen.sort((a, b) => a - b).map((i) => candidates[i]?.text ?? '');
}

// ---------------------------------------------------------------------------
// YAML with line numbers (shared with people.ts)

export type YamlPath = (string | number)[];

export interface YamlFile {
  data: unknown;
  /** Throw an Error naming the file and, when the node is found, its line. */
  fail(path: YamlPath, problem: string): never;
}

export function readYaml(yamlText: string, fileName: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new Error(`${fileName}:${pos.line}:${pos.col}: invalid YAML: ${first.message.split('\n')[0] ?? first.message}`);
  }
  const lineOf = (path: YamlPath): number | null => {
    // Point at the nearest node that exists, so a missing key still gets its parent's line.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && Array.isArray(node.range)) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  return {
    data: doc.toJS(),
    fail(path, problem) {
      const line = lineOf(path);
      throw new Error(`${fileName}${line === null ? '' : `:${line}`}: ${problem}`);
    },
  };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reject keys that are not in `allowed`, so a misspelt key is not silently ignored. */
export function checkKeys(file: YamlFile, path: YamlPath, value: Record<string, unknown>, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) file.fail([...path, key], `${what}: unknown key '${key}' (expected ${allowed.join(', ')})`);
  }
}

/** Validate a `names:` map: known languages, non-empty text, English present (refs carry the English name). */
export function parseNames(file: YamlFile, path: YamlPath, value: unknown, what: string): Partial<Record<TaxonomyLang, string>> {
  if (value === undefined || value === null) file.fail(path, `${what} has no name (add names: en: …)`);
  if (!isRecord(value)) file.fail(path, `${what}: names must be a map of language → name`);
  checkKeys(file, path, value, TAXONOMY_LANGS, `${what} names`);
  const names: Partial<Record<TaxonomyLang, string>> = {};
  for (const lang of TAXONOMY_LANGS) {
    const v = value[lang];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.trim() === '') file.fail([...path, lang], `${what}: names.${lang} is empty`);
    names[lang] = v.trim();
  }
  if (!names.en) file.fail(path, `${what} has no English name (names.en is required)`);
  return names;
}

export function parseSlug(file: YamlFile, path: YamlPath, value: unknown, what: string, seen: Map<string, number>, index: number): string {
  if (typeof value !== 'string' || value === '') file.fail(path, `${what} has no slug`);
  if (!SLUG_PATTERN.test(value) || value.length > 100) {
    file.fail(path, `${what}: bad slug '${value}' (lowercase ASCII letters and digits joined by single hyphens, at most 100 characters)`);
  }
  const prev = seen.get(value);
  if (prev !== undefined) file.fail(path, `duplicate slug '${value}' (also entry #${prev + 1}); slugs are permanent URLs and must be unique`);
  seen.set(value, index);
  return value;
}

// ---------------------------------------------------------------------------
// Taxonomy

/** Parse and validate taxonomy YAML text; throw an Error naming the file and the problem (duplicate slug, bad slug, topic with no name, empty keyword). */
export function parseTaxonomy(yamlText: string, fileName: string): Taxonomy {
  // Annotated so that `file.fail` (returns never) narrows types after it.
  const file: YamlFile = readYaml(yamlText, fileName);
  const root = file.data;
  if (!isRecord(root)) file.fail([], 'expected a map with a `topics:` list');
  checkKeys(file, [], root, ['topics'], 'taxonomy');
  const list = root['topics'];
  if (!Array.isArray(list) || list.length === 0) file.fail(['topics'], '`topics:` must be a non-empty list');
  const slugs = new Map<string, number>();
  const topics = list.map((raw: unknown, i: number): Topic => {
    const path: YamlPath = ['topics', i];
    if (!isRecord(raw)) file.fail(path, `topic #${i + 1} must be a map with slug, names, keywords`);
    const label = typeof raw['slug'] === 'string' ? `topic '${raw['slug']}'` : `topic #${i + 1}`;
    checkKeys(file, path, raw, ['slug', 'names', 'keywords'], label);
    const slug = parseSlug(file, [...path, 'slug'], raw['slug'], label, slugs, i);
    const names = parseNames(file, [...path, 'names'], raw['names'], label);
    const keywords = parseKeywords(file, [...path, 'keywords'], raw['keywords'], label);
    return { slug, names, keywords };
  });
  return { topics };
}

function parseKeywords(file: YamlFile, path: YamlPath, value: unknown, what: string): Partial<Record<TaxonomyLang, string[]>> {
  if (!isRecord(value)) file.fail(path, `${what} has no keywords (add keywords: en: [ … ])`);
  checkKeys(file, path, value, TAXONOMY_LANGS, `${what} keywords`);
  const out: Partial<Record<TaxonomyLang, string[]>> = {};
  let total = 0;
  for (const lang of TAXONOMY_LANGS) {
    const list = value[lang];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) file.fail([...path, lang], `${what}: keywords.${lang} must be a list`);
    const seen = new Set<string>();
    out[lang] = list.map((kw: unknown, k: number) => {
      const at = [...path, lang, k];
      if (typeof kw !== 'string') file.fail(at, `${what}: keyword ${JSON.stringify(kw)} in keywords.${lang} must be text (quote it)`);
      const phrase = compilePhrase(kw);
      if (kw.trim() === '' || !phrase) file.fail(at, `${what}: empty keyword in keywords.${lang}`);
      const key = phraseKey(phrase, lang);
      if (seen.has(key)) file.fail(at, `${what}: keyword '${kw}' is listed twice in keywords.${lang}`);
      seen.add(key);
      return kw.trim();
    });
    total += list.length;
  }
  if (total === 0) file.fail(path, `${what} has no keywords`);
  return out;
}

/** Two keywords are duplicates when they would match exactly the same text. */
function phraseKey(p: Phrase, lang: TaxonomyLang): string {
  return p.tokens.map((t) => (lang === 'vi' ? t.exact : t.fold) + (t.allUpper && t.fold.length > 1 ? '^' : '')).join(' ') + '|' + p.gaps.join('|');
}

/** Read and validate a taxonomy file. */
export function loadTaxonomy(path: string): Taxonomy {
  return parseTaxonomy(readFileSync(path, 'utf8'), path);
}

// ---------------------------------------------------------------------------
// Matching

interface KeywordEntry {
  topic: number;
  lang: TaxonomyLang;
  strong: boolean;
}

/** Tokens that count as words for the strong-phrase rule; Vietnamese counts syllables, Chinese characters. */
const WORDS_FOR_STRONG: Record<TaxonomyLang, number> = { en: 2, fr: 2, vi: 3, zh: 4 };
const STRONG_WEIGHT = 2;
const WEAK_WEIGHT = 1;
/** A topic needs this score within one language: one strong phrase, or two weak keyword occurrences. */
const THRESHOLD = 2;

/** Evidence rule, see the header of src/data/topics.yaml: strong = multi-word phrase (per-language word count). */
export function isStrongKeyword(phrase: Phrase, lang: TaxonomyLang): boolean {
  // One-letter elisions (l', d') and single letters are not words.
  const words = phrase.tokens.filter((t) => t.han || t.fold.length > 1).length;
  return words >= WORDS_FOR_STRONG[lang];
}

/** A text span may stand for a Vietnamese keyword only if its diacritics agree, or if it has none at all. */
function vietnameseAgrees(phrase: Phrase, tokens: Token[], start: number): boolean {
  let plain = true;
  let exact = true;
  for (let k = 0; k < phrase.tokens.length; k++) {
    const t = tokens[start + k];
    const p = phrase.tokens[k];
    if (!t || !p) return false;
    if (t.marked) plain = false;
    if (t.exact !== p.exact) exact = false;
  }
  return plain || exact;
}

/** Acronyms in the data (DOC, AI, 5G) only match when the text writes them in capitals too. */
function acronymsAgree(phrase: Phrase, tokens: Token[], start: number): boolean {
  for (let k = 0; k < phrase.tokens.length; k++) {
    const p = phrase.tokens[k];
    if (p && p.allUpper && p.fold.length > 1 && !tokens[start + k]?.allUpper) return false;
  }
  return true;
}

/** Compile once; then match many texts. */
export function compileTopicMatcher(taxonomy: Taxonomy): (text: string) => TopicRef[] {
  const topics = taxonomy.topics;
  const items: { phrase: Phrase; value: KeywordEntry }[] = [];
  topics.forEach((topic, ti) => {
    for (const lang of TAXONOMY_LANGS) {
      for (const kw of topic.keywords[lang] ?? []) {
        const phrase = compilePhrase(kw);
        if (phrase) items.push({ phrase, value: { topic: ti, lang, strong: isStrongKeyword(phrase, lang) } });
      }
    }
  });
  const root = buildTrie(items);
  const order = topics.map((_, i) => i).sort((a, b) => ((topics[a]?.slug ?? '') < (topics[b]?.slug ?? '') ? -1 : 1));
  const langIndex: Record<TaxonomyLang, number> = { en: 0, vi: 1, fr: 2, zh: 3 };
  const nTopics = topics.length;

  return (input: string): TopicRef[] => {
    const text = input.normalize('NFC');
    const tokens = tokenize(text);
    const scores = new Int32Array(nTopics * 4);
    // Matches of one topic may not overlap, so "science and technology" is one occurrence, not three.
    const nextFree = new Int32Array(nTopics);
    const bestEnd = new Int32Array(nTopics).fill(-1);
    const bestEntry: (KeywordEntry | undefined)[] = new Array(nTopics);
    const touched: number[] = [];
    const candidates: Candidate[][] = topics.map(() => []);
    const seen: Set<string>[] = topics.map(() => new Set());

    let i = 0;
    // One callback per text, not per token: it reads the current start `i`.
    const visit = (end: number, phrase: Phrase, entry: KeywordEntry): void => {
      if (entry.lang === 'vi' && !vietnameseAgrees(phrase, tokens, i)) return;
      if (!acronymsAgree(phrase, tokens, i)) return;
      if (bestEnd[entry.topic] === -1) touched.push(entry.topic);
      // Visits come shortest first, so the last one kept is the longest.
      bestEnd[entry.topic] = end;
      bestEntry[entry.topic] = entry;
    };
    for (i = 0; i < tokens.length; i++) {
      matchAt(root, tokens, text, i, visit);
      if (touched.length === 0) continue;
      for (const t of touched) {
        const end = bestEnd[t] ?? -1;
        const entry = bestEntry[t];
        bestEnd[t] = -1;
        if (!entry || i < (nextFree[t] ?? 0)) continue;
        nextFree[t] = end + 1;
        const idx = t * 4 + langIndex[entry.lang];
        scores[idx] = (scores[idx] ?? 0) + (entry.strong ? STRONG_WEIGHT : WEAK_WEIGHT);
        const found = surface(text, tokens, i, end);
        const key = found.toLowerCase();
        const set = seen[t];
        if (set && !set.has(key)) {
          set.add(key);
          candidates[t]?.push({ text: found, strong: entry.strong });
        }
      }
      touched.length = 0;
    }

    const out: TopicRef[] = [];
    for (const t of order) {
      const topic = topics[t];
      if (!topic) continue;
      let best = 0;
      for (let l = 0; l < 4; l++) best = Math.max(best, scores[t * 4 + l] ?? 0);
      if (best >= THRESHOLD) out.push({ slug: topic.slug, name: topic.names.en ?? topic.slug, evidence: pickEvidence(candidates[t] ?? [], MAX_EVIDENCE) });
    }
    return out;
  };
}
