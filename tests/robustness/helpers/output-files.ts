// Every file of a build output with its sha256, and a readable list of what differs between two outputs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files under `dir`, relative, `/`-separated, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

function digestTree(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** One line per difference, e.g. `only in B: pagefind/x.pf_index` or `differs: rss.xml (first at byte 812: …)`. */
export function treeDifferences(dirA: string, dirB: string): string[] {
  const a = digestTree(dirA);
  const b = digestTree(dirB);
  const out: string[] = [];
  for (const [file, hash] of a) {
    if (!b.has(file)) out.push(`only in A: ${file}`);
    else if (b.get(file) !== hash) out.push(`differs: ${file} (${firstDifference(join(dirA, file), join(dirB, file))})`);
  }
  for (const file of b.keys()) if (!a.has(file)) out.push(`only in B: ${file}`);
  return out;
}

/** Where two files first differ, with a little context from each, so a failure says what changed. */
function firstDifference(fileA: string, fileB: string): string {
  const a = readFileSync(fileA);
  const b = readFileSync(fileB);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const context = (buf: Buffer): string => JSON.stringify(buf.subarray(Math.max(0, i - 30), i + 50).toString('latin1'));
  return `first at byte ${i} of ${a.length}/${b.length}: A ${context(a)} B ${context(b)}`;
}
