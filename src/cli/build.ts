// `npm run build`: the site with `astro build`, then its search index (src/indexing/search-index.ts) once Astro has exited,
// so the two never hold their memory at the same time. Arguments go to `astro build` (`--outDir`, `--root`, …), except
// `--pages-only`, which leaves the index to `npm run search-index` (src/cli/search-index.ts).
// Both write into a staging folder beside the output folder, which replaces it only once the pages and the index are
// complete (output-folder.ts): a build that fails or is stopped leaves the previous site as it was, never a site
// without search or with half its pages, which a deploy copying the output folder would publish.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { readLanguageSites } from '../i18n/language-sites.ts';
import { readInterfaceLanguage } from '../i18n/ui-languages.ts';
import { removeStagedPages } from '../indexing/staged-pages.ts';
import { readShardArticles, SHARD_ARTICLES_ENV } from '../search/index-shards.ts';
import { outputFolder, projectRoot, withOutputFolder } from './astro-options.ts';
import { stopChildProcesses, trackChildProcesses } from './child-processes.ts';
import { folderToReplace, removeLeftovers, replaceFolder, stagingFolder } from './output-folder.ts';
import { astroCacheFolder, finishPageCache, startPageCache } from './page-cache.ts';
import { isRunning } from './running-process.ts';

const ASTRO_CLI = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
/** Ctrl-C, a stop from a process manager or CI, a closed terminal. */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** A folder as the person who typed the command would write it: relative to where they are, if it is below. */
function shown(folder: string): string {
  const below = relative(process.cwd(), folder);
  return `${below && !below.startsWith('..') && !isAbsolute(below) ? below : folder}/`;
}

function fail(message: string): never {
  console.error(`[build] ${message}`);
  process.exit(1);
}

trackChildProcesses();

/** The pages without their search index, which `npm run search-index` writes later, on this machine or several. */
const PAGES_ONLY = '--pages-only';
const pagesOnly = process.argv.includes(PAGES_ONLY);
const args = process.argv.slice(2).filter((arg) => arg !== PAGES_ONLY);

// The settings and the output folder are checked before Astro starts, so a mistake is a line saying what to write,
// not a stack.
let outDir = outputFolder(args);
let shardSetting: number | null = null;
try {
  shardSetting = readShardArticles(process.env[SHARD_ARTICLES_ENV]);
  readLanguageSites(process.env.UI_LANG_SITES, readInterfaceLanguage(process.env.UI_LANG));
  outDir = folderToReplace(outDir, projectRoot(args));
  for (const leftover of removeLeftovers(outDir)) console.log(`[build] Removed ${shown(leftover)}, left by a build that was killed`);
  removeStagedPages(isRunning);
} catch (error) {
  fail((error as Error).message);
}
const staging = stagingFolder(outDir);
const unchanged = existsSync(outDir) ? `${shown(outDir)} still holds the previous build` : `no ${shown(outDir)} was written`;

/** Ends a build that did not finish: its staging folder goes, the output folder stays as it was. */
function giveUp(why: string, hint = ''): void {
  rmSync(staging, { recursive: true, force: true, maxRetries: 3 });
  removeStagedPages(isRunning);
  console.error(`[build] The build did not finish (${why}); ${unchanged}.${hint && ` ${hint}`}`);
}

let stopping = false;
// A stop signal ends the process that is running (Astro, or Pagefind's), waits until it has exited so nothing more is
// written into the staging folder, removes the folder, and ends the build as the signal would have, so a shell or a CI
// runner sees it was stopped (exit code 128 + the signal's number). A second signal kills the processes outright.
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return stopChildProcesses('SIGKILL');
  stopping = true;
  await stopChildProcesses(signal);
  // The process stopped may have been half way through a line.
  console.error('');
  giveUp(`stopped by ${signal}`);
  for (const s of STOP_SIGNALS) process.removeAllListeners(s);
  process.kill(process.pid, signal);
}
for (const signal of STOP_SIGNALS) process.on(signal, (s: NodeJS.Signals) => void stop(s));

async function build(): Promise<void> {
  const cacheFolder = astroCacheFolder(projectRoot(args));
  if (startPageCache(cacheFolder)) console.log('[build] The last build did not finish: every page is rendered again');
  const astro = spawn(process.execPath, [ASTRO_CLI, 'build', ...withOutputFolder(args, staging)], { stdio: 'inherit' });
  const [code, signal] = (await once(astro, 'exit')) as [number | null, NodeJS.Signals | null];
  if (stopping) return;
  if (code !== 0) {
    giveUp(code === null ? `Astro was stopped by ${signal}` : `Astro exited with code ${code}`, 'Fix the problem above and build again.');
    process.exit(code ?? 1);
  }
  finishPageCache(cacheFolder);

  if (pagesOnly)
    return finish(`The pages are in ${shown(outDir)}, without a search index: write it with npm run search-index -- ${shown(outDir)}`);

  const started = performance.now();
  try {
    // Loaded only now: while Astro runs, this process holds nothing but the wait for it.
    const { describeIndex, writeSearchIndex } = await import('../indexing/search-index.ts');
    // The output folder is the last good build: its shards whose pages are unchanged are copied, not indexed again.
    const report = await writeSearchIndex(staging, { shardSetting, previous: existsSync(outDir) ? outDir : null });
    console.log(`[search-index] ${describeIndex(report, performance.now() - started)}`);
  } catch (error) {
    if (stopping) return;
    console.error(`[search-index] ${(error as Error).message}`);
    giveUp('the search index could not be written', 'Fix the problem above and build again.');
    process.exit(1);
  }
  if (stopping) return;
  finish(`The site is in ${shown(outDir)}`);
}

/** Puts the new output in place of the old and says where it is. */
function finish(done: string): void {
  try {
    replaceFolder(outDir, staging);
  } catch (error) {
    giveUp(`the new site could not be moved into place: ${(error as Error).message}`);
    process.exit(1);
  }
  // The site is in place: a signal from here on has nothing left to undo.
  for (const s of STOP_SIGNALS) process.removeAllListeners(s);
  console.log(`[build] ${done}`);
}

await build();
