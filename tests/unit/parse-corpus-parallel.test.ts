// Parsing on several threads gives exactly what parsing on one gives: same articles, warnings and errors, same order,
// unreadable files and reused parses included; bodies rendered on the threads are what the renderer gives on this one.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { parseCorpus } from '../../src/corpus/parse-corpus.ts';
import { parseCorpusParallel, type ParallelCorpusResult } from '../../src/corpus/parse-corpus-parallel.ts';
import { renderArticleBody } from '../../src/render/article-body.ts';
import { TEST_OUTPUT } from '../helpers/build-site.ts';

/** The parse alone, as parseCorpus gives it. */
function parseOnly({ bodyHtml, ...parse }: ParallelCorpusResult): Omit<ParallelCorpusResult, 'bodyHtml'> {
  return parse;
}

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

  it('matches parseCorpus on 3 threads, errors and warnings in file order', async () => {
    const one = parseCorpus(dir, ctx);
    const three = await parseCorpusParallel(dir, undefined, { threads: 3, minFilesPerThread: 5 });
    expect(one.articles).toHaveLength(45);
    expect(one.errors.map((e) => e.file)).toEqual(['00010_latin1.txt', 'z/empty.txt']);
    expect(JSON.stringify(parseOnly(three))).toBe(JSON.stringify(one));
    expect(three.bodyHtml.size).toBe(0);
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
    expect(JSON.stringify(parseOnly(three))).toBe(JSON.stringify(one));
  });

  it('renders the bodies of the articles it parses, on threads as on one, and not those it reuses', async () => {
    const one = parseCorpus(dir, ctx);
    const bySource = new Map(one.articles.map((a) => [a.sourceFile, a]));
    const reuse = (file: string) => (file.startsWith('seeds/') ? bySource.get(file) : undefined);
    const parsed = one.articles.filter((a) => !a.sourceFile.startsWith('seeds/'));
    const expected = new Map(await Promise.all(parsed.map(async (a) => [a.sourceFile, await renderArticleBody(a.body)] as const)));
    for (const threads of [3, 1]) {
      const result = await parseCorpusParallel(dir, reuse, { threads, minFilesPerThread: 5, renderBodies: true });
      expect(JSON.stringify(parseOnly(result))).toBe(JSON.stringify(one));
      expect(result.bodyHtml).toEqual(expected);
    }
    expect(expected.size).toBe(40);
  });

  it('gives the same result with threads started before the files are read, used or stopped unused', async () => {
    const one = parseCorpus(dir, ctx);
    const bySource = new Map(one.articles.map((a) => [a.sourceFile, a]));
    const early = { threads: 3, minFilesPerThread: 5, startThreadsEarly: true };
    expect(JSON.stringify(parseOnly(await parseCorpusParallel(dir, undefined, early)))).toBe(JSON.stringify(one));
    // All but two files reused: too few left for threads, so the three started ones are stopped and this thread parses.
    const firstTwo = /^0000[01]_/;
    const reuseAllButTwo = (file: string) => (firstTwo.test(file) ? undefined : bySource.get(file));
    expect(one.articles.filter((a) => firstTwo.test(a.sourceFile))).toHaveLength(2);
    expect(JSON.stringify(parseOnly(await parseCorpusParallel(dir, reuseAllButTwo, early)))).toBe(JSON.stringify(one));
  });
});
