// What to highlight for a query: the query as a phrase, its words, its Chinese words, and every spelling of a person it names.
import { hanRuns, isAllHan, latinTerms } from '../../search/fold.ts';
import type { PersonSpellings } from '../../search/search-page-data.ts';
import { peopleNamed } from './people-in-query.ts';
import { hanWords } from '../../search/han-words.ts';

export interface HighlightPlan {
  /** Folded word sequences to find as phrases: the whole query, and the other spellings of a person it names. */
  phrases: string[][];
  /** The query's folded words, highlighted one by one only when no phrase is found. */
  words: string[];
  /** Chinese strings, found as substrings (Chinese has no spaces): each group's first entry, else its parts. */
  han: string[][];
}

export function planHighlight(query: string, people: readonly PersonSpellings[]): HighlightPlan {
  const text = query.normalize('NFC');
  const words = latinTerms(text);
  const plan: HighlightPlan = { phrases: words.length > 1 ? [words] : [], words, han: [] };
  for (const run of hanRuns(text)) {
    const parts = hanWords(run).filter((w) => w !== run);
    // A single character (苏 of 苏林) would mark unrelated words; it is used only when nothing longer is found.
    plan.han.push([run, ...parts.filter((w) => w.length > 1), ...parts.filter((w) => w.length === 1)]);
  }
  for (const { spellings } of peopleNamed(text, people)) {
    for (const spelling of spellings) {
      if (isAllHan(spelling)) plan.han.push([spelling]);
      else if (latinTerms(spelling).length > 0) plan.phrases.push(latinTerms(spelling));
    }
  }
  return plan;
}
