// What to highlight for a query: the query as a phrase, its words, its Chinese words, and every spelling of a person,
// place or term it names (an article found through another spelling shows the one it uses).
import { hanRuns, isAllHan, latinTerms } from '../../search/fold.ts';
import type { Spellings } from '../../search/search-page-data.ts';
import { namedIn } from './aliases-in-query.ts';
import { hanWords } from '../../search/han-words.ts';

export interface HighlightPlan {
  /** Folded word sequences to find as phrases: the whole query (a one-word query is a phrase of one word). */
  phrases: string[][];
  /**
   * Every spelling of each person, place or term the query names, looked for only where the query's own words are not
   * found: an article that says both `South China Sea` and `Biển Đông` shows the reader's own words for `Bien Dong`.
   */
  aliases: { phrases: string[][]; han: string[][] };
  /** The query's folded words, highlighted one by one only when no phrase is found. */
  words: string[];
  /** Chinese strings, found as substrings (Chinese has no spaces): each group's first entry, else its parts. */
  han: string[][];
}

export function planHighlight(query: string, aliases: readonly Spellings[]): HighlightPlan {
  const text = query.normalize('NFC');
  const words = latinTerms(text);
  const plan: HighlightPlan = { phrases: words.length > 0 ? [words] : [], aliases: { phrases: [], han: [] }, words, han: [] };
  for (const run of hanRuns(text)) {
    const parts = hanWords(run).filter((w) => w !== run);
    // A single character (苏 of 苏林) would mark unrelated words; it is used only when nothing longer is found.
    plan.han.push([run, ...parts.filter((w) => w.length > 1), ...parts.filter((w) => w.length === 1)]);
  }
  for (const { spellings } of namedIn(text, aliases)) {
    for (const spelling of spellings) {
      if (isAllHan(spelling)) plan.aliases.han.push([spelling]);
      else if (latinTerms(spelling).length > 0) plan.aliases.phrases.push(latinTerms(spelling));
    }
  }
  return plan;
}
