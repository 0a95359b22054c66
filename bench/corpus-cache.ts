// Generated corpora are kept in bench/output/ by size and seed, and regenerated only when the generator or its inputs change.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** A private copy the run may edit (the rebuild test changes one file), so the cached corpus stays as generated. */
export function copyCorpus(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

/**
 * Change one article the way an editor would: a sentence added to its last long paragraph (not its first, whose text
 * is part of the URL's hash). Returns the file changed.
 */
export function editOneArticle(corpusDir: string): string {
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const file = files[Math.floor(files.length / 2)]!;
  const path = join(corpusDir, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  let target = -1;
  for (let i = lines.length - 1; i >= 0 && target < 0; i--)
    if (lines[i]!.length > 200 && !lines[i]!.trimStart().startsWith('•')) target = i;
  if (target < 0) target = lines.findIndex((l) => l.trim() !== '');
  lines[target] =
    `${lines[target]} ${/\p{Script=Han}/u.test(lines[target]!) ? '两国同意保持密切沟通。' : 'The two sides agreed to stay in close touch.'}`;
  writeFileSync(path, lines.join('\n'));
  return file;
}
