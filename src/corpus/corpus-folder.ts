// Find the article files in a corpus folder and read them, turning every failure into a reported problem.
import { lstatSync, readdirSync, readFileSync, readlinkSync, type Stats, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './types.ts';

export interface CorpusListing {
  /** `.txt` files, relative to the folder, `/`-separated, in code-point order (never file-system order). */
  articleFiles: string[];
  /** Everything else found, reported as a note, never parsed. */
  ignoredFiles: string[];
  errors: Problem[];
}

/** An article file's name: `.txt` in any case, not hidden. Files inside sub-folders count too (the folder is read recursively). */
export function isArticleFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt') && !name.startsWith('.');
}

export function listCorpusFolder(dir: string): CorpusListing {
  const listing: CorpusListing = { articleFiles: [], ignoredFiles: [], errors: [] };
  let stat: Stats;
  try {
    stat = statSync(dir);
  } catch {
    listing.errors.push({
      severity: 'error',
      code: 'no-corpus-folder',
      file: dir,
      message: 'the corpus folder does not exist',
      hint: 'Set CORPUS_DIR to a folder of .txt articles (default: seeds).',
    });
    return listing;
  }
  if (!stat.isDirectory()) {
    listing.errors.push({
      severity: 'error',
      code: 'no-corpus-folder',
      file: dir,
      message: 'CORPUS_DIR is not a folder',
      hint: 'Set CORPUS_DIR to a folder of .txt articles (default: seeds).',
    });
    return listing;
  }
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const articleName = isArticleFileName(entry.name);
    // A folder named `x.txt` is listed like an article, so reading it reports it rather than skipping it silently
    // (the files inside it are listed either way).
    if (entry.isDirectory() && !articleName) continue;
    const name = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (articleName) listing.articleFiles.push(name);
    else listing.ignoredFiles.push(name);
  }
  const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  listing.articleFiles.sort(byCodePoint);
  listing.ignoredFiles.sort(byCodePoint);
  if (listing.articleFiles.length === 0) {
    listing.errors.push({
      severity: 'error',
      code: 'empty-corpus',
      file: dir,
      message: 'the corpus folder holds no .txt files',
      hint: 'Put the articles in the folder as .txt files, or point CORPUS_DIR at the right folder.',
    });
  }
  return listing;
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; error: Problem };

export function readCorpusFile(dir: string, file: string): ReadResult {
  const path = join(dir, file);
  const unreadable = (message: string, hint: string): ReadResult => ({
    ok: false,
    error: { severity: 'error', code: 'unreadable', file, message, hint },
  });
  const errno = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'unknown';
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (e) {
    if (errno(e) === 'ENOENT' && isSymbolicLink(path)) {
      return unreadable(
        `a symbolic link to ${readlinkSync(path)}, which does not exist`,
        'Point the link at the article file, or delete the link.',
      );
    }
    return unreadable(
      `the file cannot be read (${errno(e)})`,
      'Check the file exists and its permissions let the build read it (chmod a+r).',
    );
  }
  if (stat.isDirectory()) {
    return unreadable(
      'a folder named like an article file, not a file',
      'Rename the folder so its name does not end in .txt (the .txt files inside it are read as articles either way).',
    );
  }
  // Reading a pipe or a device could block the build forever, or never end.
  if (!stat.isFile())
    return unreadable('not a regular file (a pipe, socket or device)', 'Replace it with the article text saved as a plain file.');
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (e) {
    return unreadable(
      `the file cannot be read (${errno(e)})`,
      'Check the file exists and its permissions let the build read it (chmod a+r).',
    );
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
