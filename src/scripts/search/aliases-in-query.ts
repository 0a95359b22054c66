// Which people, places and terms a query names, in any of their spellings: `To Lam`, `Tô Lâm` and `苏林` all name
// to-lam; `Beijing`, `Bắc Kinh` and `北京` name the same city. A name is one unit of the query: it is found whole (in
// the article's text or through its aliases), never as its words scattered over a page.
import { foldText } from '../../corpus/text-fold.ts';
import { isAllHan, latinTerms } from '../../search/fold.ts';
import type { Spellings } from '../../search/search-page-data.ts';
import { queryWords } from './query-words.ts';

export interface NameSpan {
  /** The query words it covers: words.slice(start, end). */
  start: number;
  end: number;
  group: Spellings;
}

const wordsOfSpelling = new Map<string, string[]>();

/**
 * A spelling as the query words it would be typed as, folded: `Tập Cận Bình` → [tap, can, binh]; 北京 → [北京].
 * Remembered: every query, and every highlight, looks through all the spellings of every name.
 */
function spellingWords(spelling: string): string[] {
  let words = wordsOfSpelling.get(spelling);
  if (!words) {
    words = isAllHan(spelling) ? [spelling] : latinTerms(spelling);
    wordsOfSpelling.set(spelling, words);
  }
  return words;
}

/** How many query words from `at` spell `target`, or 0: Chinese may be cut into several words (习|近平). */
function spans(words: readonly string[], at: number, target: readonly string[]): number {
  if (target.length === 1 && isAllHan(target[0]!)) {
    let joined = '';
    for (let k = at; k < words.length && joined.length < target[0]!.length; k++) {
      joined += words[k];
      if (joined === target[0]) return k - at + 1;
    }
    return 0;
  }
  if (at + target.length > words.length) return 0;
  return target.every((w, k) => words[at + k] === w) ? target.length : 0;
}

/**
 * The names in a list of query words (folded), longest first and never overlapping: `South China Sea` is one place,
 * not also China. A lone surname ("Lam", "Xi") names nobody: people's spellings are whole names.
 */
export function nameSpans(words: readonly string[], groups: readonly Spellings[]): NameSpan[] {
  const folded = words.map(foldText);
  const found: NameSpan[] = [];
  for (const group of groups) {
    for (const spelling of group.spellings) {
      const target = spellingWords(spelling);
      if (target.length === 0) continue;
      for (let at = 0; at < folded.length; at++) {
        const length = spans(folded, at, target);
        if (length > 0) found.push({ start: at, end: at + length, group });
      }
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NameSpan[] = [];
  for (const span of found) {
    if (kept.every((k) => span.end <= k.start || span.start >= k.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The people, places and terms a query names. */
export function namedIn(query: string, groups: readonly Spellings[]): Spellings[] {
  return [...new Set(nameSpans(queryWords(query), groups).map((s) => s.group))];
}
