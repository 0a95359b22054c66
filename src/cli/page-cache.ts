// Astro's incremental build (astro.config.mjs) keeps in its cache folder a copy of every article page it renders, each
// written as the page is rendered, and the list of the pages' keys, written once every page is. A build stopped in
// between leaves copies newer than the list, and a later build whose keys match the list again (an edit undone) would
// publish the stopped build's pages. So a build that did not get through Astro is followed by one that renders every page.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Astro's file of the last complete build's page keys (astro/dist/core/build/incremental.js). */
const PAGE_KEYS_FILE = 'incremental-build.json';
/** Written while Astro builds; still there at the next build if that one did not finish. */
const UNFINISHED_FILE = 'build-unfinished';

/** Astro's cache folder: ASTRO_CACHE_DIR (astro.config.mjs) or Astro's default, against the project root. */
export function astroCacheFolder(projectRoot: string): string {
  return resolve(projectRoot, process.env.ASTRO_CACHE_DIR || 'node_modules/.astro');
}

/** Called before Astro starts. Returns true when an earlier build did not finish and its page keys were forgotten. */
export function startPageCache(cacheFolder: string): boolean {
  const unfinished = existsSync(join(cacheFolder, UNFINISHED_FILE));
  if (unfinished) rmSync(join(cacheFolder, PAGE_KEYS_FILE), { force: true });
  mkdirSync(cacheFolder, { recursive: true });
  writeFileSync(join(cacheFolder, UNFINISHED_FILE), '');
  return unfinished;
}

/** Called once Astro has written every page and their keys. */
export function finishPageCache(cacheFolder: string): void {
  rmSync(join(cacheFolder, UNFINISHED_FILE), { force: true });
}
