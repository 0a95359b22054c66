// Synthetic articles from the benchmark's deterministic generator, held in memory so tests can mix them with their own files.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../../bench/generate-corpus.ts';
import type { CorpusSpec } from './corpus-spec.ts';

export interface GeneratedArticle {
  file: string;
  /** The headline the generator wrote (articles planned without one get their title from the lead instead). */
  title: string;
  headline: boolean;
  bytes: Buffer;
}

/** `count` generated articles (seed 42 unless told); the same arguments always give the same bytes and names. */
export function generatedArticles(count: number, seed = 42): GeneratedArticle[] {
  const out = mkdtempSync(join(tmpdir(), 'robust-generated-'));
  try {
    const result = generateCorpus({ articles: count, out: join(out, 'corpus'), seed });
    return result.files.map((f) => ({
      file: f.file,
      title: f.title,
      headline: f.plan.headline,
      bytes: readFileSync(join(out, 'corpus', f.file)),
    }));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function addArticles(spec: CorpusSpec, articles: readonly GeneratedArticle[], folder = ''): CorpusSpec {
  for (const a of articles) spec.set(folder ? `${folder}/${a.file}` : a.file, a.bytes);
  return spec;
}
