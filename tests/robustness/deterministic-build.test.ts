// Deterministic builds: two clean builds (fresh caches, different output folders, the corpus copied to another place in
// reverse order) of the generated + hostile corpus are byte-identical, file by file.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../helpers/build-site.ts';
import { cleanBuild } from './helpers/clean-build.ts';
import { freshFolder, materializeCorpus, writeEntries } from './helpers/corpus-spec.ts';
import { hostileCorpusSpec } from './helpers/hostile-site.ts';
import { listFiles, treeDifferences } from './helpers/output-files.ts';

describe('two clean builds of the same corpus', () => {
  let first: BuildResult;
  let second: BuildResult;

  beforeAll(() => {
    const spec = hostileCorpusSpec();
    first = cleanBuild({ corpusDir: materializeCorpus('hostile', spec), name: 'robust-determinism-a' });
    // The same bytes under another path, created in the opposite order: neither may show in the output.
    const copy = freshFolder('determinism-copy');
    writeEntries(copy, new Map([...spec.entries()].reverse()));
    second = cleanBuild({ corpusDir: copy, name: 'robust-determinism-b' });
  });

  it('both succeed, into different folders', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    expect(first.outDir).not.toBe(second.outDir);
  });

  it('write the same files with the same sha256, every one', () => {
    // Pages, feeds, sitemap, articles.json, scripts, styles and the whole Pagefind bundle.
    expect(listFiles(first.outDir).length).toBeGreaterThan(150);
    expect(treeDifferences(first.outDir, second.outDir)).toEqual([]);
  });

  it('would report a changed, a missing and an extra file (the comparison can fail)', () => {
    const a = freshFolder('determinism-self-check/a');
    const b = freshFolder('determinism-self-check/b');
    writeEntries(
      a,
      new Map([
        ['same.html', 'x'],
        ['changed.json', '{"a":1}'],
        ['gone.xml', '<a/>'],
      ]),
    );
    writeEntries(
      b,
      new Map([
        ['same.html', 'x'],
        ['changed.json', '{"a":2}'],
        ['new/extra.js', ''],
      ]),
    );
    expect(treeDifferences(a, b).map((d) => d.replace(/ \(first at .*$/, ''))).toEqual([
      'differs: changed.json',
      'only in A: gone.xml',
      'only in B: new/extra.js',
    ]);
  });
});
