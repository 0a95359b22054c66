// Parse a whole corpus folder: every file becomes an article or named errors; nothing is dropped silently.
import { findSlugCollisions } from './corpus-checks.ts';
import { listCorpusFolder, readCorpusFile } from './corpus-folder.ts';
import { settleArticles } from './duplicates.ts';
import { parseArticle } from './parse-article.ts';
import type { CorpusContext } from './context.ts';
import type { Article, ParseResult, Problem } from './types.ts';

export interface CorpusResult {
  articles: Article[];
  errors: Problem[];
  warnings: Problem[];
  ignoredFiles: string[];
  /** How many `.txt` files were found. */
  fileCount: number;
}

/** `reuse(file, bytes)` may return an earlier parse of identical bytes, so unchanged files are not parsed again. */
export type Reuse = (file: string, bytes: Uint8Array) => Article | undefined;

/** A file still to parse, and where its result goes. */
export interface ParseJob {
  slot: number;
  file: string;
  bytes: Uint8Array;
}

/** The folder read: each file's outcome where it is already known (unreadable, reused), and the files left to parse. */
export interface ReadCorpus {
  listing: ReturnType<typeof listCorpusFolder>;
  outcomes: (ParseResult | undefined)[];
  jobs: ParseJob[];
}

export function readCorpus(dir: string, reuse?: Reuse): ReadCorpus {
  const listing = listCorpusFolder(dir);
  const outcomes: ReadCorpus['outcomes'] = [];
  const jobs: ParseJob[] = [];
  listing.articleFiles.forEach((file, slot) => {
    const read = readCorpusFile(dir, file);
    if (!read.ok) return void (outcomes[slot] = { ok: false, errors: [read.error] });
    const earlier = reuse?.(file, read.bytes);
    if (earlier) outcomes[slot] = { ok: true, article: earlier };
    else jobs.push({ slot, file, bytes: read.bytes });
  });
  return { listing, outcomes, jobs };
}

/**
 * Puts the parsed jobs in their slots, settles the whole set (copies merged, shared URLs told apart: reused parses
 * included, so an incremental build ends as a clean one does) and collects articles and problems in file order.
 */
export function finishCorpus({ listing, outcomes, jobs }: ReadCorpus, parsed: readonly ParseResult[]): CorpusResult {
  jobs.forEach((job, i) => (outcomes[job.slot] = parsed[i]));
  const result: CorpusResult = { articles: [], errors: [...listing.errors], warnings: [], ignoredFiles: listing.ignoredFiles, fileCount: listing.articleFiles.length };
  const parsedArticles = outcomes.flatMap((outcome) => (outcome?.ok ? [outcome.article] : []));
  const settled = settleArticles(parsedArticles);
  let next = 0;
  for (const outcome of outcomes) {
    if (!outcome) continue;
    if (!outcome.ok) {
      for (const problem of outcome.errors) (problem.severity === 'error' ? result.errors : result.warnings).push(problem);
      continue;
    }
    const file = settled[next++]!;
    if (file.published) {
      result.articles.push(file.article);
      result.warnings.push(...file.article.warnings);
    } else result.warnings.push(file.warning);
  }
  result.errors.push(...findSlugCollisions(result.articles));
  return result;
}

export function parseCorpus(dir: string, ctx: CorpusContext, reuse?: Reuse): CorpusResult {
  const read = readCorpus(dir, reuse);
  return finishCorpus(read, read.jobs.map((job) => parseArticle(job.file, job.bytes, ctx)));
}
