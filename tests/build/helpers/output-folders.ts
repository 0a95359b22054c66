// What a test reads of an output folder and its parent: each file's sha256, and the folders a build put beside it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { listFiles } from '../../robustness/helpers/output-files.ts';

/** Every file under `dir` (relative, `/`-separated, sorted) with the sha256 of its bytes. */
export function fileDigests(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** The other entries of the output folder's parent, where a build stages its output: sorted names. */
export function besideOutput(outDir: string): string[] {
  return readdirSync(dirname(outDir))
    .filter((name) => name !== basename(outDir))
    .sort();
}
