// parseCorpus on several threads: each file parses on its own (language detection dominates), so a large corpus is
// split across worker threads, one per core. The result is the same as parseCorpus's, in the same order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DEFAULT_PEOPLE_FILE, DEFAULT_TOPICS_FILE, createCorpusContext } from './context.ts';
import { parseArticle } from './parse-article.ts';
import { finishCorpus, readCorpus, type CorpusResult, type ParseJob, type Reuse } from './parse-corpus.ts';
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
}

function parseOnThread(jobs: ParseJob[], topicsFile: string, peopleFile: string): Promise<ParseResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { workerData: { topicsFile, peopleFile } });
    worker.once('message', (results: ParseResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`corpus parser thread stopped with exit code ${code}`));
    });
    worker.postMessage(jobs);
  });
}

/** Parses the jobs, on threads when there are enough of them; the results are in the jobs' order. */
export async function parseJobs(jobs: readonly ParseJob[], options: ParallelOptions = {}): Promise<ParseResult[]> {
  const { topicsFile = DEFAULT_TOPICS_FILE, peopleFile = DEFAULT_PEOPLE_FILE } = options;
  const perThread = options.minFilesPerThread ?? MIN_FILES_PER_THREAD;
  const threads = Math.min(options.threads ?? availableParallelism(), MAX_THREADS, Math.floor(jobs.length / perThread));
  if (threads < 2) {
    const ctx = createCorpusContext(topicsFile, peopleFile);
    return jobs.map((job) => parseArticle(job.file, job.bytes, ctx));
  }
  // Contiguous shares of equal size; the results are joined back in the same order.
  const share = Math.ceil(jobs.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => jobs.slice(i * share, (i + 1) * share));
  const parsed = await Promise.all(shares.map((part) => parseOnThread(part, topicsFile, peopleFile)));
  return parsed.flat();
}

export async function parseCorpusParallel(dir: string, reuse?: Reuse, options: ParallelOptions = {}): Promise<CorpusResult> {
  const read = readCorpus(dir, reuse);
  return finishCorpus(read, await parseJobs(read.jobs, options));
}
