// Which paths a file watcher reports are article files of the corpus folder: the loader syncs those and no others.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFileName } from '../../src/content/corpus-path.ts';

const CORPUS = '/site/seeds';

describe('corpusFileName', () => {
  it('names an article file as the corpus reader lists it, in a sub-folder too', () => {
    expect(corpusFileName(CORPUS, join(CORPUS, '001_a.txt'))).toBe('001_a.txt');
    expect(corpusFileName(CORPUS, join(CORPUS, '2024', 'Hanoi.TXT'))).toBe('2024/Hanoi.TXT');
  });

  it('ignores a sibling folder whose name starts with the corpus folder’s', () => {
    expect(corpusFileName(CORPUS, '/site/seeds-old/001_a.txt')).toBeNull();
    expect(corpusFileName(CORPUS, '/site/seeds2.txt')).toBeNull();
  });

  it('ignores other files, hidden files and the folder itself', () => {
    expect(corpusFileName(CORPUS, join(CORPUS, 'notes.md'))).toBeNull();
    expect(corpusFileName(CORPUS, join(CORPUS, '.draft.txt'))).toBeNull();
    expect(corpusFileName(CORPUS, CORPUS)).toBeNull();
    expect(corpusFileName(CORPUS, '/site/src/content/corpus-loader.ts')).toBeNull();
  });
});
