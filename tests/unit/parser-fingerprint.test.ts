// The loader's fingerprint: a stored entry is parsed again when anything its parse depends on changes, including the
// installed version of a package the parser imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryDigest, parserFingerprint, parserInputs, type ParserInputs } from '../../src/content/parser-fingerprint.ts';

const ROOT = join(import.meta.dirname, '../..');
const LOADER = join(ROOT, 'src/content/corpus-loader.ts');
const installed = (name: string): string =>
  (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

describe('parserInputs', () => {
  const inputs = parserInputs(LOADER);
  const paths = inputs.files.map((f) => f.path);

  it('finds the packages the parser imports, at the versions installed', () => {
    expect(inputs.packages.eld).toBe(installed('eld'));
    expect(inputs.packages.transliteration).toBe(installed('transliteration'));
    expect(inputs.packages.yaml).toBe(installed('yaml'));
  });

  it('follows imports from the loader into the parser, the worker threads, the data files and the stored search aliases', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        'corpus-loader.ts',
        'page-article.ts',
        '../corpus/parse-article.ts',
        '../corpus/parse-worker.ts',
        '../data/topics.yaml',
        '../data/people.yaml',
        '../data/glossary.yaml',
        '../search/index-expansion.ts',
      ]),
    );
  });

  it('leaves out what pages alone use', () => {
    expect(paths.filter((p) => p.startsWith('../pages/') || p.startsWith('../components/'))).toEqual([]);
  });
});

describe('parserFingerprint', () => {
  const files: ParserInputs['files'] = [{ path: '../corpus/parse-article.ts', bytes: Buffer.from('export const x = 1;\n') }];
  const bytes = Buffer.from('Vietnam and China hold talks\n\nApril 14, 2025\n\nTo Lam met Xi Jinping.\n');

  it('changes when a package the parser imports is upgraded, so the stored entry is parsed again', () => {
    const before = parserFingerprint({ files, packages: { eld: '2.1.0', transliteration: '2.6.1' } });
    const after = parserFingerprint({ files, packages: { eld: '2.2.0', transliteration: '2.6.1' } });
    expect(after).not.toBe(before);
    expect(entryDigest(after, bytes)).not.toBe(entryDigest(before, bytes));
  });

  it('changes when a source file changes', () => {
    const edited: ParserInputs['files'] = [{ path: files[0]!.path, bytes: Buffer.from('export const x = 2;\n') }];
    expect(parserFingerprint({ files: edited, packages: {} })).not.toBe(parserFingerprint({ files, packages: {} }));
  });

  it('does not depend on the order the packages were found in', () => {
    const one = parserFingerprint({ files, packages: { eld: '2.1.0', transliteration: '2.6.1' } });
    const other = parserFingerprint({ files, packages: { transliteration: '2.6.1', eld: '2.1.0' } });
    expect(other).toBe(one);
  });
});
