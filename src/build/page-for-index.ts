// An article page as the search indexer reads it: its <html> tag and the element marked data-pagefind-body, nothing
// else, with a space between Chinese words (the index has no Chinese segmenter of its own; see src/search/han-words.ts).
// Pagefind reads nothing outside that element on our pages (their filters and metadata sit inside it), so the index is
// the same bytes, and its parser, which reads pages one at a time, gets 7 KB a page instead of 14 KB. The page on disk
// is not changed.
import { spaceHanWords } from '../search/han-words.ts';

/** Text between tags only: attribute values and tag names are left as they are. */
const TEXT_BETWEEN_TAGS = />([^<]+)</g;
/**
 * One tag, from `<` to its `>`, stepping over double-quoted attribute values: Astro quotes every value and leaves `<` and
 * `>` in them as they are (an article's description can hold `<article data-pagefind-body>`), while in text it escapes `<`.
 */
const TAG = /<[^>"]*(?:"[^"]*"[^>"]*)*>/g;
const QUOTED_VALUE = /"[^"]*"/g;
const SEARCHABLE_ATTRIBUTE = /\sdata-pagefind-body(?=[\s=>/])/;
const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/;

interface Tag {
  name: string;
  closing: boolean;
  /** The tag as written, its attribute values blanked. */
  shape: string;
  start: number;
  end: number;
}

function* tagsOf(html: string): Generator<Tag> {
  for (const match of html.matchAll(TAG)) {
    const name = TAG_NAME.exec(match[0])?.[1];
    if (!name) continue;
    const shape = match[0].replace(QUOTED_VALUE, '""');
    yield { name: name.toLowerCase(), closing: match[0][1] === '/', shape, start: match.index, end: match.index + match[0].length };
  }
}

/** The <html> start tag and the searchable element's start and end, or null when the page has no such element closed. */
function searchableBounds(html: string): { htmlTag: string; start: number; end: number } | null {
  let htmlTag: string | null = null;
  let body: Tag | null = null;
  let depth = 0;
  for (const tag of tagsOf(html)) {
    if (!body) {
      if (tag.name === 'html' && !tag.closing) htmlTag ??= html.slice(tag.start, tag.end);
      if (!tag.closing && SEARCHABLE_ATTRIBUTE.test(tag.shape)) {
        body = tag;
        depth = 1;
      }
    } else if (tag.name === body.name && !tag.shape.endsWith('/>')) {
      depth += tag.closing ? -1 : 1;
      if (depth === 0) return htmlTag ? { htmlTag, start: body.start, end: tag.end } : null;
    }
  }
  return null;
}

/**
 * The <html> tag (the index language is forced, but it keeps the page a page) and the searchable element. A page
 * without that element, or with it left open, is handed over whole: Pagefind then reads or skips it as before, and the
 * index step reports a page it skipped.
 */
export function searchablePart(html: string): string {
  const bounds = searchableBounds(html);
  if (!bounds) return html;
  return `<!DOCTYPE html>${bounds.htmlTag}<head><meta charset="utf-8"></head><body>${html.slice(bounds.start, bounds.end)}</body></html>`;
}

export function pageForIndex(html: string): string {
  return searchablePart(html).replace(TEXT_BETWEEN_TAGS, (_match, text: string) => `>${spaceHanWords(text)}<`);
}
