// Reading time from an article's body, counting Latin-script words and CJK characters at their own speeds.
import { measureText } from '../corpus/text-stats.ts';
import type { PageBlock as BodyBlock } from '../content/page-article.ts';

/** Typical silent-reading speeds: words for spaced scripts, characters for Chinese (which has no spaces). */
const LATIN_WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 400;

/**
 * The text a reader actually reads. A translation repeats its original, and a reader reads one of the two,
 * so translations are left out; captions and credits are read, so they count.
 */
function readableText(block: BodyBlock): string {
  if (block.kind === 'figure') return [block.caption, block.credit].filter(Boolean).join(' ');
  return block.text;
}

/** Whole minutes, at least 1, rounded up so a reader is never promised less than the text takes. */
export function readingMinutes(body: readonly BodyBlock[]): number {
  let minutes = 0;
  for (const block of body) {
    const { words, cjkChars } = measureText(readableText(block));
    minutes += words / LATIN_WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  }
  return Math.max(1, Math.ceil(minutes));
}
