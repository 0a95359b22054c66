// What `npm run dev` watches: the project's sources and the corpus, never the folders the project writes into itself
// (built sites, staging folders, test and benchmark output), which beside a large archive hold hundreds of thousands of
// files and exhaust the system's file watches.
import { describe, expect, it } from 'vitest';
import { unwatchedOutput } from '../../src/content/dev-watch.ts';

const ROOT = '/site';

describe('unwatchedOutput', () => {
  const ignored = unwatchedOutput(ROOT, 'seeds');

  it('leaves the sources, the data files, the corpus and Astro’s own store watched', () => {
    for (const path of [
      '/site/src/pages/index.astro',
      '/site/src/data/topics.yaml',
      '/site/seeds',
      '/site/seeds/001_a.txt',
      '/site/.astro/data-store',
      '/site/astro.config.mjs',
    ])
      expect(ignored(path), path).toBe(false);
  });

  it('leaves out the built site, its staging and previous copies, and the test and benchmark output', () => {
    for (const path of [
      '/site/dist',
      '/site/dist/articles/a/index.html',
      '/site/dist.staging-4242/pagefind/shard-000/pagefind.js',
      '/site/dist.previous-4242',
      '/site/tests/output/robust-incremental/index.html',
      '/site/bench/output/run-100000/ours-dist-1/index.html',
    ])
      expect(ignored(path), path).toBe(true);
  });

  it('does not take a folder for output because its name starts like one', () => {
    expect(ignored('/site/distribution/notes.txt')).toBe(false);
    expect(ignored('/site/tests/outputs.test.ts')).toBe(false);
    expect(ignored('/site/src/bench/output.ts')).toBe(false);
  });

  it('watches a corpus folder inside an output folder, and the folders above it, but not its neighbours', () => {
    const benchCorpus = unwatchedOutput(ROOT, 'bench/output/run-10000/corpus');
    expect(benchCorpus('/site/bench/output')).toBe(false);
    expect(benchCorpus('/site/bench/output/run-10000')).toBe(false);
    expect(benchCorpus('/site/bench/output/run-10000/corpus/05000_4aad.txt')).toBe(false);
    expect(benchCorpus('/site/bench/output/run-10000/ours-dist-1/index.html')).toBe(true);
    expect(benchCorpus('/site/bench/output/run-10000/corpus-old/05000_4aad.txt')).toBe(true);
  });
});
