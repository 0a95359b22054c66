// Permanent URLs on a growing corpus: build A (20 files) and build B (5 removed, 3 renamed, 2 same-title files with their
// names swapped, 20 added). Every article in both keeps its URL, every topic URL stays, and same-title files always
// resolve to the same two URLs whatever their names or order.
import { beforeAll, describe, expect, it } from 'vitest';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { parseCorpus } from '../../src/corpus/parse-corpus.ts';
import type { BuildResult } from '../helpers/build-site.ts';
import { bySourceFile, readArticlesJson, type PublicArticle } from './helpers/articles-json.ts';
import { cleanBuild } from './helpers/clean-build.ts';
import { materializeCorpus, type CorpusEntry, type CorpusSpec } from './helpers/corpus-spec.ts';
import { generatedArticles } from './helpers/generated-corpus.ts';
import { listFiles } from './helpers/output-files.ts';

const GENERATED = generatedArticles(40);
const TWIN_TITLE = 'Vietnam and China open a new border market';
const TWIN_X = `${TWIN_TITLE}\n\nMarch 9, 2025\n\nTraders in Lang Son opened the new market on Sunday with stalls from both sides of the border.\n`;
const TWIN_Y = `${TWIN_TITLE}\n\nMarch 10, 2025\n\nA second report says the market in Mong Cai opened a day later than planned.\n`;

const KEPT = GENERATED.slice(5, 18);
const REMOVED = GENERATED.slice(0, 5);
const ADDED = GENERATED.slice(20, 40);
/** Old name → new name; the bytes are unchanged. */
const RENAMED = new Map(KEPT.slice(0, 3).map((g, i) => [g.file, `renamed/kept-${i}.txt`]));

function corpusA(): CorpusSpec {
  const spec: CorpusSpec = new Map([...REMOVED, ...KEPT].map((g) => [g.file, g.bytes]));
  spec.set('twin-1.txt', TWIN_X);
  spec.set('twin-2.txt', TWIN_Y);
  return spec;
}

function corpusB(): CorpusSpec {
  const spec: CorpusSpec = new Map([...KEPT, ...ADDED].map((g) => [RENAMED.get(g.file) ?? g.file, g.bytes]));
  spec.set('twin-1.txt', TWIN_Y);
  spec.set('twin-2.txt', TWIN_X);
  return spec;
}

/** Where each file of A is in B: renamed, swapped, or under its own name. */
function nameInB(file: string): string {
  if (file === 'twin-1.txt') return 'twin-2.txt';
  if (file === 'twin-2.txt') return 'twin-1.txt';
  return RENAMED.get(file) ?? file;
}

const topicPages = (outDir: string): string[] => listFiles(outDir).filter((f) => /^topics\/[^/]+\/index\.html$/.test(f));

describe('URLs across a growing corpus', () => {
  let a: BuildResult;
  let b: BuildResult;
  let inA: PublicArticle[];
  let inB: PublicArticle[];

  beforeAll(() => {
    a = cleanBuild({ corpusDir: materializeCorpus('urls-a', corpusA()), name: 'robust-urls-a' });
    b = cleanBuild({ corpusDir: materializeCorpus('urls-b', corpusB()), name: 'robust-urls-b' });
    inA = a.status === 0 ? readArticlesJson(a.outDir) : [];
    inB = b.status === 0 ? readArticlesJson(b.outDir) : [];
  });

  it('builds 20 articles, then 35', () => {
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);
    expect(inA).toHaveLength(20);
    expect(inB).toHaveLength(20 - REMOVED.length + ADDED.length);
  });

  it('keeps the URL of every article present in both, renamed or not', () => {
    const removed = new Set(REMOVED.map((g) => g.file));
    const kept = inA.filter((x) => !removed.has(x.sourceFile));
    expect(kept).toHaveLength(15);
    const moved = kept
      .map((x) => ({ file: x.sourceFile, before: x.url, after: bySourceFile(inB, nameInB(x.sourceFile)).url }))
      .filter((m) => m.before !== m.after);
    expect(moved).toEqual([]);
  });

  it('keeps every topic URL', () => {
    const before = topicPages(a.outDir);
    expect(before.length).toBeGreaterThan(0);
    expect(topicPages(b.outDir)).toEqual(expect.arrayContaining(before));
  });

  it('gives two same-title files two URLs that follow their text, not their file names', () => {
    const twinsA = inA.filter((x) => x.title === TWIN_TITLE);
    expect(twinsA).toHaveLength(2);
    expect(new Set(twinsA.map((x) => x.url)).size).toBe(2);
    // twin-1 held text X in A and holds text Y in B: the URL went with the text.
    expect(bySourceFile(inB, 'twin-2.txt').url).toBe(bySourceFile(inA, 'twin-1.txt').url);
    expect(bySourceFile(inB, 'twin-1.txt').url).toBe(bySourceFile(inA, 'twin-2.txt').url);
  });

  it('resolves the same-title files to the same slugs under any names and in any order', () => {
    const ctx = createCorpusContext();
    const slugsOf = (spec: CorpusSpec, dirName: string): Record<string, string> => {
      const parsed = parseCorpus(materializeCorpus(dirName, spec), ctx);
      expect(parsed.errors).toEqual([]);
      // Keyed by the summary (the whole short first paragraph), so the answer does not depend on names.
      return Object.fromEntries(parsed.articles.filter((x) => x.title === TWIN_TITLE).map((x) => [x.summary, x.slug]));
    };
    const first = slugsOf(
      new Map([
        ['a.txt', TWIN_X],
        ['b.txt', TWIN_Y],
      ]),
      'urls-twins-1',
    );
    const namings: CorpusSpec[] = [
      new Map([
        ['b.txt', TWIN_X],
        ['a.txt', TWIN_Y],
      ]),
      new Map<string, CorpusEntry>([
        ['zz/0.TXT', TWIN_Y],
        ['000.txt', TWIN_X],
        [GENERATED[0]!.file, GENERATED[0]!.bytes],
      ]),
    ];
    expect(Object.keys(first)).toHaveLength(2);
    namings.forEach((spec, i) => {
      const slugs = slugsOf(spec, `urls-twins-${i + 2}`);
      for (const [text, slug] of Object.entries(first)) expect(slugs[text], text).toBe(slug);
    });
    // And the URL the build published for each text is that slug's.
    for (const slug of Object.values(first)) expect(inA.map((x) => x.slug)).toContain(slug);
  });
});
