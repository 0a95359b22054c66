// The Pagefind search index of a built site, written to <outDir>/pagefind/. It runs once `astro build` has exited
// (src/cli/build.ts): Pagefind's indexer holds the whole index in memory, and so does Astro its content store, so
// running them one after the other keeps the build's peak memory at the larger of the two, not their sum. The article
// pages go in newest first (index-order.ts); beside the bundle go the files the search page reads itself: each page's
// filter values and the vocabulary for "did you mean", both made from what the build already holds, never read back
// from the bundle.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFilterValues } from './filter-values-table.ts';
import { ARTICLES_FILE, articlesNewestFirst } from './index-order.ts';
import { withPagefindIndex, type PagefindIndexWriter } from './pagefind-adapter.ts';
import { hasSearchablePart, indexedText, pageForIndex } from './page-for-index.ts';
import { DEFAULT_STAGING_ROOT, stagePages } from './staged-pages.ts';
import { Vocabulary, writeVocabulary } from './vocabulary.ts';

/** The bundle folder under the output directory; the browser loads it from withBase('pagefind/'). */
export const BUNDLE_DIR = 'pagefind';
/** Article pages only, each at /articles/<slug>/: everything else (home, lists, topics) would duplicate them in results. */
const ARTICLES_DIR = 'articles';

/** The article pages on disk, which the index must hold one for one (a page Pagefind skips is reported, not lost). */
function articleSlugs(outDir: string): string[] {
  const articles = join(outDir, ARTICLES_DIR);
  if (!existsSync(articles)) return [];
  return readdirSync(articles, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(articles, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

export function countArticlePages(outDir: string): number {
  return articleSlugs(outDir).length;
}

/** What the index step did, for the build log. */
export interface IndexReport {
  indexed: number;
  /** Where Pagefind read the pages: a folder in memory it read itself (staged-pages.ts), or null when handed one by one. */
  stagedIn: string | null;
}

/**
 * Reads an article page, prepares it for the index (page-for-index.ts), and counts its words into the vocabulary. A
 * page Pagefind would leave out, for want of a data-pagefind-body element, goes into `unsearchable`.
 */
function pageReader(outDir: string, vocabulary: () => Vocabulary, unsearchable: Set<string>): (slug: string) => string {
  return (slug) => {
    const html = readFileSync(join(outDir, ARTICLES_DIR, slug, 'index.html'), 'utf8');
    if (!hasSearchablePart(html)) unsearchable.add(join(outDir, ARTICLES_DIR, slug, 'index.html'));
    const page = pageForIndex(html);
    vocabulary().addPage(indexedText(page));
    return page;
  };
}

/**
 * Hands every article page to the index, one after the other in the given order: Pagefind numbers pages in the order
 * they arrive, so the bundle is the same bytes on every build. Its service reads one page at a time, so the next page
 * is read and prepared here while Pagefind parses the one before. Returns how many pages Pagefind indexed.
 */
async function addOneByOne(index: PagefindIndexWriter, slugs: readonly string[], read: (slug: string) => string): Promise<number> {
  let indexed = 0;
  let next = slugs.length > 0 ? read(slugs[0]!) : undefined;
  for (let i = 0; next !== undefined; i++) {
    const adding = index.addPage(`/${ARTICLES_DIR}/${slugs[i]}/`, next);
    next = i + 1 < slugs.length ? read(slugs[i + 1]!) : undefined;
    if (await adding) indexed++;
  }
  return indexed;
}

/**
 * Indexes the article pages of the built site in `outDir`, newest first. The pages go to Pagefind through a folder in
 * memory when `stagingRoot` is a tmpfs that lists them in that order (staged-pages.ts), otherwise one by one; the
 * bundle is the same bytes either way. A null `stagingRoot` always hands them over one by one.
 */
export async function writeSearchIndex(outDir: string, stagingRoot: string | null = DEFAULT_STAGING_ROOT): Promise<IndexReport> {
  const articles = articlesNewestFirst(outDir);
  const slugs = articles.map((a) => a.slug);
  const onDisk = articleSlugs(outDir);
  const listed = new Set(slugs);
  if (onDisk.length !== slugs.length || onDisk.some((slug) => !listed.has(slug))) {
    const pages = join(outDir, ARTICLES_DIR);
    const list = join(outDir, ARTICLES_FILE);
    throw new Error(`${list} lists ${slugs.length} articles but ${pages} holds ${onDisk.length} article pages: build the site again`);
  }
  let vocabulary = new Vocabulary();
  const unsearchable = new Set<string>();
  const read = pageReader(outDir, () => vocabulary, unsearchable);
  const bundle = join(outDir, BUNDLE_DIR);
  let stagedIn: string | null = null;
  const indexed = await withPagefindIndex(async (index) => {
    let count: number;
    const stage = stagingRoot === null ? null : stagePages(outDir, ARTICLES_DIR, slugs, read, stagingRoot);
    if (stage) {
      stagedIn = stagingRoot;
      try {
        count = await index.addFolder(stage);
      } finally {
        // Pagefind has read every page by now; the memory goes back before it builds the index.
        rmSync(stage, { recursive: true, force: true });
      }
    } else {
      // A stage given up half way has counted some pages already.
      vocabulary = new Vocabulary();
      count = await addOneByOne(index, slugs, read);
    }
    rmSync(bundle, { recursive: true, force: true });
    await index.write(bundle);
    return count;
  });
  if (unsearchable.size > 0) {
    const pages = [...unsearchable].sort().map((p) => `  - ${p}`);
    throw new Error(
      `${pages.length} of ${slugs.length} article pages have no closed data-pagefind-body element, so the index would leave` +
        ` them out; every article page needs one (src/pages/articles/[slug].astro):\n${pages.join('\n')}`,
    );
  }
  if (indexed !== slugs.length) {
    const pages = join(outDir, ARTICLES_DIR);
    throw new Error(`${slugs.length} article pages in ${pages} but Pagefind indexed ${indexed}: build the site again`);
  }
  writeFilterValues(bundle, articles);
  writeVocabulary(bundle, vocabulary);
  return { indexed, stagedIn };
}
