// Astro content loader for the article corpus: thin glue between the corpus library and Astro's data store. Like
// Astro's glob(), each entry carries its file's path and a digest, an unchanged file is not parsed again, and in
// `astro dev` only the files changed, added or deleted are.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { createCorpusContext, type CorpusContext } from '../corpus/context.ts';
import { readCorpusFile, type CorpusListing } from '../corpus/corpus-folder.ts';
import { parseArticle } from '../corpus/parse-article.ts';
import { parseJobs } from '../corpus/parse-corpus-parallel.ts';
import { placeParses, readCorpus, settleCorpus, type CorpusResult, type FileOutcome } from '../corpus/parse-corpus.ts';
import { formatErrorReport, formatProblem } from '../corpus/report.ts';
import type { ParseResult } from '../corpus/types.ts';
import { corpusFileName } from './corpus-path.ts';
import { storedArticles, writeStore, type StoredArticle, type StoreFolder } from './corpus-store.ts';
import { pageArticle, type PageArticle } from './page-article.ts';
import { currentParserFingerprint, entryDigest } from './parser-fingerprint.ts';

/** A large corpus can hold thousands of warnings; past these the build log says how many more and where to see them. */
const WARNINGS_LOGGED = 50;
/** How long a file's watcher events must be quiet before `astro dev` reads it. */
const QUIET_MS = 150;

export interface CorpusLoaderOptions {
  /** The folder of `.txt` articles, relative to the project root or absolute. */
  directory: string;
}

/** One corpus file as last read: its digest (null when it could not be read) and its own parse, or its errors. */
interface KnownFile {
  digest: string | null;
  outcome: FileOutcome<PageArticle>;
}

/** What a sync leaves for the next one in `astro dev`: every file's outcome, what the store holds, the warnings logged. */
interface CorpusState {
  files: Map<string, KnownFile>;
  stored: Map<string, StoredArticle>;
  /** Formatted as logged: a sync of one file logs only the warnings that are new, not the whole corpus's again. */
  warned: Set<string>;
}

/** Where the corpus is, how the log names it, and the Astro context a sync writes through. */
interface Sync {
  folder: StoreFolder;
  label: string;
  context: LoaderContext;
  fingerprint: string;
}

export function corpusLoader(options: CorpusLoaderOptions): Loader {
  if (!options.directory) throw new Error('corpusLoader: `directory` is required');
  return {
    name: 'corpus-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = { directory: resolve(root, options.directory), root };
      const sync: Sync = { folder, label: options.directory, context, fingerprint: currentParserFingerprint() };
      const state = await syncFolder(sync);
      const { watcher, logger } = context;
      if (!watcher) return;
      // In `astro dev`, only the changed, added or deleted article files are parsed; a bad file is then logged, not fatal.
      let ctx: CorpusContext | undefined;
      const parse = (file: string, bytes: Uint8Array): FileOutcome<PageArticle> => {
        ctx ??= createCorpusContext();
        return pageOutcome(parseArticle(file, bytes, ctx));
      };
      // One sync at a time, in the order the events came: each reads the state the one before it left.
      let queue = Promise.resolve();
      /** The files with events since the last sync: true when the file is there, false when it was deleted. */
      const changed = new Map<string, boolean>();
      let quiet: ReturnType<typeof setTimeout> | undefined;
      const onEvent = (event: 'change' | 'add' | 'unlink') => (path: string) => {
        const file = corpusFileName(sync.folder.directory, path);
        if (file === null) return;
        changed.set(file, event !== 'unlink');
        // Files are read once the events have been quiet for a moment: a save that empties a file before writing it
        // gives an event in between, and the write may give none of its own (the same modification time). A checkout
        // that changes many files is then one sync, settled once.
        clearTimeout(quiet);
        quiet = setTimeout(() => {
          const batch = new Map(changed);
          changed.clear();
          queue = queue.then(() => syncFiles(sync, state, batch, parse)).catch((e: Error) => logger.error(e.message));
        }, QUIET_MS);
      };
      watcher.add(sync.folder.directory);
      watcher.on('change', onEvent('change'));
      watcher.on('add', onEvent('add'));
      watcher.on('unlink', onEvent('unlink'));
    },
  };
}

/** A file's parse as the store keeps it: its page data, or its errors. */
function pageOutcome(result: ParseResult): FileOutcome<PageArticle> {
  return result.ok ? { ok: true, article: pageArticle(result.article) } : result;
}

/** Parses the folder (re-using stored entries whose digest is unchanged) and makes the store match it exactly. */
async function syncFolder(sync: Sync): Promise<CorpusState> {
  const started = performance.now();
  const earlier = storedArticles(sync.context.store);
  const digests = new Map<string, string>();
  let reused = 0;
  const read = readCorpus<PageArticle>(sync.folder.directory, (file, bytes) => {
    const digest = entryDigest(sync.fingerprint, bytes);
    digests.set(file, digest);
    const stored = earlier.get(file);
    if (stored?.digest !== digest) return undefined;
    reused++;
    return stored.article;
  });
  // Each parse is cut down to its page data as it arrives, so the whole parses are never held all at once.
  const outcomes = placeParses(read, await parseJobs(read.jobs, {}, pageOutcome), (article) => article);
  const result = settleCorpus(read.listing, outcomes);
  for (const note of result.ignoredFiles) sync.context.logger.info(`ignored ${sync.label}/${note} (not a .txt file)`);
  const warned = new Set<string>();
  const stored = await reportAndStore(sync, result, digests, earlier, warned);
  logSummary(sync, result, read.jobs.length, reused, started);
  const files = new Map<string, KnownFile>();
  read.listing.articleFiles.forEach((file, slot) => {
    files.set(file, { digest: digests.get(file) ?? null, outcome: outcomes[slot]! });
  });
  return { files: keepStoredObjects(files, stored), stored, warned };
}

/**
 * Syncs the files of `batch` (file → whether it is there): parses those whose bytes changed, forgets the deleted ones,
 * then settles the whole corpus again from what is known of every other file. Settling is the one corpus-wide step
 * (copies, and URLs two files claim, depend on every file's text); it reads the stored page data and costs far less
 * than a parse.
 */
async function syncFiles(
  sync: Sync,
  state: CorpusState,
  batch: ReadonlyMap<string, boolean>,
  parse: (file: string, bytes: Uint8Array) => FileOutcome<PageArticle>,
): Promise<void> {
  const started = performance.now();
  let parsed = 0;
  let changed = false;
  for (const [file, exists] of batch) {
    if (!exists) {
      changed = state.files.delete(file) || changed;
      continue;
    }
    const read = readCorpusFile(sync.folder.directory, file);
    const digest = read.ok ? entryDigest(sync.fingerprint, read.bytes) : null;
    if (digest !== null && state.files.get(file)?.digest === digest) continue;
    if (read.ok) parsed++;
    changed = true;
    state.files.set(file, { digest, outcome: read.ok ? parse(file, read.bytes) : { ok: false, errors: [read.error] } });
  }
  if (!changed) return;
  const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const listing: CorpusListing = { articleFiles: [...state.files.keys()].sort(byCodePoint), ignoredFiles: [], errors: [] };
  const result = settleCorpus(
    listing,
    listing.articleFiles.map((f) => state.files.get(f)!.outcome),
  );
  const digests = new Map<string, string>();
  for (const [name, known] of state.files) if (known.digest !== null) digests.set(name, known.digest);
  state.stored = await reportAndStore(sync, result, digests, state.stored, state.warned);
  keepStoredObjects(state.files, state.stored);
  logSummary(sync, result, parsed, digests.size - parsed, started);
}

/**
 * Logs the warnings not in `warned` (and adds them to it) and, when there are errors, throws their report; else writes
 * the result into the store.
 */
async function reportAndStore(
  { context, folder, label }: Sync,
  result: CorpusResult<PageArticle>,
  digests: ReadonlyMap<string, string>,
  earlier: ReadonlyMap<string, StoredArticle>,
  warned: Set<string>,
): Promise<Map<string, StoredArticle>> {
  const { logger } = context;
  const formatted = result.warnings.map((w) => formatProblem(w, label).trim());
  const fresh = formatted.filter((w) => !warned.has(w));
  for (const w of fresh.slice(0, WARNINGS_LOGGED)) logger.warn(w);
  if (fresh.length > WARNINGS_LOGGED) {
    const more = fresh.length - WARNINGS_LOGGED;
    logger.warn(`… and ${more} more warnings: \`npm run corpus:check -- ${label}\` lists them all, file by file.`);
  }
  warned.clear();
  for (const w of formatted) warned.add(w);
  if (result.errors.length > 0) {
    const error = new AstroError(
      formatErrorReport(result.errors, label, result.fileCount),
      'Fix or remove the files named above, then build again. `npm run corpus:check` lists every inferred field.',
    );
    // The report is for editors: a stack trace into the loader would only bury it.
    error.stack = '';
    throw error;
  }
  return writeStore(result, digests, earlier, folder, context);
}

/** The line tests and the benchmark read: how many articles, and how many files were parsed or reused. */
function logSummary({ context, label }: Sync, result: CorpusResult<PageArticle>, parsed: number, unchanged: number, started: number): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  context.logger.info(`${result.articles.length} articles from ${label}/ (${parsed} parsed, ${unchanged} unchanged) in ${seconds}s`);
}

/**
 * Points each published file's outcome at the page data the store holds for it: settling reads it as the file's
 * parse (it undoes what settling added), and the state then holds no second copy of the corpus.
 */
function keepStoredObjects(files: Map<string, KnownFile>, stored: ReadonlyMap<string, StoredArticle>): Map<string, KnownFile> {
  for (const [file, { article }] of stored) {
    const known = files.get(file);
    if (known) known.outcome = { ok: true, article };
  }
  return files;
}
