// Find a highlight plan in an article's text, comparing folded forms (case, accents, đ) but returning the text's own spans.
import { foldText } from '../../corpus/text-fold.ts';
import type { HighlightPlan } from './highlight-plan.ts';

export interface MatchRange {
  /** UTF-16 offsets in the original text. */
  start: number;
  end: number;
}

interface FoldedText {
  text: string;
  /** For each UTF-16 unit of the folded text: where its character starts and ends in the original. */
  starts: number[];
  ends: number[];
}

/** Per-character folds, remembered: an article repeats a few hundred distinct characters thousands of times. */
const charFolds = new Map<string, string>();

function foldChar(char: string): string {
  let folded = charFolds.get(char);
  if (folded === undefined) {
    folded = foldText(char);
    charFolds.set(char, folded);
  }
  return folded;
}

/** Plain number arrays, no object per character: this runs over the whole text of every result shown. */
function foldWithOrigin(content: string): FoldedText {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of content) {
    const folded = foldChar(char);
    const end = offset + char.length;
    for (let k = 0; k < folded.length; k++) {
      starts.push(offset);
      ends.push(end);
    }
    pieces.push(folded);
    offset = end;
  }
  return { text: pieces.join(''), starts, ends };
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const LATIN_WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

function tokens(folded: string): Token[] {
  return [...folded.matchAll(LATIN_WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** A word matches a query word when equal, or when it extends a query word of four letters or more (railway → railways). */
function wordMatches(word: string, queryWord: string): boolean {
  return word === queryWord || (queryWord.length >= 4 && word.startsWith(queryWord));
}

function phraseRanges(list: Token[], phrase: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + phrase.length <= list.length; i++) {
    const last = phrase.length - 1;
    const ok = phrase.every((w, k) => (k === last ? wordMatches(list[i + k]!.word, w) : list[i + k]!.word === w));
    if (ok) out.push([list[i]!.start, list[i + last]!.end]);
  }
  return out;
}

function substringRanges(folded: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) out.push([at, at + needle.length]);
  return out;
}

function merge(ranges: MatchRange[]): MatchRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MatchRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

function hanRanges(folded: string, groups: readonly string[][]): [number, number][] {
  const found: [number, number][] = [];
  for (const group of groups) {
    // The whole run if the text has it; else its longer words; single characters last.
    const rest = group.slice(1);
    const tiers = [group.slice(0, 1), rest.filter((h) => h.length > 1), rest.filter((h) => h.length === 1)];
    for (const tier of tiers) {
      const ranges = tier.flatMap((h) => substringRanges(folded, h));
      if (ranges.length > 0) {
        found.push(...ranges);
        break;
      }
    }
  }
  return found;
}

/**
 * The query's own words first (as a phrase, Chinese as substrings); where the text has none of them, the other
 * spellings of the names the query holds; single words only when neither is there, and then without one- and
 * two-letter words when the query has longer ones ("to" in "To Lam" would mark every "to").
 */
export function findMatches(content: string, plan: HighlightPlan): MatchRange[] {
  const folded = foldWithOrigin(content);
  const list = tokens(folded.text);
  const found: [number, number][] = [];
  for (const phrase of plan.phrases) found.push(...phraseRanges(list, phrase));
  found.push(...hanRanges(folded.text, plan.han));
  if (found.length === 0) {
    for (const phrase of plan.aliases.phrases) found.push(...phraseRanges(list, phrase));
    found.push(...hanRanges(folded.text, plan.aliases.han));
  }
  if (found.length === 0) {
    const longest = Math.max(0, ...plan.words.map((w) => w.length));
    const words = plan.words.filter((w) => w.length > 2 || longest <= 2);
    for (const t of list) if (words.some((w) => wordMatches(t.word, w))) found.push([t.start, t.end]);
  }
  const ranges = found.filter(([s, e]) => e > s).map(([s, e]) => ({ start: folded.starts[s]!, end: folded.ends[e - 1]! }));
  return merge(ranges);
}

/** The distinct spellings found, as the text writes them, for highlighting on the article page. */
export function matchedSpellings(content: string, ranges: readonly MatchRange[], limit = 8): string[] {
  const out: string[] = [];
  for (const r of ranges) {
    const text = content.slice(r.start, r.end);
    if (!out.includes(text)) out.push(text);
    if (out.length >= limit) break;
  }
  return out;
}
