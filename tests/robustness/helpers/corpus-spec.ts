// Write a corpus described in memory (files, symlinks, folders) into tests/output, once per content, safely across workers.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TEST_OUTPUT } from '../../helpers/build-site.ts';

/** What one entry of a corpus folder is: bytes, a symbolic link (possibly dangling), or a folder. */
export type CorpusEntry = Uint8Array | string | { symlinkTo: string } | { folder: true };

/** Relative path (`/`-separated) → entry. */
export type CorpusSpec = Map<string, CorpusEntry>;

function entryBytes(entry: CorpusEntry): Uint8Array {
  if (typeof entry === 'string') return Buffer.from(entry, 'utf8');
  if (entry instanceof Uint8Array) return entry;
  return Buffer.from(JSON.stringify(entry));
}

function specHash(spec: CorpusSpec): string {
  const hash = createHash('sha256');
  for (const [path, entry] of [...spec.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
    hash.update(`${path}\0`).update(entryBytes(entry)).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** Writes the entries under `dir` (which must exist). */
export function writeEntries(dir: string, spec: CorpusSpec): void {
  for (const [path, entry] of spec) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof entry === 'string' || entry instanceof Uint8Array) writeFileSync(target, entry);
    else if ('symlinkTo' in entry) symlinkSync(entry.symlinkTo, target);
    else mkdirSync(target, { recursive: true });
  }
}

/**
 * The folder holding exactly `spec`: tests/output/robust-<name>-corpus/<hash>/. Written to a temporary folder and renamed
 * into place, so a build in another test worker never reads a half-written corpus; identical content is written once.
 */
export function materializeCorpus(name: string, spec: CorpusSpec): string {
  const parent = join(TEST_OUTPUT, `robust-${name}-corpus`);
  const dir = join(parent, specHash(spec));
  if (existsSync(dir)) return dir;
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.tmp-${process.pid}-${Date.now()}`);
  mkdirSync(tmp);
  writeEntries(tmp, spec);
  try {
    renameSync(tmp, dir);
  } catch {
    // Another worker renamed the same content into place first.
    rmSync(tmp, { recursive: true, force: true });
  }
  // Corpora of this name for any other spec (another hash) are stale; workers of this run only ever use `dir`.
  for (const old of readdirSync(parent))
    if (join(parent, old) !== dir && !old.startsWith('.tmp-')) rmSync(join(parent, old), { recursive: true, force: true });
  return dir;
}

/** A fresh, empty folder under tests/output for a test that edits its corpus between builds. */
export function freshFolder(name: string): string {
  const dir = join(TEST_OUTPUT, `robust-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
