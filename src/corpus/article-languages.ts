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

/** Words per language over the body's paragraphs and their translations (subheadings, captions and names don't count). */
export function articleLanguages(title: { text: string; lang: LanguageCode }, body: readonly BodyBlock[], wordsIn: (text: string) => number = countWords): ArticleLanguages {
  const primary = new Map<LanguageCode, number>();
  const all = new Map<LanguageCode, number>();
  const add = (map: Map<LanguageCode, number>, lang: LanguageCode, text: string): void => {
    if (lang !== 'und') map.set(lang, (map.get(lang) ?? 0) + wordsIn(text));
  };
  for (const b of body) {
    if (b.kind !== 'paragraph' && b.kind !== 'subheading') continue;
    add(primary, b.lang, b.text);
    if (b.kind === 'paragraph' && wordsIn(b.text) >= RUNNING_TEXT_MIN_WORDS) add(all, b.lang, b.text);
    if (b.translation && wordsIn(b.translation.text) >= RUNNING_TEXT_MIN_WORDS) add(all, b.translation.lang, b.translation.text);
  }
  if (primary.size === 0) add(primary, title.lang, title.text);
  const order = byCount(primary);
  const first = order[0] ?? title.lang;
  const others = byCount(all).filter((l) => l !== first && all.get(l)! >= LISTED_LANGUAGE_MIN_WORDS);
  return { primary: first, all: [first, ...others], evidence: order.map((l) => `${l}: ${primary.get(l)} words`).join(', ') };
}
