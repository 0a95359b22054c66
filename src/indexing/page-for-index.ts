// An article page as the search indexer reads it: its <html> tag and the element marked data-pagefind-body, nothing
// else, with a space between Chinese words (the index has no Chinese segmenter of its own; see src/search/han-words.ts).
// Pagefind reads nothing outside that element on our pages (their filters and metadata sit inside it), so the index is
// the same bytes, and its parser, which reads pages one at a time, gets 7 KB a page instead of 14 KB. The page on disk
// is not changed. The same walk over the tags gives the page's text as Pagefind indexes it, for the vocabulary.
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
const IGNORED_ATTRIBUTE = /\sdata-pagefind-ignore(?=[\s=>/])/;
/** Elements whose text Pagefind keeps apart from their neighbours' (its SENTENCE_SELECTORS and SPACE_SELECTORS, 1.6). */
const SEPARATED_ELEMENTS = new Set([
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li'],
  ...['article', 'section', 'blockquote', 'details', 'br'],
]);
/** Elements Pagefind leaves out of the index whatever their attributes (its REMOVE_SELECTORS, 1.6). */
const REMOVED_ELEMENTS = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/** Elements without an end tag. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
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
 * without that element, or with it left open, is handed over whole: Pagefind then reads or skips the full page, and the
 * index step reports a page it skipped.
 */
export function searchablePart(html: string): string {
  const bounds = searchableBounds(html);
  if (!bounds) return html;
  return `<!DOCTYPE html>${bounds.htmlTag}<head><meta charset="utf-8"></head><body>${html.slice(bounds.start, bounds.end)}</body></html>`;
}

/** Whether the page has a closed data-pagefind-body element: Pagefind leaves a page without one out of the index. */
export function hasSearchablePart(html: string): boolean {
  return searchableBounds(html) !== null;
}

export function pageForIndex(html: string): string {
  return searchablePart(html).replace(TEXT_BETWEEN_TAGS, (_match, text: string) => `>${spaceHanWords(text)}<`);
}

/** What the index reads of a page: its text (data-pagefind-ignore parts left out) and its title (the first h1). */
export interface IndexedText {
  content: string;
  title: string;
}

/** Astro and the Markdown renderer escape text with these entities only: numeric ones and the XML five (and nbsp). */
function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal || hex) return String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex!, 16));
    return NAMED_ENTITIES[name!.toLowerCase()] ?? whole;
  });
}

/**
 * The text of a page as pageForIndex hands it over, read as Pagefind reads it: what lies between the tags of the
 * searchable element, entities decoded, a space around each element Pagefind separates, nothing inside an element it
 * leaves out or one marked data-pagefind-ignore; the title is the first h1's text.
 */
export function indexedText(page: string): IndexedText {
  const content: string[] = [];
  let title: string[] | null = null;
  let titleDone = false;
  const open: { name: string; ignored: boolean; title: boolean }[] = [];
  let ignoredDepth = 0;
  let inBody = false;
  let at = 0;
  for (const tag of tagsOf(page)) {
    if (inBody && ignoredDepth === 0 && tag.start > at) {
      const text = decodeEntities(page.slice(at, tag.start));
      content.push(text);
      if (title && !titleDone) title.push(text);
    }
    at = tag.end;
    if (ignoredDepth === 0 && SEPARATED_ELEMENTS.has(tag.name)) content.push(' ');
    if (VOID_ELEMENTS.has(tag.name) || tag.shape.endsWith('/>')) continue;
    if (!tag.closing) {
      if (!inBody && SEARCHABLE_ATTRIBUTE.test(tag.shape)) inBody = true;
      const ignored = REMOVED_ELEMENTS.has(tag.name) || IGNORED_ATTRIBUTE.test(tag.shape);
      const isTitle = tag.name === 'h1' && title === null && ignoredDepth === 0 && inBody;
      if (isTitle) title = [];
      open.push({ name: tag.name, ignored, title: isTitle });
      if (ignored) ignoredDepth++;
      continue;
    }
    const closed = open.findLastIndex((e) => e.name === tag.name);
    if (closed === -1) continue;
    for (const element of open.splice(closed)) {
      if (element.ignored) ignoredDepth--;
      if (element.title) titleDone = true;
    }
  }
  const squeeze = (parts: readonly string[]): string => parts.join('').replace(/\s+/g, ' ').trim();
  return { content: squeeze(content), title: squeeze(title ?? []) };
}
