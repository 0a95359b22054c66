// Word counts and summaries that treat CJK text sensibly (one ideograph counts as one word).

const LATIN_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Words in Latin-script text plus one per CJK character, the usual reading-time unit for Chinese. */
export function countWords(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const latin = (cjk > 0 ? text.replace(CJK_CHAR, ' ') : text).match(LATIN_WORD)?.length ?? 0;
  return latin + cjk;
}

/**
 * The text cut to at most `max` characters: after the last whole sentence when one ends past half-way,
 * else at a word boundary (or between CJK characters) with an ellipsis.
 */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  let sentenceEnd = -1;
  for (const m of head.matchAll(/[.!?。！？]["'”’)]*(?=\s|$)/gu)) sentenceEnd = m.index + m[0].length;
  if (sentenceEnd > max * 0.5 && sentenceEnd <= max) return text.slice(0, sentenceEnd);
  const space = head.lastIndexOf(' ');
  // Chinese has no spaces: cutting anywhere between characters is a word boundary good enough for a summary.
  let cut = space > max * 0.5 ? head.slice(0, space) : head.slice(0, max);
  // Never split a surrogate pair (emoji, rare CJK).
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.replace(/[\s,;:–—-]+$/u, '') + '…';
}
