// Size of a built site: bytes and files in all, HTML pages, and the search index under pagefind/.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface OutputStats {
  totalBytes: number;
  files: number;
  htmlPages: number;
  searchIndexBytes: number;
  searchIndexFiles: number;
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

export function outputStats(dir: string): OutputStats {
  const stats: OutputStats = { totalBytes: 0, files: 0, htmlPages: 0, searchIndexBytes: 0, searchIndexFiles: 0 };
  for (const file of listFiles(dir)) {
    const size = statSync(join(dir, file)).size;
    stats.totalBytes += size;
    stats.files++;
    if (file.endsWith('.html')) stats.htmlPages++;
    if (file.startsWith('pagefind/')) {
      stats.searchIndexBytes += size;
      stats.searchIndexFiles++;
    }
  }
  return stats;
}
