// A result's page as the reader should see it. The index holds Chinese with a space between words (the indexer has no
// Chinese segmenter: src/build/page-for-index.ts); titles and excerpts are shown as the article writes them.
import { joinHanWords } from '../../search/han-words.ts';
import type { PagefindFragment, PagefindResult } from './pagefind-api.ts';

export function readableFragment(fragment: PagefindFragment): PagefindFragment {
  const title = fragment.meta.title;
  return { ...fragment, content: joinHanWords(fragment.content), meta: { ...fragment.meta, ...(title === undefined ? {} : { title: joinHanWords(title) }) } };
}

/** Pagefind's `data()`, readable. */
export async function loadFragment(result: PagefindResult): Promise<PagefindFragment> {
  return readableFragment(await result.data());
}
