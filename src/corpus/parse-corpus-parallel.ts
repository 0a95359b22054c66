// parseCorpus on several threads: each file parses on its own (language detection dominates), so a large corpus is
// split across worker threads, one per core. The result is the same as parseCorpus's, in the same order.
// A thread sends its results back a batch at a time, and the caller keeps of each parse only what it needs as the batch
// arrives: a whole parse (provenance, evidence, source lines) is several times what a page needs, and a thread's share
// sent in one message is held three times at once (the thread's results, the message, the copy received). Cold builds
// of 30 000 articles: the page build's process peaked at 4.46 GB with one message per thread, at 3.0, 3.5 and 4.3 GB
// in three builds with batches.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DEFAULT_PEOPLE_FILE, DEFAULT_TOPICS_FILE, createCorpusContext } from './context.ts';
import { parseArticle } from './parse-article.ts';
import { finishCorpus, readCorpus, type CorpusResult, type ParseJob, type Reuse } from './parse-corpus.ts';
import type { ParseResult } from './types.ts';

/** Below this many files, starting threads (each loads the language model and the data files) costs more than it saves. */
const MIN_FILES_PER_THREAD = 1000;
const MAX_THREADS = 8;
/** Results per message from a thread. */
const BATCH_SIZE = 250;

export interface ParallelOptions {
  threads?: number;
  /** Defaults to MIN_FILES_PER_THREAD; tests lower it to run threads on a small corpus. */
  minFilesPerThread?: number;
  /** Defaults to BATCH_SIZE; tests lower it so each thread answers in several messages. */
  batchSize?: number;
  topicsFile?: string;
  peopleFile?: string;
}

/** What a thread sends: the results of the next jobs of its share, in order, and whether they are the last. */
interface ResultBatch {
  results: ParseResult[];
  done: boolean;
}

interface ThreadSettings {
  topicsFile: string;
  peopleFile: string;
  batchSize: number;
}

function parseOnThread<R>(jobs: ParseJob[], settings: ThreadSettings, keep: (result: ParseResult) => R): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { workerData: settings });
    const kept: R[] = [];
    worker.on('message', ({ results, done }: ResultBatch) => {
      for (const result of results) kept.push(keep(result));
      if (!done) return;
      resolve(kept);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`corpus parser thread stopped with exit code ${code}`));
    });
    worker.postMessage(jobs);
  });
}

/**
 * Parses the jobs, on threads when there are enough of them, and returns what `keep` makes of each result, in the
 * jobs' order.
 */
export async function parseJobs<R = ParseResult>(
  jobs: readonly ParseJob[],
  options: ParallelOptions = {},
  keep: (result: ParseResult) => R = (result) => result as R,
): Promise<R[]> {
  const { topicsFile = DEFAULT_TOPICS_FILE, peopleFile = DEFAULT_PEOPLE_FILE } = options;
  const perThread = options.minFilesPerThread ?? MIN_FILES_PER_THREAD;
  const threads = Math.min(options.threads ?? availableParallelism(), MAX_THREADS, Math.floor(jobs.length / perThread));
  if (threads < 2) {
    const ctx = createCorpusContext(topicsFile, peopleFile);
    return jobs.map((job) => keep(parseArticle(job.file, job.bytes, ctx)));
  }
  // Contiguous shares of equal size; the results are joined back in the same order.
  const share = Math.ceil(jobs.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => jobs.slice(i * share, (i + 1) * share));
  const settings = { topicsFile, peopleFile, batchSize: options.batchSize ?? BATCH_SIZE };
  const parsed = await Promise.all(shares.map((part) => parseOnThread(part, settings, keep)));
  return parsed.flat();
}

export async function parseCorpusParallel(dir: string, reuse?: Reuse, options: ParallelOptions = {}): Promise<CorpusResult> {
  const read = readCorpus(dir, reuse);
  return finishCorpus(read, await parseJobs(read.jobs, options));
}
