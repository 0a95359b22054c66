// A build with no cache left from earlier runs: what a fresh checkout's first `npm run build` would produce.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, TEST_OUTPUT, type BuildOptions, type BuildResult } from '../../helpers/build-site.ts';

/** The cache folder buildSite gives a build name. */
function cacheDirOf(name: string): string {
  return join(TEST_OUTPUT, '.cache', name);
}

export function cleanBuild(options: BuildOptions): BuildResult {
  rmSync(cacheDirOf(options.name), { recursive: true, force: true });
  return buildSite(options);
}
