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

/** Every page the search index holds (one fragment each). */
export function readFragments(outDir: string): PagefindFragment[] {
  const dir = join(outDir, 'pagefind', 'fragment');
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const json = fragmentJson(readFileSync(join(dir, name)));
      if (json === null) throw new Error(`${name} is not a Pagefind fragment`);
      return JSON.parse(json) as PagefindFragment;
    });
}
