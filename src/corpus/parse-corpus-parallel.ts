// parseCorpus on several threads: each file parses on its own (language detection dominates), so a large corpus is
// split across worker threads, one per core. The result is the same as parseCorpus's, in the same order. On request the
// threads also render each article body to HTML, so that work is shared across the cores too.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DEFAULT_PEOPLE_FILE, DEFAULT_TOPICS_FILE, createCorpusContext, type CorpusContext } from './context.ts';
import { renderArticleBody } from '../render/article-body.ts';
import { parseArticle } from './parse-article.ts';
import { listCorpusFolder } from './corpus-folder.ts';
import { finishCorpus, readCorpus, type CorpusResult, type ParseJob, type ReadCorpus, type Reuse } from './parse-corpus.ts';
import type { ParseResult } from './types.ts';

/** Below this many files, starting threads (each loads the language model and the data files) costs more than it saves. */
const MIN_FILES_PER_THREAD = 1000;
const MAX_THREADS = 8;

export interface ParallelOptions {
  threads?: number;
  /** Defaults to MIN_FILES_PER_THREAD; tests lower it to run threads on a small corpus. */
  minFilesPerThread?: number;
  topicsFile?: string;
  peopleFile?: string;
  /** Also render the body of every article parsed (not reused) with renderArticleBody: CorpusResult's bodyHtml. */
  renderBodies?: boolean;
  /**
   * Start the threads before the files are read, so they load the language model meanwhile: for a first parse, when
   * no file can be reused. Threads the files turn out not to need are stopped unused.
   */
  startThreadsEarly?: boolean;
}

/** One file's parse and, when asked for, its article's body as HTML. */
export interface ParsedFile {
  result: ParseResult;
  bodyHtml: string | null;
}

export interface ParallelCorpusResult extends CorpusResult {
  /** The rendered body of each article parsed in this run, by source file (empty unless `renderBodies`). */
  bodyHtml: Map<string, string>;
}

/** Parse one file and, if asked, render its body: the same work on the main thread and on a worker. */
export async function parseFile(job: ParseJob, ctx: CorpusContext, renderBodies: boolean): Promise<ParsedFile> {
  const result = parseArticle(job.file, job.bytes, ctx);
  return { result, bodyHtml: renderBodies && result.ok ? await renderArticleBody(result.article.body) : null };
}

/** A parser thread, started (loading its modules and the language model) before it is given files. */
interface ParserThread {
  parse(jobs: ParseJob[]): Promise<ParsedFile[]>;
  stop(): void;
}

function startThread(topicsFile: string, peopleFile: string, renderBodies: boolean): ParserThread {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { workerData: { topicsFile, peopleFile, renderBodies } });
  const done = new Promise<ParsedFile[]>((resolve, reject) => {
    worker.once('message', (results: ParsedFile[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`corpus parser thread stopped with exit code ${code}`));
    });
  });
  // A thread stopped unused rejects nobody is waiting for; a used one's failure still reaches parse()'s caller.
  done.catch(() => {});
  return {
    parse(jobs) {
      worker.postMessage(jobs);
      return done;
    },
    stop: () => void worker.terminate(),
  };
}

/** How many threads `files` files are worth (below 2, none: the files are parsed here). */
function threadCount(files: number, options: ParallelOptions): number {
  const perThread = options.minFilesPerThread ?? MIN_FILES_PER_THREAD;
  return Math.min(options.threads ?? availableParallelism(), MAX_THREADS, Math.floor(files / perThread));
}

async function parseJobs(jobs: readonly ParseJob[], started: ParserThread[], options: ParallelOptions): Promise<ParsedFile[]> {
  const { topicsFile = DEFAULT_TOPICS_FILE, peopleFile = DEFAULT_PEOPLE_FILE, renderBodies = false } = options;
  const threads = threadCount(jobs.length, options);
  for (const unused of started.splice(threads < 2 ? 0 : threads)) unused.stop();
  if (threads < 2) {
    const ctx = createCorpusContext(topicsFile, peopleFile);
    const parsed: ParsedFile[] = [];
    for (const job of jobs) parsed.push(await parseFile(job, ctx, renderBodies));
    return parsed;
  }
  while (started.length < threads) started.push(startThread(topicsFile, peopleFile, renderBodies));
  // Contiguous shares of equal size; the results are joined back in the same order.
  const share = Math.ceil(jobs.length / threads);
  return (await Promise.all(started.map((thread, i) => thread.parse(jobs.slice(i * share, (i + 1) * share))))).flat();
}

export async function parseCorpusParallel(dir: string, reuse?: Reuse, options: ParallelOptions = {}): Promise<ParallelCorpusResult> {
  const { topicsFile = DEFAULT_TOPICS_FILE, peopleFile = DEFAULT_PEOPLE_FILE, renderBodies = false } = options;
  const listing = listCorpusFolder(dir);
  const early = options.startThreadsEarly ? threadCount(listing.articleFiles.length, options) : 0;
  const started = Array.from({ length: early < 2 ? 0 : early }, () => startThread(topicsFile, peopleFile, renderBodies));
  let read: ReadCorpus;
  try {
    read = readCorpus(dir, reuse, listing);
  } catch (e) {
    for (const thread of started) thread.stop();
    throw e;
  }
  const parsed = await parseJobs(read.jobs, started, options);
  const bodyHtml = new Map<string, string>();
  for (const { result, bodyHtml: html } of parsed) if (result.ok && html !== null) bodyHtml.set(result.article.sourceFile, html);
  return { ...finishCorpus(read, parsed.map((p) => p.result)), bodyHtml };
}
