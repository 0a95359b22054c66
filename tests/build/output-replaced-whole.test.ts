// `npm run build` replaces its output folder only with a build that finished: pages and search index are written to a
// staging folder beside it, which then takes its place whole. A build stopped while Astro writes the pages, stopped
// while the search index is being made, failing at the index step, or killed outright leaves the previous output
// folder byte for byte as it was, so a deploy that copies it never publishes half a site or a site without search.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAGING_ROOT, isTmpfs } from '../../src/indexing/staged-pages.ts';
import { listFiles } from '../robustness/helpers/output-files.ts';
import { PROJECT_ROOT, TEST_OUTPUT } from '../helpers/build-site.ts';
import { besideOutput, fileDigests } from './helpers/output-folders.ts';
import { startBuild, type BuildEnd, type RunningBuild } from './helpers/running-build.ts';

const FOLDER = join(TEST_OUTPUT, 'output-replaced');
/** Whether this machine has a folder in memory the index step copies the pages to (src/indexing/staged-pages.ts). */
const MEMORY = isTmpfs(DEFAULT_STAGING_ROOT);
/** The builds of this file run one at a time and share the content cache: the seeds are parsed once. */
const CACHE = 'output-replaced';
/** A line Astro prints once it has written a page: `├─ /404.html (+2ms)`. */
const PAGE_WRITTEN = /├─ (\/\S+) \(\+\d+ms\)/;
/** The line of a page Astro's incremental build copied from its cache instead of rendering it. */
const PAGE_FROM_CACHE = /├─ \/\S+.*\((restored|cached)\)/;
/** Astro's last line; a build stopped before it was stopped while Astro still worked. */
const ASTRO_DONE = '[build] Complete!';

/** The first build of the seeds, copied as the previous build each case keeps or replaces. */
const FIRST = join(FOLDER, 'first', 'site');

/**
 * Shards of two articles: none holds the same pages as the previous build's one shard of the seeds, so Pagefind runs
 * (a shard with the same pages would be copied from the previous build instead of being indexed again).
 */
const NEW_SHARDS = { SEARCH_SHARD_ARTICLES: '2' };

function build(outDir: string, env?: Record<string, string>): RunningBuild {
  return startBuild({ corpusDir: 'seeds', outDir, cacheName: CACHE, env });
}

/** A copy of the first build as the output folder of the case `name`, alone in its parent folder. */
function previousBuild(name: string): string {
  const outDir = join(FOLDER, name, 'site');
  cpSync(FIRST, outDir, { recursive: true });
  return outDir;
}

/** The output folder as the build names it: relative to the project, where npm runs it. */
const shown = (outDir: string): string => `${relative(PROJECT_ROOT, outDir)}/`;

/** The staging folder the build is writing beside `outDir`; there must be exactly one. */
function stagingFolder(outDir: string): string {
  const staging = besideOutput(outDir).filter((name) => name.startsWith('site.staging-'));
  expect(staging, 'one staging folder beside the output folder').toHaveLength(1);
  return join(outDir, '..', staging[0]!);
}

beforeAll(async () => {
  rmSync(FOLDER, { recursive: true, force: true });
  mkdirSync(FOLDER, { recursive: true });
  const first = await build(FIRST).ended;
  expect(first.status, first.output).toBe(0);
});

describe('a build stopped by Ctrl-C while Astro writes the pages', () => {
  let outDir: string;
  let before: Record<string, string>;
  let folderId: number;
  let pageStaged: boolean;
  let end: BuildEnd;

  beforeAll(async () => {
    outDir = previousBuild('stopped-in-pages');
    before = fileDigests(outDir);
    folderId = statSync(outDir).ino;
    const running = build(outDir);
    await running.printed(PAGE_WRITTEN);
    pageStaged = existsSync(join(stagingFolder(outDir), PAGE_WRITTEN.exec(running.output())![1]!));
    // To npm, the build and Astro at once, as a terminal sends Ctrl-C.
    running.signalAll('SIGINT');
    end = await running.ended;
  });

  it('was stopped while Astro was writing pages into the staging folder', () => {
    expect(pageStaged).toBe(true);
    expect(end.output).not.toContain(ASTRO_DONE);
  });

  it('leaves the previous output folder byte for byte as it was, and no staging folder', () => {
    expect(statSync(outDir).ino, 'the same folder, never moved').toBe(folderId);
    expect(fileDigests(outDir)).toEqual(before);
    expect(besideOutput(outDir)).toEqual([]);
  });

  it('says in one line that the build did not finish and the output folder holds the previous build', () => {
    expect(end.output).toContain(
      `[build] The build did not finish (stopped by SIGINT); ${shown(outDir)} still holds the previous build.\n`,
    );
  });
});

describe('a build stopped by SIGTERM to its process while the search index is being made', () => {
  let outDir: string;
  let before: Record<string, string>;
  let folderId: number;
  let stagedSite: boolean;
  let end: BuildEnd;
  /** The copies of the pages the build made in memory for Pagefind to read (/dev/shm), before the stop and after. */
  let pagesInMemory: { before: string[]; after: string[] };

  beforeAll(async () => {
    outDir = previousBuild('stopped-in-index');
    before = fileDigests(outDir);
    folderId = statSync(outDir).ino;
    // Pagefind's own setting for where its program is: a stand-in that says it has started, then never answers, so
    // the build is certainly waiting on Pagefind in its index step when the signal comes, however fast the machine.
    const silentPagefind = join(FOLDER, 'silent-pagefind');
    writeFileSync(silentPagefind, '#!/bin/sh\necho "[silent-pagefind] started" >&2\nexec cat > /dev/null\n', { mode: 0o755 });
    const running = build(outDir, { ...NEW_SHARDS, PAGEFIND_EXTENDED_BINARY_PATH: silentPagefind });
    await running.printed(/\[silent-pagefind\] started/);
    const staging = stagingFolder(outDir);
    stagedSite = existsSync(join(staging, 'index.html'));
    // The pid ends the staging folder's name.
    const pid = Number(staging.slice(staging.lastIndexOf('-') + 1));
    const inMemory = (): string[] => readdirSync(DEFAULT_STAGING_ROOT).filter((n) => n.startsWith(`vn-cn-search-pages-${pid}-`));
    // Where there is a folder in memory, the pages were copied there before Pagefind's process started.
    const copied = inMemory();
    // The build's process alone, as `kill <pid>` would.
    process.kill(pid, 'SIGTERM');
    end = await running.ended;
    pagesInMemory = { before: copied, after: inMemory() };
  });

  it('removes the copy of the pages it had made in memory for Pagefind to read', () => {
    expect(pagesInMemory.before).toHaveLength(MEMORY ? 1 : 0);
    expect(pagesInMemory.after).toEqual([]);
  });

  it('was stopped after Astro had written the whole site and before the index was written', () => {
    expect(end.output).toContain(ASTRO_DONE);
    expect(stagedSite).toBe(true);
    expect(end.output).not.toContain('[search-index] Pagefind indexed');
  });

  it('leaves the previous output folder byte for byte as it was, and no staging folder', () => {
    expect(statSync(outDir).ino, 'the same folder, never moved').toBe(folderId);
    expect(fileDigests(outDir)).toEqual(before);
    expect(besideOutput(outDir)).toEqual([]);
  });

  it('ends as stopped by SIGTERM (128 + 15) and says so in one line', () => {
    expect(end.status, end.output).toBe(143);
    expect(end.output).toContain(
      `[build] The build did not finish (stopped by SIGTERM); ${shown(outDir)} still holds the previous build.\n`,
    );
  });
});

describe('a build whose index step fails', () => {
  it('leaves the previous output folder as it was, no staging folder, and says why and what to do', async () => {
    const outDir = previousBuild('index-fails');
    const before = fileDigests(outDir);
    // Pagefind's program missing, as when its platform package was not installed.
    const end = await build(outDir, { ...NEW_SHARDS, PAGEFIND_EXTENDED_BINARY_PATH: join(FOLDER, 'no-pagefind-here') }).ended;
    expect(end.status, end.output).toBe(1);
    expect(end.output).toContain(ASTRO_DONE);
    expect(end.output).toContain('[search-index] ');
    expect(end.output).toContain(
      `[build] The build did not finish (the search index could not be written); ${shown(outDir)} still holds the previous build.` +
        ' Fix the problem above and build again.\n',
    );
    expect(fileDigests(outDir)).toEqual(before);
    expect(besideOutput(outDir)).toEqual([]);
  });
});

describe('a build killed outright (SIGKILL), then a build that succeeds', () => {
  let outDir: string;
  let before: Record<string, string>;
  let afterKill: { files: Record<string, string>; beside: string[] };
  let next: BuildEnd;

  beforeAll(async () => {
    outDir = previousBuild('killed-then-built');
    // A page only an old deploy had: a build that succeeds must not keep it.
    mkdirSync(join(outDir, 'old-section'));
    writeFileSync(join(outDir, 'old-section', 'index.html'), '<p>From a build long gone</p>\n');
    before = fileDigests(outDir);
    const killed = build(outDir);
    await killed.printed(PAGE_WRITTEN);
    killed.signalAll('SIGKILL');
    await killed.ended;
    afterKill = { files: fileDigests(outDir), beside: besideOutput(outDir) };
    next = await build(outDir).ended;
  });

  it('the killed build leaves the previous output folder as it was, and its staging folder beside it', () => {
    expect(afterKill.files).toEqual(before);
    expect(afterKill.beside).toEqual([expect.stringMatching(/^site\.staging-\d+$/)]);
  });

  it('the next build removes that staging folder and says so', () => {
    expect(next.status, next.output).toBe(0);
    const leftover = join(outDir, '..', afterKill.beside[0]!);
    expect(next.output).toContain(`[build] Removed ${shown(leftover)}, left by a build that was killed\n`);
    expect(besideOutput(outDir)).toEqual([]);
  });

  it('the next build renders every page, none copied from pages the killed build may have left in Astro’s cache', () => {
    expect(next.output).toContain('[build] The last build did not finish: every page is rendered again\n');
    expect(next.output).toMatch(PAGE_WRITTEN);
    expect(next.output).not.toMatch(PAGE_FROM_CACHE);
  });

  it('the next build takes the output folder’s place whole: the old page is gone, every file is the new build’s', () => {
    expect(next.output).toContain(`[build] The site is in ${shown(outDir)}\n`);
    expect(existsSync(join(outDir, 'old-section'))).toBe(false);
    expect(listFiles(outDir)).toEqual(listFiles(FIRST));
  });
});
