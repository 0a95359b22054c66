// The text's paragraph lines: physical lines tidied, hard wrapping undone, Markdown residue read as the text it marks.
import { readMarkdownResidue } from './markdown-residue.ts';
import { splitLines } from './normalize.ts';
import type { DroppedLine } from './types.ts';
import { unwrapLines, type TextLine } from './unwrap.ts';

/** A paragraph line with what its Markdown said. */
export interface PageLine extends TextLine {
  headingLevel: number | null;
}

export interface PageLines {
  lines: PageLine[];
  /** Markup with no text (`---` rules, empty headings). */
  dropped: DroppedLine[];
}

export function readPageLines(body: string, firstLine: number): PageLines {
  const { lines } = unwrapLines(splitLines(body, firstLine));
  const out: PageLine[] = [];
  const dropped: DroppedLine[] = [];
  for (const l of lines) {
    const md = readMarkdownResidue(l.text);
    if (md.rule || md.text === '') dropped.push({ line: l.line, reason: 'markup', text: l.text });
    else out.push({ ...l, text: md.text, headingLevel: md.headingLevel });
  }
  return { lines: out, dropped };
}
