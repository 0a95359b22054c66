// The Pagefind search index of a built site, written to <outDir>/pagefind/. It runs once `astro build` has exited
// (src/cli/build.ts): Pagefind's indexer holds its whole index in memory, and so does Astro its content store, so
// running them one after the other keeps the build's peak memory at the larger of the two, not their sum. The index is
// in shards (src/search/index-shards.ts), each written by a Pagefind process of its own, one after the other, so that
// peak is a shard's, not the corpus's. The article pages go in newest first (index-order.ts); beside the shards go the
// files the search page reads itself: each page's filter values and the vocabulary for "did you mean", both made from
// what the build already holds, never read back from the bundle.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { planShards } from '../search/index-shards.ts';
import { writeFilterValues } from './filter-values-table.ts';
import { ARTICLES_FILE, articlesNewestFirst, type IndexedArticle } from './index-order.ts';
import { withPagefindIndex, type PagefindIndexWriter } from './pagefind-adapter.ts';
import { hasSearchablePart, indexedText, pageForIndex } from './page-for-index.ts';
import { checkSearchPageShards } from './search-page-shards.ts';
import { keepShardIfUnchanged, shardFingerprint, writeShardFingerprint } from './shard-fingerprint.ts';
import { DEFAULT_STAGING_ROOT, stagePages } from './staged-pages.ts';
import { Vocabulary, writeVocabulary } from './vocabulary.ts';

/** The bundle folder under the output directory; the browser loads it from withBase('pagefind/'). */
const BUNDLE_DIR = 'pagefind';
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

export interface IndexOptions {
  /** SEARCH_SHARD_ARTICLES, or null to size shards by the corpus (src/search/index-shards.ts); as the pages were built. */
  shardSetting: number | null;
  /** A folder in memory Pagefind reads the pages from (staged-pages.ts); null hands them over one by one. */
  stagingRoot?: string | null;
  /** An earlier build of the same site: its shards whose pages are unchanged are copied instead of indexed again. */
  previous?: string | null;
  /** Writes this shard only, and not the files beside the shards: the step a machine of several runs (README). */
  only?: string;
}

/** What the index step did, for the build log. */
export interface IndexReport {
  /** Pages Pagefind indexed in this run; the pages of kept shards are not among them. */
  indexed: number;
  /** Pages the index holds. */
  pages: number;
  /** Where Pagefind read the pages: a folder in memory it read itself (staged-pages.ts), or null when handed one by one. */
  stagedIn: string | null;
  shards: number;
  /** Shards kept from the output folder or copied from the previous build, their pages unchanged. */
  kept: number;
}

/**
 * Hands every page to the index, one after the other in the given order: Pagefind numbers pages in the order they
 * arrive, so the bundle is the same bytes on every build. Returns how many pages Pagefind indexed.
 */
async function addOneByOne(index: PagefindIndexWriter, slugs: readonly string[], pages: readonly string[]): Promise<number> {
  let indexed = 0;
  for (const [i, slug] of slugs.entries()) if (await index.addPage(`/${ARTICLES_DIR}/${slug}/`, pages[i]!)) indexed++;
  return indexed;
}

/**
 * Writes one shard's bundle to `target` with a Pagefind process of its own; the number of pages it indexed. The pages
 * are copied to memory before Pagefind starts, so the two never hold them at once.
 */
async function indexShard(
  target: string,
  slugs: readonly string[],
  pages: readonly string[],
  stagingRoot: string | null,
): Promise<{ indexed: number; staged: boolean }> {
  const stage = stagingRoot === null ? null : stagePages(ARTICLES_DIR, slugs, pages, stagingRoot);
  const removeStage = (): void => {
    if (stage) rmSync(stage, { recursive: true, force: true });
  };
  try {
    return await withPagefindIndex(async (index) => {
      const indexed = stage ? await index.addFolder(stage) : await addOneByOne(index, slugs, pages);
      // Pagefind has read every page by now; the memory goes back before it builds the index.
      removeStage();
      rmSync(target, { recursive: true, force: true });
      await index.write(target);
      return { indexed, staged: stage !== null };
    });
  } finally {
    removeStage();
  }
}

/** The listed articles, after checking that they are the article pages on disk, one for one. */
function listedArticles(outDir: string): IndexedArticle[] {
  const articles = articlesNewestFirst(outDir);
  const onDisk = articleSlugs(outDir);
  const listed = new Set(articles.map((a) => a.slug));
  if (onDisk.length !== articles.length || onDisk.some((slug) => !listed.has(slug))) {
    const pages = join(outDir, ARTICLES_DIR);
    const list = join(outDir, ARTICLES_FILE);
    throw new Error(`${list} lists ${articles.length} articles but ${pages} holds ${onDisk.length} article pages: build the site again`);
  }
  return articles;
}

/** The shards the index of the built site in `outDir` is written in, newest first, each with its number of articles. */
export function shardsOfSite(outDir: string, shardSetting: number | null): { name: string; articles: number }[] {
  return planShards(listedArticles(outDir).length, shardSetting).map((s) => ({ name: s.name, articles: s.end - s.start }));
}

/** Everything in the bundle folder that is not a shard of the plan goes: a shard left by a larger corpus, or old files. */
function removeStrays(bundle: string, shardNames: readonly string[]): void {
  if (!existsSync(bundle)) return;
  const keep = new Set(shardNames);
  for (const entry of readdirSync(bundle)) if (!keep.has(entry)) rmSync(join(bundle, entry), { recursive: true, force: true });
}

/**
 * Indexes the article pages of the built site in `outDir`, newest first, shard by shard. A shard whose folder already
 * holds the same pages (its fingerprint), in `outDir` or in `previous`, is kept as it is; every other shard is written
 * by a Pagefind process of its own. The bundle is the same bytes whichever way a shard was made.
 */
export async function writeSearchIndex(outDir: string, options: IndexOptions): Promise<IndexReport> {
  const { shardSetting, stagingRoot = DEFAULT_STAGING_ROOT, previous = null, only } = options;
  const articles = listedArticles(outDir);
  const shards = planShards(articles.length, shardSetting);
  checkSearchPageShards(outDir, shards);
  if (only !== undefined && !shards.some((s) => s.name === only)) {
    throw new Error(`the index of ${outDir} has no shard ${only}: its shards are ${shards.map((s) => s.name).join(', ')}`);
  }
  const bundle = join(outDir, BUNDLE_DIR);
  if (only === undefined)
    removeStrays(
      bundle,
      shards.map((s) => s.name),
    );
  const vocabulary = new Vocabulary();
  const unsearchable: string[] = [];
  const report: IndexReport = { indexed: 0, pages: 0, stagedIn: null, shards: shards.length, kept: 0 };
  for (const shard of shards) {
    if (only !== undefined && shard.name !== only) continue;
    const slugs = articles.slice(shard.start, shard.end).map((a) => a.slug);
    const pages = slugs.map((slug) => {
      const file = join(outDir, ARTICLES_DIR, slug, 'index.html');
      const html = readFileSync(file, 'utf8');
      if (!hasSearchablePart(html)) unsearchable.push(file);
      const page = pageForIndex(html);
      // One shard alone writes no vocabulary: the step that writes the files beside the shards counts every page.
      if (only === undefined) vocabulary.addPage(indexedText(page));
      return page;
    });
    if (unsearchable.length > 0) continue;
    const target = join(bundle, shard.name);
    const fingerprint = shardFingerprint(slugs, pages);
    if (keepShardIfUnchanged(target, fingerprint, previous && join(previous, BUNDLE_DIR, shard.name))) {
      report.kept++;
      report.pages += slugs.length;
      continue;
    }
    const { indexed, staged } = await indexShard(target, slugs, pages, stagingRoot);
    if (indexed !== slugs.length) {
      throw new Error(`${slugs.length} article pages in shard ${shard.name} but Pagefind indexed ${indexed}: build the site again`);
    }
    if (staged) report.stagedIn = stagingRoot;
    writeShardFingerprint(target, fingerprint);
    report.indexed += indexed;
    report.pages += indexed;
  }
  if (unsearchable.length > 0) {
    const listed = unsearchable.sort().map((p) => `  - ${p}`);
    throw new Error(
      `${listed.length} of ${articles.length} article pages have no closed data-pagefind-body element, so the index would leave` +
        ` them out; every article page needs one (src/pages/articles/[slug].astro):\n${listed.join('\n')}`,
    );
  }
  if (only === undefined) {
    writeFilterValues(bundle, articles);
    writeVocabulary(bundle, vocabulary);
  }
  return report;
}

/** The build log's line for an index step that took `ms`: how many pages, in how many shards, how many kept as they were. */
export function describeIndex(report: IndexReport, ms: number): string {
  const read =
    report.indexed === 0 ? '' : `; pages ${report.stagedIn ? `read from a copy in ${report.stagedIn}` : 'handed over one by one'}`;
  const shards = report.shards === 1 ? 'one shard' : `${report.shards} shards`;
  const kept = report.kept === 0 ? '' : `, ${report.kept} kept as their pages are unchanged`;
  return (
    `Pagefind indexed ${report.indexed} article pages in ${(ms / 1000).toFixed(2)}s ` +
    `(one index for every language: ${report.pages} pages in ${BUNDLE_DIR}/ as ${shards}${kept}${read})`
  );
}
