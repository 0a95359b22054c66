// Build a site configuration once per test run and share it between test files running in parallel workers.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { buildSite, TEST_OUTPUT, type BuildOptions, type BuildResult } from './build-site.ts';

/**
 * Identifies this `vitest run`: test files run in forked workers (or threads) of one vitest process,
 * so that process's pid plus its start time names the run; a later run never reuses an older build.
 */
function currentRunId(): string {
  const runner = isMainThread ? process.ppid : process.pid;
  try {
    const stat = readFileSync(`/proc/${runner}/stat`, 'utf8');
    // Field 22 (start time) follows the command name in parentheses, which may itself contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return `${runner}-${fields[19]}`;
  } catch {
    return String(runner);
  }
}

interface Stamp extends BuildResult {
  runId: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes a cross-process lock (an atomic mkdir); a lock left by a dead process is taken over. */
async function withLock<T>(name: string, work: () => T): Promise<T> {
  const dir = join(TEST_OUTPUT, '.locks', name);
  mkdirSync(join(TEST_OUTPUT, '.locks'), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      break;
    } catch {
      const holder = Number(existsSync(join(dir, 'pid')) ? readFileSync(join(dir, 'pid'), 'utf8') : NaN);
      if (Number.isFinite(holder) && !isAlive(holder)) rmSync(dir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${dir}`);
      await sleep(500);
    }
  }
  try {
    return work();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The result of building `options` in this test run: the first caller builds, the others wait and reuse it. */
export async function sharedBuild(options: BuildOptions): Promise<BuildResult> {
  const runId = currentRunId();
  const stampFile = join(TEST_OUTPUT, `${options.name}.build.json`);
  return withLock(options.name, () => {
    if (existsSync(stampFile)) {
      const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp;
      if (stamp.runId === runId) return { status: stamp.status, output: stamp.output, outDir: stamp.outDir };
    }
    const result = buildSite(options);
    writeFileSync(stampFile, JSON.stringify({ runId, ...result } satisfies Stamp));
    return result;
  });
}
