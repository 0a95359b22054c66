// The article pages as the search index reads them, written to a folder in memory so Pagefind can read the folder
// itself: its addDirectory parses pages side by side (10 000 pages: 5 s), where pages handed over one message at a time
// took 17 s. Pagefind numbers pages in the order the folder lists them, and the bundle must be the same bytes on every
// build, so the folder is used only when it lists the pages in the index order (index-order.ts), the order they are
// otherwise handed over in.
// tmpfs lists a folder in the order its entries were made (newest first on this machine's kernel; a probe tells which),
// so the pages are written in the order that lists them as asked; any other file system, too little room (Docker gives
// /dev/shm 64 MB), or a listing out of order, and the pages are handed over one by one instead (search-index.ts).
import { existsSync, mkdirSync, mkdtempSync, opendirSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Linux's statfs type of tmpfs, a file system held in memory. */
const TMPFS_MAGIC = 0x01021994;
/** The usual tmpfs mount on Linux. */
export const DEFAULT_STAGING_ROOT = '/dev/shm';
/** A stage folder's name: this prefix, the pid of the process that made it, a dash and a random part. */
const STAGE_PREFIX = 'vn-cn-search-pages-';
const STAGE_NAME = new RegExp(`^${STAGE_PREFIX}(\\d+)-`);

/**
 * Removes the stage folders of this process, and those of processes `isRunning` says have ended: a build stopped while
 * Pagefind read its stage, or killed outright, would otherwise leave the pages in memory until the machine restarts.
 */
export function removeStagedPages(isRunning: (pid: number) => boolean, root = DEFAULT_STAGING_ROOT): void {
  if (!existsSync(root)) return;
  for (const name of readdirSync(root)) {
    const pid = Number(STAGE_NAME.exec(name)?.[1]);
    if (pid && (pid === process.pid || !isRunning(pid))) rmSync(join(root, name), { recursive: true, force: true });
  }
}

export function isTmpfs(path: string): boolean {
  try {
    return existsSync(path) && statfsSync(path).type === TMPFS_MAGIC;
  } catch {
    return false;
  }
}

/** A folder's entries in the order the file system lists them, as Pagefind's walk meets them (readdirSync sorts them). */
function listing(folder: string): string[] {
  const dir = opendirSync(folder);
  const names: string[] = [];
  try {
    for (let entry = dir.readSync(); entry; entry = dir.readSync()) names.push(entry.name);
  } finally {
    dir.closeSync();
  }
  return names;
}

/** Whether `root` lists a folder's entries oldest first, newest first, or in neither order (then null). */
function listingOrder(root: string): 'oldest-first' | 'newest-first' | null {
  const probe = mkdtempSync(join(root, 'listing-order-'));
  try {
    for (const name of ['b', 'c', 'a']) mkdirSync(join(probe, name));
    const listed = listing(probe).join('');
    return listed === 'bca' ? 'oldest-first' : listed === 'acb' ? 'newest-first' : null;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/**
 * Writes each of `pages`, an article page as prepared for the index (page-for-index.ts), to `<stage>/<articlesDir>/
 * <slug>/index.html` for the slug at the same place in `slugs`, so Pagefind gives it the same URL as the page on the site. Returns the stage folder when it lists
 * the pages in the order of `slugs` and holds nothing else; otherwise removes it and returns null.
 */
export function stagePages(
  articlesDir: string,
  slugs: readonly string[],
  pages: readonly string[],
  root = DEFAULT_STAGING_ROOT,
): string | null {
  if (!isTmpfs(root)) return null;
  const needed = pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0);
  const free = statfsSync(root);
  if (free.bavail * free.bsize < needed) return null;
  const order = listingOrder(root);
  if (!order) return null;
  const stage = mkdtempSync(join(root, `${STAGE_PREFIX}${process.pid}-`));
  try {
    mkdirSync(join(stage, articlesDir));
    for (let made = 0; made < slugs.length; made++) {
      const i = order === 'oldest-first' ? made : slugs.length - 1 - made;
      mkdirSync(join(stage, articlesDir, slugs[i]!));
      writeFileSync(join(stage, articlesDir, slugs[i]!, 'index.html'), pages[i]!);
    }
    const listed = listing(join(stage, articlesDir));
    const inOrder = listing(stage).join('/') === articlesDir && listed.length === slugs.length && listed.every((s, i) => s === slugs[i]);
    if (inOrder) return stage;
  } catch {
    // Out of room in memory, or any other trouble: the pages are handed over one by one instead.
  }
  rmSync(stage, { recursive: true, force: true });
  return null;
}
