// Where the corpus folder is, and which of the paths a file watcher reports are article files of it, by the corpus
// reader's own rule.
import { isAbsolute, relative, sep } from 'node:path';
import { isArticleFileName } from '../corpus/corpus-folder.ts';

/** The corpus folder as set: CORPUS_DIR, relative to the project root or absolute; `seeds` when unset. */
export const CORPUS_DIRECTORY = process.env.CORPUS_DIR || 'seeds';

/**
 * The corpus file name of `path` (relative to `directory`, `/`-separated, as the corpus reader lists it), or null when
 * `path` is not an article file inside `directory`. A sibling folder whose name starts with the corpus folder's
 * (`seeds-old/` beside `seeds/`) is outside it: the relative path then climbs out with `..`.
 */
export function corpusFileName(directory: string, path: string): string | null {
  const name = pathBelow(directory, path);
  if (!name) return null;
  const parts = name.split(sep);
  return isArticleFileName(parts.at(-1)!) ? parts.join('/') : null;
}

/**
 * `path` relative to `folder` when it is the folder ('') or inside it, else null. A sibling whose name starts with the
 * folder's (`seeds-old/` beside `seeds/`) is outside: its relative path climbs out with `..`.
 */
export function pathBelow(folder: string, path: string): string | null {
  const below = relative(folder, path);
  return below === '..' || below.startsWith(`..${sep}`) || isAbsolute(below) ? null : below;
}
