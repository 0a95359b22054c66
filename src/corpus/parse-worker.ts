// A worker thread of parseCorpusParallel: parses the files it is sent with its own copy of the corpus context and, when
// asked, renders each article's body.
import { parentPort, workerData } from 'node:worker_threads';
import { createCorpusContext } from './context.ts';
import { parseFile, type ParsedFile } from './parse-corpus-parallel.ts';
import type { ParseJob } from './parse-corpus.ts';

const { topicsFile, peopleFile, renderBodies } = workerData as { topicsFile: string; peopleFile: string; renderBodies: boolean };
const ctx = createCorpusContext(topicsFile, peopleFile);

parentPort!.on('message', async (jobs: ParseJob[]) => {
  const parsed: ParsedFile[] = [];
  for (const job of jobs) parsed.push(await parseFile(job, ctx, renderBodies));
  parentPort!.postMessage(parsed);
});
