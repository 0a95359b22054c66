// Join hard-wrapped lines back into paragraphs, as text-mode browsers and e-mail broke them, and read what indentation says.
import type { NormalisedLine } from './normalize.ts';

/** One paragraph-level line: its physical lines joined when the file was hard-wrapped. */
export interface TextLine {
  /** 1-based number of its first physical line. */
  line: number;
  /** 1-based number of its last physical line. */
  lastLine: number;
  text: string;
  /** Columns of indentation of its first physical line. */
  indent: number;
  /**
   * Columns of indentation beyond the body text's, in a file that indents its body (negative: less indented, how
   * text-mode page dumps set headings); 0 in files that don't indent.
   */
  indentShift: number;
  /** A blank line (or the start of the file) comes right before it. */
  afterBlank: boolean;
}

export interface UnwrappedText {
  lines: TextLine[];
  /** The column the file was wrapped at, or null when its lines were not hard-wrapped. */
  wrapWidth: number | null;
}

/** Wrapped text breaks somewhere between these columns; outside them a file's longest lines are paragraphs or headlines. */
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 110;
/** Share of a file's multi-word lines that end near the wrap column when the file was really wrapped. */
const MIN_SHARE_NEAR_WRAP = 0.3;
/** Share of lines that may run past the wrap column (URLs, unbreakable tokens) in a wrapped file. */
const MAX_SHARE_PAST_WRAP = 0.08;
const NEAR_WRAP_COLUMNS = 16;
/** A line opening a list item, a bilingual translation or a Markdown block never continues the line before. */
const OPENS_BLOCK = /^(?:[•·▪►*+-]\s|\d{1,3}[.)]\s|#{1,6}\s|>\s|\||[-=*_]{3,}$)/u;
const ANY_WIDE = /[\u1100-\uFFE6]/u;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const CJK = /^[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]$/u;
/** Lines ending near the wrap column of wrapped text differ in length and in what they say. */
const MIN_DISTINCT_NEAR_LINES = 4;

/** Terminal columns a text takes: CJK characters take two, as in the text-mode browsers that wrapped it. */
function columns(text: string): number {
  if (!ANY_WIDE.test(text)) return text.length;
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** The first unit a wrapper could not split: a word, with an opening « or “ kept to it (they are joined by a no-break space). */
const FIRST_WORD = /^(?:[\p{Ps}\p{Pi}«“"'¿¡]+\s)?\S+/u;

function firstWord(text: string): string {
  return FIRST_WORD.exec(text)?.[0] ?? text;
}

/** The wrap column: where the longest ordinary lines end, if enough lines end near it and few run past it. */
function findWrapWidth(lines: readonly NormalisedLine[]): number | null {
  // Lines of several words (or CJK text, which has no spaces): single words are menu items and labels.
  const measured = lines
    .filter((l) => l.text.includes(' ') || WIDE.test(l.text))
    .map((l) => ({ text: l.text, width: l.indent + columns(l.text) }));
  const widths = measured.map((l) => l.width).sort((a, b) => a - b);
  if (widths.length < 6) return null;
  const width = widths[Math.floor(widths.length * 0.9)]!;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return null;
  const nearCount = widths.filter((w) => w >= width - NEAR_WRAP_COLUMNS && w <= width + 2).length;
  const past = widths.filter((w) => w > width + 8).length;
  if (nearCount / widths.length < MIN_SHARE_NEAR_WRAP || past / widths.length > MAX_SHARE_PAST_WRAP) return null;
  const near = measured.filter((l) => l.width >= width - NEAR_WRAP_COLUMNS);
  // Wrapped text is ragged (words are not cut), except CJK, which fills every line; lines all of one length are a list.
  const ragged = new Set(near.map((l) => l.width)).size >= MIN_DISTINCT_NEAR_LINES || near.every((l) => WIDE.test(l.text));
  if (!ragged || new Set(near.map((l) => l.text)).size < MIN_DISTINCT_NEAR_LINES) return null;
  return widths.filter((w) => w <= width + 8).at(-1)!;
}

/** The indentation most running text has, when the file indents its body (page dumps do; pasted articles don't). */
function findBodyIndent(lines: readonly NormalisedLine[]): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (const l of lines) {
    if (!hasWords(l.text, 5)) continue;
    counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1);
    total++;
  }
  let best = 0;
  let bestCount = 0;
  for (const [indent, count] of counts)
    if (count > bestCount || (count === bestCount && indent < best)) [best, bestCount] = [indent, count];
  return best >= 2 && bestCount >= total / 2 ? best : 0;
}

/** At least `n` space-separated words, counted without splitting the line. */
function hasWords(text: string, n: number): boolean {
  let at = -1;
  for (let spaces = 1; spaces < n; spaces++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** What goes between two joined lines: nothing between CJK characters, else a space. */
function joiner(a: string, b: string): string {
  return CJK.test(a.at(-1) ?? '') && CJK.test(b.charAt(0)) ? '' : ' ';
}

/** A paragraph line still taking continuations: where its last physical line ended, and what it said. */
type OpenLine = TextLine & { lastColumns: number; lastText: string };

/** Physical lines → paragraph lines. Blank lines end a paragraph, and so does a change of indentation. */
export function unwrapLines(lines: readonly NormalisedLine[]): UnwrappedText {
  const wrapWidth = findWrapWidth(lines);
  const bodyIndent = findBodyIndent(lines);
  const out: OpenLine[] = [];
  let open: OpenLine | null = null;
  let afterBlank = true;
  for (const l of lines) {
    if (l.text === '') {
      open = null;
      afterBlank = true;
      continue;
    }
    const continues =
      open !== null &&
      wrapWidth !== null &&
      l.line === open.lastLine + 1 &&
      l.indent === open.indent &&
      !OPENS_BLOCK.test(l.text) &&
      // The wrap column is estimated from the longest lines, so a line ending a column or two short of it still wrapped.
      open.lastColumns + 1 + columns(firstWord(l.text)) > wrapWidth - 2 &&
      // Pages print an image's alt text and then its caption: a line that repeats the last one starts anew.
      l.text !== open.lastText;
    if (continues && open) {
      open.text += joiner(open.text, l.text) + l.text;
      open.lastLine = l.line;
      open.lastColumns = l.indent + columns(l.text);
      open.lastText = l.text;
      continue;
    }
    const repeat = open !== null && l.text === open.lastText;
    open = {
      line: l.line,
      lastLine: l.line,
      text: l.text,
      indent: l.indent,
      indentShift: bodyIndent > 0 ? l.indent - bodyIndent : 0,
      afterBlank,
      lastColumns: l.indent + columns(l.text),
      lastText: l.text,
    };
    out.push(open);
    // A repeated line (a link card's title, a caption under its alt text) is whole: the text after it starts anew.
    if (repeat) open = null;
    afterBlank = false;
  }
  return { lines: out.map(({ lastColumns: _, lastText: __, ...line }) => line), wrapWidth };
}
