// The words of a query or a name as the search compares them: folded (corpus/text-fold.ts), Chinese apart from the rest.
import { foldText } from '../corpus/text-fold.ts';

/** True for a Chinese character: such text has no spaces, so it is matched as a substring rather than by words. */
function isHan(char: string): boolean {
  return /\p{Script=Han}/u.test(char);
}

/** Words and Han runs of a query or alias, folded, punctuation dropped: `Xi Jin-ping` → [`xi`, `jin`, `ping`]. */
export function foldedTerms(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const HAN_RUNS = /\p{Script=Han}+/gu;

/** Runs of Chinese characters in a text. */
export function hanRuns(text: string): string[] {
  return text.match(HAN_RUNS) ?? [];
}

/** Folded Latin-script words, Chinese left out: `Tô Lâm 苏林` → [`to`, `lam`]. */
export function latinTerms(text: string): string[] {
  return foldedTerms(text.replace(HAN_RUNS, ' '));
}

export function isAllHan(text: string): boolean {
  return text.length > 0 && [...text].every(isHan);
}
