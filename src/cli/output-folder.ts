// The output folder is only ever replaced whole, by a build that finished: the build writes into a staging folder
// beside it, `<outDir>.staging-<pid>`, which takes its place once the pages, the search index and their checks have
// all succeeded. Beside it, in the same parent folder, so that taking its place is a rename on one file system.
import { existsSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { isRunning } from './running-process.ts';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';

type Role = 'staging' | 'previous';
const LEFTOVER_NAME = /^(staging|previous)-(\d+)$/;

/** `<outDir>.<role>-<pid>`: named after the output folder and the build's process, so a leftover says whose it was. */
function besideOutput(outDir: string, role: Role, pid = process.pid): string {
  return join(dirname(outDir), `${basename(outDir)}.${role}-${pid}`);
}

/** Where this build writes its pages and index before they replace `outDir`. */
export function stagingFolder(outDir: string): string {
  return besideOutput(outDir, 'staging');
}

/**
 * The folder a build into `outDir` will replace: `outDir` itself, or the folder it links to, so that a link stays a
 * link. Throws, saying what to choose instead, when replacing it whole would lose something or cannot be a rename.
 */
export function folderToReplace(outDir: string, projectRoot: string): string {
  if (!existsSync(outDir)) return outDir;
  const folder = realpathSync(outDir);
  if (!statSync(folder).isDirectory()) throw new Error(`${outDir} is a file, not a folder: move it away or choose another --outDir`);
  const fromFolder = relative(folder, realpathSync(projectRoot));
  if (!fromFolder.startsWith('..') && !isAbsolute(fromFolder)) {
    throw new Error(
      `${outDir} holds the project itself, and a build replaces its output folder whole: choose a folder of its own, such as dist/`,
    );
  }
  if (statSync(folder).dev !== statSync(dirname(folder)).dev) {
    throw new Error(
      `${outDir} is a mount point, which the build cannot replace by renaming: give --outDir a folder inside it, or mount its parent`,
    );
  }
  return folder;
}

/**
 * Removes what builds into `outDir` that were killed outright (SIGKILL, a power cut) left beside it: a staging folder,
 * or a previous build set aside and not yet removed. A folder whose process still runs is left alone: it may be a build
 * running now, or its number may have gone to another process since, and a later build will remove it. Returns the
 * folders removed.
 */
export function removeLeftovers(outDir: string): string[] {
  const parent = dirname(outDir);
  const prefix = `${basename(outDir)}.`;
  if (!existsSync(parent)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(parent).sort()) {
    const pid = name.startsWith(prefix) ? LEFTOVER_NAME.exec(name.slice(prefix.length))?.[2] : undefined;
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    rmSync(join(parent, name), { recursive: true, force: true, maxRetries: 3 });
    removed.push(join(parent, name));
  }
  return removed;
}

/**
 * Puts the finished build in `staging` in the place of `outDir`. rename(2) cannot move a folder onto one that holds
 * files, so the previous build is renamed aside first, then the new one into place, back to back with nothing between
 * them, and only then is the previous one deleted: removing it first would leave no site for as long as deleting its
 * files takes. `outDir` is missing only between those two system calls (Linux's renameat2 with RENAME_EXCHANGE would
 * swap the two in one, but Node has no binding for it). A request that a server resolves in that moment finds no file
 * and gets a 404; a file already open keeps being read from the previous build; every other file comes whole from
 * one build or the other, and the folder never holds some files of each. A reader whose page came from the previous
 * build may then ask for a file only that build had (a search chunk, a renamed script), as after any deploy.
 */
export function replaceFolder(outDir: string, staging: string): void {
  const previous = existsSync(outDir) ? besideOutput(outDir, 'previous') : null;
  if (previous) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (previous) renameSync(previous, outDir);
    throw error;
  }
  if (previous) rmSync(previous, { recursive: true, force: true, maxRetries: 3 });
}
