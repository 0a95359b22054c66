// A worker thread of parseCorpusParallel: parses the files it is sent with its own copy of the corpus context, and
// sends the results back a batch at a time (parse-corpus-parallel.ts says why).
import { parentPort, workerData } from 'node:worker_threads';
import { createCorpusContext } from './context.ts';
import { parseArticle } from './parse-article.ts';
import type { ParseJob } from './parse-corpus.ts';
import type { ParseResult } from './types.ts';

const { topicsFile, peopleFile, batchSize } = workerData as { topicsFile: string; peopleFile: string; batchSize: number };
const ctx = createCorpusContext(topicsFile, peopleFile);

parentPort!.on('message', (jobs: ParseJob[]) => {
  for (let start = 0; start < jobs.length; start += batchSize) {
    const results: ParseResult[] = jobs.slice(start, start + batchSize).map((job) => parseArticle(job.file, job.bytes, ctx));
    parentPort!.postMessage({ results, done: start + batchSize >= jobs.length });
  }
  if (jobs.length === 0) parentPort!.postMessage({ results: [], done: true });
});
