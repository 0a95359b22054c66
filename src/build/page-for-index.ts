// An article page as the search indexer reads it: the page's own HTML with a space between Chinese words (the index has
// no Chinese segmenter of its own; see src/search/han-words.ts). The page on disk is not changed.
import { spaceHanWords } from '../search/han-words.ts';

/** Text between tags only: attribute values and tag names are left as they are. */
const TEXT_BETWEEN_TAGS = />([^<]+)</g;

export function pageForIndex(html: string): string {
  return html.replace(TEXT_BETWEEN_TAGS, (_match, text: string) => `>${spaceHanWords(text)}<`);
}
