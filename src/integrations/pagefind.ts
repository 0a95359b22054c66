// Astro integration that writes the Pagefind search index after the build.
//
// One index for every language: Pagefind splits indexes by <html lang> and a page searches only its own, so a French or
// Chinese article would be invisible from the English search page. Forcing one language keeps every article in one index
// (one wasm file and one set of chunks to fetch). That language is `zh` so Chinese text is segmented (words and
// character pairs) at index time; Latin text is split on spaces either way, and no stemmer runs, so no language's
// words are cut by another language's rules.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export const INDEX_LANGUAGE = 'zh';
/** The bundle folder under the output directory; the browser loads it from withBase('pagefind/'). */
export const BUNDLE_DIR = 'pagefind';

/** Article pages only: everything else (home, lists, topics) would duplicate the articles in results. */
export function articlePathnames(pages: readonly { pathname: string }[]): string[] {
  return pages
    .map((p) => p.pathname.replace(/^\/+/, ''))
    .filter((p) => /^articles\/[^/]+\/?$/.test(p))
    .sort();
}

/** Pagefind reports problems in each response instead of throwing; one error names them all. */
export function failIfErrors(problems: readonly string[]): void {
  if (problems.length === 0) return;
  throw new Error(`Pagefind could not build the search index:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const pathnames = articlePathnames(pages);
        const problems: string[] = [];
        try {
          const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
          problems.push(...created.errors.map((e) => `createIndex: ${e}`));
          const index = created.index;
          if (!index) return failIfErrors(problems.length > 0 ? problems : ['createIndex returned no index']);
          for (const pathname of pathnames) {
            const file = join(outDir, pathname, 'index.html');
            // URLs are stored without the base path: the browser prefixes it (withBase) when it shows a result.
            const url = `/${pathname.replace(/\/?$/, '/')}`;
            const added = await index.addHTMLFile({ url, content: await readFile(file, 'utf8') });
            problems.push(...added.errors.map((e) => `${url}: ${e}`));
          }
          const written = await index.writeFiles({ outputPath: join(outDir, BUNDLE_DIR) });
          problems.push(...written.errors.map((e) => `writeFiles: ${e}`));
          failIfErrors(problems);
        } finally {
          await pagefind.close();
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`indexed ${pathnames.length} article pages (one ${INDEX_LANGUAGE} index for every language) in ${seconds}s`);
      },
    },
  };
}
