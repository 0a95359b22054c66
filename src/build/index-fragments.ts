// The pages of a written Pagefind bundle as its fragment files hold them (one per indexed page), for the files the index
// step writes beside the index (filter-values.ts, vocabulary.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Pagefind's compressed files start, once gunzipped, with this signature. */
const SIGNATURE = 'pagefind_dcd';
const FRAGMENT_SUFFIX = '.pf_fragment';

export interface IndexedFragment {
  /** The Pagefind result id (the fragment's file name without its suffix). */
  id: string;
  url: string;
  /** The indexed text: the page's searchable region (headline and body), Chinese words separated by spaces. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

function readFragment(path: string): Omit<IndexedFragment, 'id'> {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const parsed = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as Partial<Omit<IndexedFragment, 'id'>>;
  return { url: parsed.url ?? '', content: parsed.content ?? '', meta: parsed.meta ?? {}, filters: parsed.filters ?? {} };
}

/** Every fragment of the bundle in `bundleDir`, by id. */
export function readFragments(bundleDir: string): IndexedFragment[] {
  const fragmentDir = join(bundleDir, 'fragment');
  return readdirSync(fragmentDir)
    .filter((f) => f.endsWith(FRAGMENT_SUFFIX))
    .sort()
    .map((file) => ({ id: file.slice(0, -FRAGMENT_SUFFIX.length), ...readFragment(join(fragmentDir, file)) }));
}
