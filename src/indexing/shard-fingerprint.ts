// What a shard of the index was made from, written beside it, so a build can keep a shard whose pages have not changed
// instead of running Pagefind over them again: after one article is edited, only its shard is indexed anew. The
// fingerprint covers the pages as Pagefind reads them (page-for-index.ts), in order, and Pagefind's version and the
// index settings, since a new Pagefind or new settings write other bytes from the same pages.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_SETTINGS } from './pagefind-adapter.ts';

/** JSON, like the other files beside the index, so every file of the site is one a reader or a checker knows. */
const FINGERPRINT_FILE = 'shard-pages.json';
// The package's exports leave out its package.json, so it is read from where npm installs it for this project.
const PAGEFIND_PACKAGE = new URL('../../node_modules/pagefind/package.json', import.meta.url);
const PAGEFIND_VERSION = (JSON.parse(readFileSync(PAGEFIND_PACKAGE, 'utf8')) as { version: string }).version;

export function shardFingerprint(slugs: readonly string[], pages: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`pagefind ${PAGEFIND_VERSION}\n${JSON.stringify(INDEX_SETTINGS)}\n`);
  slugs.forEach((slug, i) => {
    const page = pages[i]!;
    hash.update(`${slug}\n${Buffer.byteLength(page)}\n`);
    hash.update(page);
  });
  return hash.digest('hex');
}

function fingerprintOf(shardDir: string): string | null {
  const file = join(shardDir, FINGERPRINT_FILE);
  if (!existsSync(file)) return null;
  try {
    const { sha256 } = JSON.parse(readFileSync(file, 'utf8')) as { sha256?: unknown };
    return typeof sha256 === 'string' ? sha256 : null;
  } catch {
    // Not ours, or cut short: the shard is written again.
    return null;
  }
}

export function writeShardFingerprint(shardDir: string, fingerprint: string): void {
  writeFileSync(join(shardDir, FINGERPRINT_FILE), `${JSON.stringify({ sha256: fingerprint })}\n`);
}

/**
 * Whether the shard in `target` can stay: it is there with `fingerprint` already, or `earlier` (the same shard of an
 * earlier build) has it and is copied to `target`. A shard with other pages is left to be written again.
 */
export function keepShardIfUnchanged(target: string, fingerprint: string, earlier: string | null): boolean {
  if (fingerprintOf(target) === fingerprint) return true;
  if (earlier === null || fingerprintOf(earlier) !== fingerprint) return false;
  rmSync(target, { recursive: true, force: true });
  cpSync(earlier, target, { recursive: true });
  return true;
}
