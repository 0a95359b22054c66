// Edits to one article of the run's corpus copy, made the way an editor would: in the body, never in the headline or
// the lead, whose text the URL's hash is made of, so the article keeps its page.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HAN = /\p{Script=Han}/u;

function articleFiles(corpusDir: string): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** The index of the last long paragraph that is not a translation line, or -1. */
function lastLongParagraph(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.length > 200 && !lines[i]!.trimStart().startsWith('•')) return i;
  return -1;
}

/** A sentence added to the last long paragraph of the middle article, for the rebuild. Returns the file changed. */
export function editOneArticle(corpusDir: string): string {
  const files = articleFiles(corpusDir);
  const file = files[Math.floor(files.length / 2)]!;
  const path = join(corpusDir, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  let target = lastLongParagraph(lines);
  if (target < 0) target = lines.findIndex((l) => l.trim() !== '');
  lines[target] =
    `${lines[target]} ${HAN.test(lines[target]!) ? '两国同意保持密切沟通。' : 'The two sides agreed to stay in close touch.'}`;
  writeFileSync(path, lines.join('\n'));
  return file;
}

/** A word of one line of one article, as it stands in the file now. */
export interface WordInArticle {
  file: string;
  /** The line's index in the file. */
  line: number;
  word: string;
}

/**
 * Words no generated article and no page of the site holds, lower case and unaccented, so a page showing one shows
 * the edit that put it there.
 */
export const NEW_WORDS = ['lighthouse', 'orchard', 'lantern'] as const;

/**
 * A word to change for the dev server's edits: the last word of five letters or more in the last long paragraph of
 * the first article from the middle of the corpus on whose last long paragraph is in a Latin script and is not its
 * lead (so the URL stays). Null when no article has one.
 */
export function wordToChange(corpusDir: string): WordInArticle | null {
  const files = articleFiles(corpusDir);
  const start = Math.floor(files.length / 2);
  for (const file of [...files.slice(start), ...files.slice(0, start)]) {
    const lines = readFileSync(join(corpusDir, file), 'utf8').split('\n');
    const line = lastLongParagraph(lines);
    const longBefore = lines.slice(0, Math.max(line, 0)).filter((l) => l.length > 200).length;
    if (line < 0 || longBefore === 0 || HAN.test(lines[line]!)) continue;
    const word = lines[line]!.match(/\b[A-Za-z]{5,}\b/g)?.at(-1);
    if (word) return { file, line, word };
  }
  return null;
}

/** Replaces the word's last occurrence in its line with `to`; returns where `to` now stands. */
export function changeWord(corpusDir: string, at: WordInArticle, to: string): WordInArticle {
  const path = join(corpusDir, at.file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const text = lines[at.line];
  const index = text?.lastIndexOf(at.word) ?? -1;
  if (text === undefined || index < 0) throw new Error(`${at.file} line ${at.line + 1} no longer holds "${at.word}"`);
  lines[at.line] = text.slice(0, index) + to + text.slice(index + at.word.length);
  writeFileSync(path, lines.join('\n'));
  return { ...at, word: to };
}
