// Normalise decoded text: NFC, LF line endings, tidy whitespace, while keeping the line structure that carries meaning.

// Zero-width and soft-hyphen characters come from copying out of web pages and only break word matching.
// ZWJ (U+200D) is kept: emoji sequences need it.
const INVISIBLE = /[\u200B\u200C\u2060\uFEFF\u00AD]/g;
// Every horizontal space character (NBSP, thin space, ideographic space kept apart below) becomes a plain space.
const HORIZONTAL_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F]+/g;
const RUN_OF_SPACES = / {2,}/g;

/** A line after tidying, with what its leading whitespace told us. */
export interface NormalisedLine {
  /** 1-based line number in the input. */
  line: number;
  /** The text without leading and trailing whitespace, inner runs of spaces collapsed. */
  text: string;
  /** Columns of leading whitespace (a tab counts 4, an ideographic space 2): text-mode page dumps indent paragraphs and not headings. */
  indent: number;
}

/** NFC, LF, invisible characters removed. Returns the whole text, for hashing and frontmatter splitting. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(INVISIBLE, '');
}

/** Split normalised text into tidied lines, numbered from `firstLine`. Empty lines are kept as empty text. */
export function splitLines(text: string, firstLine = 1): NormalisedLine[] {
  return text.split('\n').map((raw, i) => ({
    line: firstLine + i,
    text: raw.replace(HORIZONTAL_SPACE, ' ').replace(RUN_OF_SPACES, ' ').trim(),
    indent: leadingColumns(raw),
  }));
}

const LEADING_SPACE = /^[\s\u3000]*/;

function leadingColumns(raw: string): number {
  let columns = 0;
  for (const ch of LEADING_SPACE.exec(raw)![0]) columns += ch === '\t' ? 4 : ch === '\u3000' ? 2 : ch === '\n' ? 0 : 1;
  return columns;
}
