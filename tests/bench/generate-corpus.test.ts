// The synthetic benchmark corpus: same bytes for the same arguments, and every file parses as the generator meant it to.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GenerationResult } from '../../bench/generate-corpus.ts';
import { verifyCorpus } from '../../bench/verify-corpus.ts';
import { headline, DISTINCT_HEADLINES } from '../../bench/headlines.ts';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { parseCorpus, type CorpusResult } from '../../src/corpus/parse-corpus.ts';

const ARTICLES = 30;

function folderDigest(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map(
      (f) =>
        `${f} ${createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex')}`,
    );
}

describe('bench/generate-corpus', () => {
  let scratch: string;
  let first: GenerationResult;
  let parsed: CorpusResult;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    first = generateCorpus({ articles: ARTICLES, out: join(scratch, 'a'), seed: 42 });
    parsed = parseCorpus(join(scratch, 'a'), createCorpusContext());
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('writes the same bytes twice for the same arguments, and other bytes for another seed', () => {
    generateCorpus({ articles: ARTICLES, out: join(scratch, 'b'), seed: 42 });
    generateCorpus({ articles: ARTICLES, out: join(scratch, 'c'), seed: 7 });
    expect(folderDigest(join(scratch, 'b'))).toEqual(folderDigest(join(scratch, 'a')));
    expect(folderDigest(join(scratch, 'c'))).not.toEqual(folderDigest(join(scratch, 'a')));
  });

  it('writes N files named <number>_<hash>.txt', () => {
    const files = readdirSync(join(scratch, 'a')).filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(ARTICLES);
    for (const f of files) expect(f).toMatch(/^\d{5}_[0-9a-f]{16}\.txt$/);
  });

  it('every file parses without errors through the real corpus library, with distinct titles', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.articles).toHaveLength(ARTICLES);
    expect(new Set(parsed.articles.map((a) => a.title)).size).toBe(ARTICLES);
  });

  it('mixes English, Vietnamese, French, Chinese and bilingual files', () => {
    const languages = new Set(parsed.articles.map((a) => a.language));
    for (const lang of ['en', 'vi', 'fr', 'zh']) expect(languages).toContain(lang);
    const bilingual = parsed.articles.filter(
      (a) => a.titleTranslation !== null && a.body.some((b) => b.kind === 'paragraph' && b.translation?.lang === 'vi'),
    );
    expect(bilingual.length).toBeGreaterThan(0);
  });

  it('each file parses to the language, date, title, figures, byline and source the generator planned', () => {
    const v = verifyCorpus(join(scratch, 'a'), first);
    expect(v.mismatches).toEqual([]);
    expect(v.found.datePrecision).toMatchObject({ day: expect.any(Number), 'month-day': expect.any(Number), unknown: expect.any(Number) });
  });

  it('gives every article number its own headline, in every language', () => {
    for (const lang of ['en', 'vi', 'fr', 'zh'] as const) {
      const seen = new Set<string>();
      for (let i = 0; i < 2000; i++) seen.add(headline(i, lang));
      expect(seen.size).toBe(2000);
      expect(headline(DISTINCT_HEADLINES + 3, lang)).not.toBe(headline(3, lang));
    }
  });
});
