// Generated corpora are kept in bench/output/ by size and seed, and regenerated only when the generator or its inputs change;
// each run works on a copy of its own.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFingerprint, formatSummary, generateCorpus, manifestPath, type GenerationResult } from './generate-corpus.ts';

export function cachedCorpus(outputDir: string, articles: number, seed: number, log: (line: string) => void): string {
  const dir = join(outputDir, `corpus-${articles}-seed-${seed}`);
  const manifest = manifestPath(dir);
  const fingerprint = corpusFingerprint(articles, seed);
  if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as GenerationResult).fingerprint === fingerprint) {
    log(`corpus: reusing ${dir}`);
    return dir;
  }
  log(`corpus: generating ${articles} articles into ${dir}`);
  log(formatSummary(generateCorpus({ articles, out: dir, seed })));
  return dir;
}

/** A private copy the run may edit (the rebuild and the dev server's edits change files), so the cached corpus stays as generated. */
export function copyCorpus(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
