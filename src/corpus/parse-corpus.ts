// Parse a whole corpus folder: every file becomes an article or named errors; nothing is dropped silently.
import { findSlugCollisions } from './corpus-checks.ts';
import { listCorpusFolder, readCorpusFile, type CorpusListing } from './corpus-folder.ts';
import { settleArticles, type SettleableArticle } from './duplicates.ts';
import { parseArticle } from './parse-article.ts';
import type { CorpusContext } from './context.ts';
import type { Article, ParseResult, Problem } from './types.ts';

/**
 * The corpus as parsed. `A` is what each published article is: a whole Article, or what a caller keeps of it
 * (the content loader keeps page data, and hands that back for unchanged files).
 */
export interface CorpusResult<A extends SettleableArticle = Article> {
  articles: A[];
  errors: Problem[];
  warnings: Problem[];
  ignoredFiles: string[];
  /** How many `.txt` files were found. */
  fileCount: number;
}

/** One file's own parse, before the corpus is settled, or the errors that keep it out. */
export type FileOutcome<A extends SettleableArticle = Article> = { ok: true; article: A } | { ok: false; errors: Problem[] };

/**
 * `reuse(file, bytes)` may return an earlier parse of identical bytes, so unchanged files are not parsed again. It may
 * be an earlier settled result (a moved slug, copies and their warnings are settled afresh).
 */
export type Reuse<A extends SettleableArticle = Article> = (file: string, bytes: Uint8Array) => A | undefined;

/** A file still to parse, and where its result goes. */
export interface ParseJob {
  slot: number;
  file: string;
  bytes: Uint8Array;
}

/** The folder read: each file's outcome where it is already known (unreadable, reused), and the files left to parse. */
export interface ReadCorpus<A extends SettleableArticle = Article> {
  listing: CorpusListing;
  outcomes: (FileOutcome<A> | undefined)[];
  jobs: ParseJob[];
}

export function readCorpus<A extends SettleableArticle = Article>(dir: string, reuse?: Reuse<A>): ReadCorpus<A> {
  const listing = listCorpusFolder(dir);
  const outcomes: ReadCorpus<A>['outcomes'] = [];
  const jobs: ParseJob[] = [];
  listing.articleFiles.forEach((file, slot) => {
    const read = readCorpusFile(dir, file);
    if (!read.ok) {
      outcomes[slot] = { ok: false, errors: [read.error] };
      return;
    }
    const earlier = reuse?.(file, read.bytes);
    if (earlier) outcomes[slot] = { ok: true, article: earlier };
    else jobs.push({ slot, file, bytes: read.bytes });
  });
  return { listing, outcomes, jobs };
}

/** Every file's outcome in listing order: the parsed jobs, each article as `keep` makes it, put in their slots. */
export function placeParses<P extends SettleableArticle, A extends SettleableArticle>(
  { listing, outcomes, jobs }: ReadCorpus<A>,
  parsed: readonly FileOutcome<P>[],
  keep: (article: P) => A,
): FileOutcome<A>[] {
  const placed = [...outcomes];
  jobs.forEach((job, i) => {
    const result = parsed[i]!;
    placed[job.slot] = result.ok ? { ok: true, article: keep(result.article) } : result;
  });
  // Every listed file was either settled on reading or made a job, so a gap is a bug here, never a corpus problem.
  return listing.articleFiles.map((file, slot) => placed[slot] ?? assertNever(`corpus parser: no outcome for ${file}`));
}

function assertNever(message: string): never {
  throw new Error(message);
}

/**
 * Settles the whole set (copies merged, shared URLs told apart: reused parses included, so an incremental build ends
 * as a clean one does) and collects articles and problems in file order. `outcomes` are the listed files', in order.
 */
export function settleCorpus<A extends SettleableArticle>(listing: CorpusListing, outcomes: readonly FileOutcome<A>[]): CorpusResult<A> {
  const { errors, ignoredFiles, articleFiles } = listing;
  const result: CorpusResult<A> = { articles: [], errors: [...errors], warnings: [], ignoredFiles, fileCount: articleFiles.length };
  const parsedArticles = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.article] : []));
  const settled = settleArticles(parsedArticles);
  let next = 0;
  for (const outcome of outcomes) {
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

/** Puts the parsed jobs in their slots and settles the corpus. */
export function finishCorpus(read: ReadCorpus, parsed: readonly ParseResult[]): CorpusResult {
  return settleCorpus(
    read.listing,
    placeParses(read, parsed, (article) => article),
  );
}

export function parseCorpus(dir: string, ctx: CorpusContext, reuse?: Reuse): CorpusResult {
  const read = readCorpus(dir, reuse);
  return finishCorpus(
    read,
    read.jobs.map((job) => parseArticle(job.file, job.bytes, ctx)),
  );
}
