// A result's page as the reader should see it. The index holds Chinese with a space between words (the indexer has no
// Chinese segmenter: src/indexing/page-for-index.ts); titles and excerpts are shown as the article writes them.
import { joinHanWords } from '../../search/han-words.ts';
import { keepPerObjectUnlessFailed } from './keep-unless-failed.ts';
import type { PagefindFragment, PagefindResult } from './pagefind-api.ts';

function readableFragment(fragment: PagefindFragment): PagefindFragment {
  const title = fragment.meta.title;
  return {
    ...fragment,
    content: joinHanWords(fragment.content),
    meta: { ...fragment.meta, ...(title === undefined ? {} : { title: joinHanWords(title) }) },
  };
}

/**
 * Pagefind's `data()`, asked once per result. Each call builds an excerpt and sub-results again, about a millisecond a
 * result at 10 000 articles, and a result may be read to settle its tier, to check a word being typed and to show it.
 * The page reads only what is the page's own (content, meta, filters, raw_url), the same on every call.
 */
export const resultData = keepPerObjectUnlessFailed((result: PagefindResult): Promise<PagefindFragment> => result.data());

/** Pagefind's `data()`, readable; callers share the object and only read it. */
export const loadFragment = keepPerObjectUnlessFailed(
  async (result: PagefindResult): Promise<PagefindFragment> => readableFragment(await resultData(result)),
);
