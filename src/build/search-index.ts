// The Pagefind search index of a built site, written to <outDir>/pagefind/. It runs once `astro build` has exited
// (src/cli/build.ts): Pagefind's indexer holds the whole index in memory, and so does Astro its content store, so
// running them one after the other keeps the build's peak memory at the larger of the two, not their sum.
//
// One index for every language: Pagefind splits indexes by <html lang> and a page searches only its own, so a French or
// Chinese article would be invisible from the English search page. Forcing one language keeps every article in one index
// (one wasm file and one set of chunks to fetch). That language is `und` (undetermined): no stemmer runs, so no
// language's words are cut by another language's rules, and no segmenter runs. Pagefind's Chinese segmenter (language
// `zh`) would run over every page, Latin text included, and cost 0.45 GB more at 10 000 articles; instead each page is
// handed over with a space between its Chinese words (page-for-index.ts), which the search page takes out again.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeFilterValues } from './filter-values.ts';
import { readFragments } from './index-fragments.ts';
import { slugsNewestFirst } from './index-order.ts';
import { writeVocabulary } from './vocabulary.ts';
import { pageForIndex } from './page-for-index.ts';
import { DEFAULT_STAGING_ROOT, stagePages } from './staged-pages.ts';

export const INDEX_LANGUAGE = 'und';
/** The bundle folder under the output directory; the browser loads it from withBase('pagefind/'). */
export const BUNDLE_DIR = 'pagefind';
/** Article pages only, each at /articles/<slug>/: everything else (home, lists, topics) would duplicate them in results. */
export const ARTICLES_DIR = 'articles';

/**
 * Pagefind's binary allocates with jemalloc, which keeps freed memory for 10 s before giving it back to the system.
 * Pagefind frees large copies of the index while it writes the bundle, so that memory piles up at its peak: at 10 000
 * articles 2.89–2.96 GB with jemalloc's defaults, 2.69–2.70 GB with freed memory returned within 0.2 s by a background
 * thread, no slower (three alternating runs each). Read from the environment when Pagefind's process starts.
 */
const PAGEFIND_ALLOCATOR_ENV = '_RJEM_MALLOC_CONF';
const PAGEFIND_ALLOCATOR = 'background_thread:true,dirty_decay_ms:200,muzzy_decay_ms:0';

/** Pagefind reports problems in each response instead of throwing; one error names them all. */
export function failIfErrors(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`Pagefind could not build the search index:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** The article pages on disk, which the index must hold one for one (a page Pagefind skips is reported, not lost). */
export function articleSlugs(outDir: string): string[] {
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

/** One article page as the index is handed it. URLs are stored without the base path: the browser prefixes it (withBase). */
function indexedPage(outDir: string, slug: string): { url: string; content: string } {
  const html = readFileSync(join(outDir, ARTICLES_DIR, slug, 'index.html'), 'utf8');
  return { url: `/${ARTICLES_DIR}/${slug}/`, content: pageForIndex(html) };
}

/**
 * Hands every article page to the index, one after the other in the given order (newest first, index-order.ts):
 * Pagefind numbers pages in the order they arrive, so the bundle is the same bytes on every build. Its service reads one page at a time, so the next page is
 * read and prepared here while Pagefind parses the one before. Returns the problems Pagefind reported.
 */
async function addArticlePages(index: pagefind.PagefindIndex, outDir: string, slugs: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  let next = slugs.length > 0 ? indexedPage(outDir, slugs[0]!) : undefined;
  for (let i = 0; next; i++) {
    const adding = index.addHTMLFile(next);
    next = i + 1 < slugs.length ? indexedPage(outDir, slugs[i + 1]!) : undefined;
    const added = await adding;
    problems.push(...added.errors.map((e) => `/${ARTICLES_DIR}/${slugs[i]}/: ${e}`));
  }
  return problems;
}

/** What the index step did, for the build log. */
export interface IndexReport {
  indexed: number;
  /** Where Pagefind read the pages: a folder in memory it read itself (staged-pages.ts), or null when handed one by one. */
  stagedIn: string | null;
}

/**
 * Indexes the article pages of the built site in `outDir`, newest first. The pages go to Pagefind through a folder in
 * memory when `stagingRoot` is a tmpfs that lists them in that order (staged-pages.ts), otherwise one by one; the
 * bundle is the same bytes either way. A null `stagingRoot` always hands them over one by one. Beside the bundle go the
 * files the search page reads itself: each page's filter values and the vocabulary for "did you mean".
 */
export async function writeSearchIndex(outDir: string, stagingRoot: string | null = DEFAULT_STAGING_ROOT): Promise<IndexReport> {
  const slugs = slugsNewestFirst(join(outDir, ARTICLES_DIR), articleSlugs(outDir));
  const expected = slugs.length;
  const problems: string[] = [];
  let indexed = 0;
  let stagedIn: string | null = null;
  // Pagefind's process starts with the first call below and inherits this environment; a setting of the caller's stays.
  process.env[PAGEFIND_ALLOCATOR_ENV] ??= PAGEFIND_ALLOCATOR;
  try {
    const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    problems.push(...created.errors.map((e) => `createIndex: ${e}`));
    const index = created.index;
    if (!index) {
      failIfErrors([...problems, 'createIndex returned no index']);
      return { indexed: 0, stagedIn };
    }
    const stage = stagingRoot === null ? null : stagePages(outDir, ARTICLES_DIR, slugs, stagingRoot);
    if (stage) {
      stagedIn = stagingRoot;
      try {
        const added = await index.addDirectory({ path: stage });
        problems.push(...added.errors.map((e) => `addDirectory: ${e}`));
      } finally {
        // Pagefind has read every page by now; the memory goes back before it builds the index.
        rmSync(stage, { recursive: true, force: true });
      }
    } else {
      problems.push(...(await addArticlePages(index, outDir, slugs)));
    }
    const bundle = join(outDir, BUNDLE_DIR);
    rmSync(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    problems.push(...written.errors.map((e) => `writeFiles: ${e}`));
    // Pagefind drops a page without data-pagefind-body silently; a page in the index is a fragment file.
    indexed = existsSync(join(bundle, 'fragment')) ? readdirSync(join(bundle, 'fragment')).length : 0;
    if (indexed !== expected) {
      problems.push(`${expected} article pages in ${join(outDir, ARTICLES_DIR)} but ${indexed} indexed: every article page needs its data-pagefind-body`);
    }
    failIfErrors(problems);
  } finally {
    await pagefind.close();
  }
  // Read once Pagefind's process has gone: the fragments hold every page's text, and Pagefind's memory is back by now.
  const bundle = join(outDir, BUNDLE_DIR);
  const fragments = readFragments(bundle);
  writeFilterValues(bundle, fragments);
  writeVocabulary(bundle, fragments);
  return { indexed, stagedIn };
}
