// Parsing on several threads gives exactly what parsing on one gives: same articles, warnings and errors, same order,
// unreadable files and reused parses included.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { parseCorpus } from '../../src/corpus/parse-corpus.ts';
import { parseCorpusParallel } from '../../src/corpus/parse-corpus-parallel.ts';
import { TEST_OUTPUT } from '../helpers/build-site.ts';

describe('parseCorpusParallel', () => {
  const dir = join(TEST_OUTPUT, 'parallel-corpus');
  rmSync(dir, { recursive: true, force: true });
  generateCorpus({ articles: 40, out: dir });
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  // Errors must keep their place among the files: a file that is not UTF-8 and one that is empty.
  writeFileSync(join(dir, '00010_latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  mkdirSync(join(dir, 'z'), { recursive: true });
  writeFileSync(join(dir, 'z/empty.txt'), '');
  const ctx = createCorpusContext();

  it('matches parseCorpus on 3 threads, each answering in batches of 4, errors and warnings in file order', async () => {
    const one = parseCorpus(dir, ctx);
    const three = await parseCorpusParallel(dir, undefined, { threads: 3, minFilesPerThread: 5, batchSize: 4 });
    expect(one.articles).toHaveLength(45);
    expect(one.errors.map((e) => e.file)).toEqual(['00010_latin1.txt', 'z/empty.txt']);
    expect(JSON.stringify(three)).toBe(JSON.stringify(one));
  });

  it('keeps reused parses in their place and parses only the rest', async () => {
    const one = parseCorpus(dir, ctx);
    const bySource = new Map(one.articles.map((a) => [a.sourceFile, a]));
    const asked: string[] = [];
    const reuse = (file: string) => {
      asked.push(file);
      return file.startsWith('seeds/') ? bySource.get(file) : undefined;
    };
    const three = await parseCorpusParallel(dir, reuse, { threads: 3, minFilesPerThread: 5 });
    // Every file that could be read is offered for reuse: 40 generated, 5 seeds, the Latin-1 and the empty one.
    expect(asked).toHaveLength(47);
    expect(JSON.stringify(three)).toBe(JSON.stringify(one));
  });
});
