// The Pagefind search index of a built site, written to <outDir>/pagefind/. It runs once `astro build` has exited
// (src/cli/build.ts): Pagefind's indexer holds the whole index in memory, and so does Astro its content store, so
// running them one after the other keeps the build's peak memory at the larger of the two, not their sum.
//
// One index for every language: Pagefind splits indexes by <html lang> and a page searches only its own, so a French or
// Chinese article would be invisible from the English search page. Forcing one language keeps every article in one index
// (one wasm file and one set of chunks to fetch). That language is `zh` so Chinese text is segmented (words and
// character pairs) at index time; Latin text is split on spaces either way, and no stemmer runs, so no language's
// words are cut by another language's rules.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeNewestFirst } from './newest-first.ts';

export const INDEX_LANGUAGE = 'zh';
/** The bundle folder under the output directory; the browser loads it from withBase('pagefind/'). */
export const BUNDLE_DIR = 'pagefind';
/** Article pages only: everything else (home, lists, topics) would duplicate the articles in results. */
export const ARTICLE_PAGES = 'articles/*/index.html';

/** Pagefind reports problems in each response instead of throwing; one error names them all. */
export function failIfErrors(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`Pagefind could not build the search index:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** The article pages on disk, which the index must hold one for one (a page Pagefind skips is reported, not lost). */
export function countArticlePages(outDir: string): number {
  const articles = join(outDir, 'articles');
  if (!existsSync(articles)) return 0;
  return readdirSync(articles, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(articles, d.name, 'index.html'))).length;
}

/** Indexes the article pages of the built site in `outDir`; returns how many were indexed. */
export async function writeSearchIndex(outDir: string): Promise<number> {
  const expected = countArticlePages(outDir);
  const problems: string[] = [];
  let indexed = 0;
  try {
    const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    problems.push(...created.errors.map((e) => `createIndex: ${e}`));
    const index = created.index;
    if (!index) {
      failIfErrors([...problems, 'createIndex returned no index']);
      return 0;
    }
    // URLs are stored without the base path (/articles/<slug>/): the browser prefixes it (withBase) when it shows a result.
    const added = await index.addDirectory({ path: outDir, glob: ARTICLE_PAGES });
    problems.push(...added.errors.map((e) => `addDirectory: ${e}`));
    const bundle = join(outDir, BUNDLE_DIR);
    rmSync(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    problems.push(...written.errors.map((e) => `writeFiles: ${e}`));
    // addDirectory counts the pages it read, before Pagefind drops those without data-pagefind-body; a page in the
    // index is a fragment file.
    indexed = existsSync(join(bundle, 'fragment')) ? readdirSync(join(bundle, 'fragment')).length : 0;
    if (indexed !== expected) {
      problems.push(`${expected} article pages in ${join(outDir, 'articles')} but ${indexed} indexed: every article page needs its data-pagefind-body`);
    }
    failIfErrors(problems);
    writeNewestFirst(bundle);
  } finally {
    await pagefind.close();
  }
  return indexed;
}
