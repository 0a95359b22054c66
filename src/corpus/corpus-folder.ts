// Find the article files in a corpus folder and read them, turning every failure into a reported problem.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './types.ts';

export interface CorpusListing {
  /** `.txt` files, relative to the folder, `/`-separated, in code-point order (never file-system order). */
  articleFiles: string[];
  /** Everything else found, reported as a note, never parsed. */
  ignoredFiles: string[];
  errors: Problem[];
}

export function listCorpusFolder(dir: string): CorpusListing {
  const listing: CorpusListing = { articleFiles: [], ignoredFiles: [], errors: [] };
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    listing.errors.push({ severity: 'error', code: 'no-corpus-folder', file: dir, message: 'the corpus folder does not exist', hint: 'Set CORPUS_DIR to a folder of .txt articles (default: seeds).' });
    return listing;
  }
  if (!stat.isDirectory()) {
    listing.errors.push({ severity: 'error', code: 'no-corpus-folder', file: dir, message: 'CORPUS_DIR is not a folder', hint: 'Set CORPUS_DIR to a folder of .txt articles (default: seeds).' });
    return listing;
  }
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const name = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (entry.name.toLowerCase().endsWith('.txt') && !entry.name.startsWith('.')) listing.articleFiles.push(name);
    else listing.ignoredFiles.push(name);
  }
  const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  listing.articleFiles.sort(byCodePoint);
  listing.ignoredFiles.sort(byCodePoint);
  if (listing.articleFiles.length === 0) {
    listing.errors.push({ severity: 'error', code: 'empty-corpus', file: dir, message: 'the corpus folder holds no .txt files', hint: 'Put the articles in the folder as .txt files, or point CORPUS_DIR at the right folder.' });
  }
  return listing;
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; error: Problem };

export function readCorpusFile(dir: string, file: string): ReadResult {
  try {
    return { ok: true, bytes: readFileSync(join(dir, file)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown';
    return { ok: false, error: { severity: 'error', code: 'unreadable', file, message: `the file cannot be read (${code})`, hint: 'Check the file exists and its permissions let the build read it (chmod a+r).' } };
  }
}
