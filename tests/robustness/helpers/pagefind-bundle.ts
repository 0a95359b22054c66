// Read the Pagefind search bundle in Node: each page's fragment is gzip, a `pagefind_dcd` signature, then JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** The fragment's JSON text, or null when the bytes are not a Pagefind fragment. */
export function fragmentJson(bytes: Buffer): string | null {
  const raw = gunzipSync(bytes);
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) return null;
  return raw.subarray(SIGNATURE.length).toString('utf8');
}

/** Every page the search index holds (one fragment each), in every shard of it (pagefind/shard-NNN/). */
export function readFragments(outDir: string): PagefindFragment[] {
  const bundle = join(outDir, 'pagefind');
  const shards = readdirSync(bundle, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name.startsWith('shard-'));
  if (shards.length === 0) throw new Error(`${bundle} holds no shard-NNN folder`);
  return shards
    .map((shard) => join(bundle, shard.name, 'fragment'))
    .flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)))
    .sort()
    .map((file) => {
      const json = fragmentJson(readFileSync(file));
      if (json === null) throw new Error(`${file} is not a Pagefind fragment`);
      return JSON.parse(json) as PagefindFragment;
    });
}
