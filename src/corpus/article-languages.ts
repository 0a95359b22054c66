// The article's languages: the primary one has the most words among body paragraphs; the rest follow by word count.
import { countWords } from './text-stats.ts';
import type { BodyBlock, LanguageCode } from './types.ts';

export interface ArticleLanguages {
  primary: LanguageCode;
  /** Every language of running text, primary first. */
  all: LanguageCode[];
  /** Words per language among the body's own paragraphs, for the provenance. */
  evidence: string;
}

/** Highest count first; equal counts by code, so the order never depends on input order. */
function byCount(counts: Map<LanguageCode, number>): LanguageCode[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([lang]) => lang);
}

/** A paragraph shorter than this is a name, a label or a caption fragment: it says nothing of the article's languages. */
const RUNNING_TEXT_MIN_WORDS = 6;
/** A second language needs this many words of running text to be listed. */
const LISTED_LANGUAGE_MIN_WORDS = 12;

const LATIN_WORD = /^\p{Script=Latin}[\p{L}\p{M}'’.-]*$/u;
const CAPITALISED = /^\p{Lu}/u;
/** Past this share of capitalised words a paragraph is a list of names (a team, a cast), which says no language. */
const NAMES_SHARE = 0.6;
const NAME_LIST_MAX_CHARS = 400;

/** A paragraph of running text: long enough, and not a list of names whose spelling any language detector misreads. */
function isRunningText(text: string, wordsIn: (text: string) => number): boolean {
  if (wordsIn(text) < RUNNING_TEXT_MIN_WORDS) return false;
  // A list of names is a line or two; past this length a paragraph is running text whatever its capitals.
  if (text.length > NAME_LIST_MAX_CHARS) return true;
  const latin = text.split(/[\s,;]+/u).filter((w) => LATIN_WORD.test(w));
  if (latin.length < RUNNING_TEXT_MIN_WORDS) return true;
  return latin.filter((w) => CAPITALISED.test(w)).length / latin.length < NAMES_SHARE;
}

/**
 * The primary language has the most words among the body's paragraphs and subheadings; the others are listed only for
 * running text (paragraphs of six words or more, not lists of names), paragraphs and translations alike.
 */
export function articleLanguages(
  title: { text: string; lang: LanguageCode },
  body: readonly BodyBlock[],
  wordsIn: (text: string) => number = countWords,
): ArticleLanguages {
  const primary = new Map<LanguageCode, number>();
  const all = new Map<LanguageCode, number>();
  const add = (map: Map<LanguageCode, number>, lang: LanguageCode, text: string): void => {
    if (lang !== 'und') map.set(lang, (map.get(lang) ?? 0) + wordsIn(text));
  };
  for (const b of body) {
    if (b.kind !== 'paragraph' && b.kind !== 'subheading') continue;
    add(primary, b.lang, b.text);
    if (b.kind === 'paragraph' && isRunningText(b.text, wordsIn)) add(all, b.lang, b.text);
    if (b.translation && isRunningText(b.translation.text, wordsIn)) add(all, b.translation.lang, b.translation.text);
  }
  if (primary.size === 0) add(primary, title.lang, title.text);
  const order = byCount(primary);
  const first = order[0] ?? title.lang;
  const others = byCount(all).filter((l) => l !== first && all.get(l)! >= LISTED_LANGUAGE_MIN_WORDS);
  return { primary: first, all: [first, ...others], evidence: order.map((l) => `${l}: ${primary.get(l)} words`).join(', ') };
}
