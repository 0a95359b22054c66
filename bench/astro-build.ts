// One measured build: the real site (`npm run build`'s script: astro build, then the search index) or the baseline
// (`astro build`, Pagefind inside it), into its own output and cache folders, never dist/ or the shared cache.
import { join, resolve } from 'node:path';
import { measureCommand } from './measure-command.ts';
import { lastLines, parseBuildLog } from './build-log.ts';
import type { BuildFigures } from './results.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
/** Run with this Node (24 under `npm run`), not through npm or npx: their own start-up would be timed too. */
const ASTRO_CLI = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const SITE_BUILD_CLI = join(PROJECT_ROOT, 'src/cli/build.ts');
/** The command line before `--root … --outDir …` for each kind of build. */
export const BUILD_COMMANDS = { site: [SITE_BUILD_CLI], astro: [ASTRO_CLI, 'build'] } as const;
/** How much of a failed build's output the results keep: enough for a stack trace or a heap-limit report. */
const FAILURE_LINES = 12;
/** A frame of Node's native stack trace (`  3: 0xc70d60 node::OOMErrorHandler…`): addresses that would push out the report. */
const NATIVE_FRAME = /^\s*\d+: 0x[0-9a-f]+\b/;
/** Settings a caller's shell or a test runner may carry that would change what gets built. */
const NOT_INHERITED = /^(CORPUS_DIR|BASE_PATH|SITE_URL|ASTRO_CACHE_DIR|INCREMENTAL_BUILD|BASELINE_CONTENT_DIR|VITE.*|VITEST.*|NODE_ENV)$/;

export interface AstroBuildSpec {
  /** `site` for our site's build script, `astro` for a plain `astro build` (the baseline). */
  command: keyof typeof BUILD_COMMANDS;
  /** The Astro project: the real site (PROJECT_ROOT) or bench/baseline. */
  root: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
  env: Record<string, string>;
  /** The build is stopped (and reported as such) after this long: see timeouts.ts. */
  timeoutMs: number;
}

/** The environment a build gets: this process's, less what would change what gets built, plus the spec's. */
export function buildEnv(cacheDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!NOT_INHERITED.test(key)) env[key] = value;
  return Object.assign(env, { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cacheDir }, extra);
}

export async function measureAstroBuild(spec: AstroBuildSpec): Promise<BuildFigures> {
  const m = await measureCommand({
    command: process.execPath,
    args: [...BUILD_COMMANDS[spec.command], '--root', spec.root, '--outDir', spec.outDir],
    cwd: PROJECT_ROOT,
    env: buildEnv(spec.cacheDir, spec.env),
    logFile: spec.logFile,
    timeoutMs: spec.timeoutMs,
  });
  const failed = m.exitCode !== 0 || m.signal !== null || m.timedOut;
  return {
    exitCode: m.exitCode,
    signal: m.signal,
    timedOut: m.timedOut,
    failureLog: failed
      ? lastLines(
          m.lines.filter((l) => !NATIVE_FRAME.test(l.text)),
          FAILURE_LINES,
        )
      : [],
    wallMs: Math.round(m.wallMs),
    cpuS: m.cpuUserS === null || m.cpuSystemS === null ? null : Math.round((m.cpuUserS + m.cpuSystemS) * 100) / 100,
    peakTreeRssBytes: m.peakTreeRssBytes,
    maxSingleRssBytes: m.maxSingleRssBytes,
    stages: parseBuildLog(m.lines),
    logFile: spec.logFile,
  };
}
