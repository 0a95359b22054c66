// Astro content loader for the article corpus: thin glue between the corpus library and Astro's data store.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { parseCorpus } from '../corpus/parse-corpus.ts';
import { createCorpusContext } from '../corpus/context.ts';
import { formatErrorReport, formatProblem } from '../corpus/report.ts';
import { renderArticleBody } from '../render/article-body.ts';
import type { Article } from '../corpus/types.ts';

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
  for (const folder of ['../corpus/', '../data/', '../render/']) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(resolve(dir, name)));
  }
  return hash.digest('hex');
}

export function corpusLoader(options: CorpusLoaderOptions): Loader {
  if (!options.directory) throw new Error('corpusLoader: `directory` is required');
  return {
    name: 'corpus-loader',
    load: async ({ store, logger, parseData, generateDigest, config }) => {
      const started = performance.now();
      const directory = resolve(fileURLToPath(config.root), options.directory);
      const fingerprint = parserFingerprint();
      const storedByFile = new Map<string, { digest: string; article: Article }>();
      for (const entry of store.values()) {
        const article = entry.data as unknown as Article;
        if (typeof entry.digest === 'string') storedByFile.set(article.sourceFile, { digest: entry.digest, article });
      }
      const digests = new Map<string, string>();
      let reused = 0;
      const result = parseCorpus(directory, createCorpusContext(), (file, bytes) => {
        const digest = generateDigest(fingerprint + Buffer.from(bytes).toString('base64'));
        digests.set(file, digest);
        const stored = storedByFile.get(file);
        if (stored?.digest !== digest) return undefined;
        reused++;
        return stored.article;
      });

      for (const note of result.ignoredFiles) logger.info(`ignored ${options.directory}/${note} (not a .txt file)`);
      for (const w of result.warnings) logger.warn(formatProblem(w, options.directory).trim());
      if (result.errors.length > 0) {
        const error = new AstroError(formatErrorReport(result.errors, options.directory, result.fileCount), 'Fix or remove the files named above, then build again. `npm run corpus:check` lists every inferred field.');
        // The report is for editors: a stack trace into the loader would only bury it.
        error.stack = '';
        throw error;
      }

      const keep = new Set(result.articles.map((a) => a.slug));
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      for (const article of result.articles) {
        const digest = digests.get(article.sourceFile)!;
        if (store.get(article.slug)?.digest === digest) continue;
        const data = await parseData({ id: article.slug, data: article as unknown as Record<string, unknown> });
        store.set({ id: article.slug, data, digest, rendered: { html: await renderArticleBody(article.body) } });
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      logger.info(`${result.articles.length} articles from ${options.directory}/ (${result.articles.length - reused} parsed, ${reused} unchanged) in ${seconds}s`);
    },
  };
}
