// Markdown left in pasted text is read as the text it marks: `# ` headings, emphasis, code spans, links, rules.

/** What a line's Markdown said, with the marks taken out. */
export interface MarkdownReading {
  text: string;
  /** 1–6 for an ATX heading (`# Title`), else null. */
  headingLevel: number | null;
  /** A thematic break (`---`, `***`, `___`) or a setext underline (`===`): no text at all. */
  rule: boolean;
  /** An image (`![alt](src)`) alone on the line: its alt text is in `text`. */
  image: boolean;
}

const ATX_HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/u;
const RULE = /^(?:[-*_=]\s*){3,}$/u;
const IMAGE_ALONE = /^!\[([^[\]]*)\]\([^)]*\)$/u;
const IMAGE = /!\[([^[\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/gu;
const LINK = /\[([^[\]]+)\]\((?:https?:\/\/|\/|#|mailto:)[^)\s]*(?:\s+"[^"]*")?\)/gu;
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/gu;
const CODE_SPAN = /`+([^`]*)`+/gu;
// Emphasis needs a non-space just inside each mark, so "5 * 3 * 2" and "a ** b" stay as they are.
const STRONG = /(\*\*|__)(?=[^\s*_])([^*_]{1,300}?)(?<=[^\s*_])\1/gu;
// Han text has no spaces, so a Han character may touch the marks; a Latin letter touching one is a word like `5*3`.
const EMPHASIS = /(?<![\p{N}*]|(?=\P{Script=Han})\p{L})\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\p{N}*]|(?=\P{Script=Han})\p{L})/gu;
const BLOCKQUOTE = /^(?:>\s?)+/u;
/** `* item`, `+ item`: a list bullet (a leading `- ` is left alone: it is also a dash opening speech). */
const BULLET = /^[*+]\s+(?=\S)/u;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>])/gu;
/** Cheap test that a line has any Markdown to read, so plain lines skip every pattern. */
const MAY_HOLD_MARKDOWN = /[#*_`[\]>\\=+-]/u;

export function readMarkdownResidue(line: string): MarkdownReading {
  if (!MAY_HOLD_MARKDOWN.test(line)) return { text: line, headingLevel: null, rule: false, image: false };
  if (RULE.test(line)) return { text: '', headingLevel: null, rule: true, image: false };
  const imageAlone = IMAGE_ALONE.exec(line);
  if (imageAlone) return { text: imageAlone[1]!.trim(), headingLevel: null, rule: false, image: true };
  let text = line;
  let headingLevel: number | null = null;
  const heading = ATX_HEADING.exec(text);
  if (heading) {
    headingLevel = heading[1]!.length;
    text = heading[2]!;
  }
  text = text
    .replace(BLOCKQUOTE, '')
    .replace(BULLET, '')
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(CODE_SPAN, '$1')
    .replace(STRONG, '$2')
    .replace(EMPHASIS, '$1')
    .replace(ESCAPE, '$1')
    .trim();
  return { text, headingLevel, rule: false, image: false };
}
