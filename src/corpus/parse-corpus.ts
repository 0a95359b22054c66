// Parse a whole corpus folder: every file becomes an article or named errors; nothing is dropped silently.
import { findSlugCollisions } from './corpus-checks.ts';
import { listCorpusFolder, readCorpusFile } from './corpus-folder.ts';
import { parseArticle } from './parse-article.ts';
import type { CorpusContext } from './context.ts';
import type { Article, Problem } from './types.ts';

export interface CorpusResult {
  articles: Article[];
  errors: Problem[];
  warnings: Problem[];
  ignoredFiles: string[];
  /** How many `.txt` files were found. */
  fileCount: number;
}

/** `reuse(file, bytes)` may return an earlier parse of identical bytes, so unchanged files are not parsed again. */
export function parseCorpus(dir: string, ctx: CorpusContext, reuse?: (file: string, bytes: Uint8Array) => Article | undefined): CorpusResult {
  const listing = listCorpusFolder(dir);
  const result: CorpusResult = { articles: [], errors: [...listing.errors], warnings: [], ignoredFiles: listing.ignoredFiles, fileCount: listing.articleFiles.length };
  for (const file of listing.articleFiles) {
    const read = readCorpusFile(dir, file);
    if (!read.ok) {
      result.errors.push(read.error);
      continue;
    }
    const earlier = reuse?.(file, read.bytes);
    if (earlier) {
      result.articles.push(earlier);
      result.warnings.push(...earlier.warnings);
      continue;
    }
    const parsed = parseArticle(file, read.bytes, ctx);
    if (parsed.ok) {
      result.articles.push(parsed.article);
      result.warnings.push(...parsed.article.warnings);
    } else result.errors.push(...parsed.errors);
  }
  result.errors.push(...findSlugCollisions(result.articles));
  return result;
}
