// Astro content loader for the article corpus: thin glue between the corpus library and Astro's data store.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { parseCorpusParallel } from '../corpus/parse-corpus-parallel.ts';
import { formatErrorReport, formatProblem } from '../corpus/report.ts';
import type { Article } from '../corpus/types.ts';
import { pageArticle, type PageArticle } from './page-article.ts';

/** A large corpus can hold thousands of warnings; past these the build log says how many more and where to see them. */
const WARNINGS_LOGGED = 50;

export interface CorpusLoaderOptions {
  /** The folder of `.txt` articles, relative to the project root or absolute. */
  directory: string;
}

/**
 * A fingerprint of everything besides a file's bytes that decides its parse: the parser's source and the data files.
 * Stored digests include it, so editing the taxonomy or the parser re-parses every file.
 */
function parserFingerprint(): string {
  const hash = createHash('sha256');
  for (const folder of ['../corpus/', '../data/']) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(resolve(dir, name)));
  }
  return hash.digest('hex');
}

export function corpusLoader(options: CorpusLoaderOptions): Loader {
  if (!options.directory) throw new Error('corpusLoader: `directory` is required');
  return {
    name: 'corpus-loader',
    load: async (context) => {
      const directory = resolve(fileURLToPath(context.config.root), options.directory);
      await syncCorpus(directory, options.directory, context);
      // In `astro dev`, re-sync when a corpus file changes; a bad file is then logged, not fatal.
      context.watcher?.add(directory);
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(directory)) return;
        syncCorpus(directory, options.directory, context).catch((e: Error) => context.logger.error(e.message));
      });
    },
  };
}

/** Parse the folder (re-using stored entries whose bytes and parser are unchanged) and update the store to match it exactly. */
async function syncCorpus(directory: string, label: string, { store, logger, parseData, generateDigest }: LoaderContext): Promise<void> {
  const started = performance.now();
  const fingerprint = parserFingerprint();
  const storedByFile = new Map<string, { digest: string; article: Article }>();
  for (const entry of store.values()) {
    // A stored entry is page data, not a whole Article: it stands in for an unchanged file's parse, of which the corpus
    // then reads only what page data keeps (slug, sourceFile, overridden, warnings), and it is never stored again.
    const article = entry.data as unknown as PageArticle as Article;
    if (typeof entry.digest === 'string') storedByFile.set(article.sourceFile, { digest: entry.digest, article });
  }
  const digests = new Map<string, string>();
  let reused = 0;
  const result = await parseCorpusParallel(directory, (file, bytes) => {
    // A view of the bytes: Buffer.from(bytes) would copy every file once more.
    const digest = generateDigest(fingerprint + Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'));
    digests.set(file, digest);
    const stored = storedByFile.get(file);
    if (stored?.digest !== digest) return undefined;
    reused++;
    return stored.article;
  });

  for (const note of result.ignoredFiles) logger.info(`ignored ${label}/${note} (not a .txt file)`);
  for (const w of result.warnings.slice(0, WARNINGS_LOGGED)) logger.warn(formatProblem(w, label).trim());
  if (result.warnings.length > WARNINGS_LOGGED) {
    logger.warn(`… and ${result.warnings.length - WARNINGS_LOGGED} more warnings: \`npm run corpus:check -- ${label}\` lists them all, file by file.`);
  }
  if (result.errors.length > 0) {
    const error = new AstroError(formatErrorReport(result.errors, label, result.fileCount), 'Fix or remove the files named above, then build again. `npm run corpus:check` lists every inferred field.');
    // The report is for editors: a stack trace into the loader would only bury it.
    error.stack = '';
    throw error;
  }

  const keep = new Set(result.articles.map((a) => a.slug));
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  for (const article of result.articles) {
    const digest = digests.get(article.sourceFile)!;
    // The same bytes under the same URL can stand for another file (a copy published in its place) or gain copies.
    const stored = store.get(article.slug);
    const storedData = stored?.data as Partial<Article> | undefined;
    if (stored?.digest === digest && storedData?.sourceFile === article.sourceFile && sameList(storedData.copies, article.copies)) continue;
    // Only the page data (src/content/page-article.ts), and no rendered HTML: the article page renders the body
    // (src/render/article-body.ts) the one time it is needed. Astro serialises the store, bundles it and holds it in
    // memory whole, so every byte kept here is paid several times.
    const data = await parseData({ id: article.slug, data: pageArticle(article) as unknown as Record<string, unknown> });
    store.set({ id: article.slug, data, digest });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  logger.info(`${result.articles.length} articles from ${label}/ (${result.articles.length - reused} parsed, ${reused} unchanged) in ${seconds}s`);
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return (a ?? []).join('\n') === (b ?? []).join('\n');
}
