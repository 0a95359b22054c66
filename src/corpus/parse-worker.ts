// A worker thread of parseCorpusParallel: parses the files it is sent with its own copy of the corpus context.
import { parentPort, workerData } from 'node:worker_threads';
import { createCorpusContext } from './context.ts';
import { parseArticle } from './parse-article.ts';
import type { ParseJob } from './parse-corpus.ts';

const { topicsFile, peopleFile } = workerData as { topicsFile: string; peopleFile: string };
const ctx = createCorpusContext(topicsFile, peopleFile);

parentPort!.on('message', (jobs: ParseJob[]) => {
  parentPort!.postMessage(jobs.map((job) => parseArticle(job.file, job.bytes, ctx)));
});
