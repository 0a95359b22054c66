// The page's own search code run once on made-up text while the engine loads, so the first query does not pay for
// compiling it: V8 compiles each Unicode-property pattern (\p{Script=Han}, \p{L}…) on its first use and optimises a
// function only after it has run, and a first search at 10 000 articles spent some 60 ms on that before its first
// request to the index.
import type { Spellings } from '../../search/search-page-data.ts';
import { nameSpans } from './aliases-in-query.ts';
import { buildExcerpt } from './excerpt.ts';
import { findMatches } from './find-matches.ts';
import { planHighlight } from './highlight-plan.ts';
import { containsPhrase, sameWords } from './phrase-check.ts';
import { lastWordOpen, queryWords } from './query-words.ts';

const SAMPLE = 'Tô Lâm, Biển Đông và đường sắt: railway cooperation, coopération ferroviaire, 中越铁路合作';

export function warmUpTextCode(aliases: readonly Spellings[]): void {
  const words = queryWords(SAMPLE);
  nameSpans(words, aliases);
  lastWordOpen(SAMPLE);
  containsPhrase(SAMPLE, words.slice(0, 2));
  sameWords(SAMPLE, words);
  const plan = planHighlight(SAMPLE, aliases);
  buildExcerpt(SAMPLE, findMatches(SAMPLE, plan), SAMPLE);
}
