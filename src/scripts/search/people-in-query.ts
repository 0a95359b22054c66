// Which people a query names, in any of their spellings: `To Lam`, `Tô Lâm` and `苏林` all name to-lam.
import { hanRuns, isAllHan, latinTerms } from '../../search/fold.ts';
import type { PersonSpellings } from '../../search/search-page-data.ts';

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, k) => haystack[i + k] === word)) return true;
  }
  return false;
}

/** A person is named when one whole spelling is in the query; a lone surname ("Lam", "Xi") names nobody. */
export function peopleNamed(query: string, people: readonly PersonSpellings[]): PersonSpellings[] {
  const text = query.normalize('NFC');
  const words = latinTerms(text);
  const han = hanRuns(text).join(' ');
  return people.filter((p) => p.spellings.some((s) => (isAllHan(s) ? han.includes(s) : containsSequence(words, latinTerms(s)))));
}
