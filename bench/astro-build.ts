// One measured `astro build`: the real site or the baseline, into its own output and cache folders, never dist/ or the shared cache.
import { join, resolve } from 'node:path';
import { measureCommand } from './measure-command.ts';
import { parseBuildLog } from './build-log.ts';
import type { BuildFigures } from './results.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
/** Astro's CLI run with this Node (24 under `npm run`), not through npx: npm's own start-up would be timed too. */
const ASTRO_CLI = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** Settings a caller's shell or a test runner may carry that would change what gets built. */
const NOT_INHERITED = /^(CORPUS_DIR|BASE_PATH|SITE_URL|ASTRO_CACHE_DIR|BASELINE_CONTENT_DIR|VITE.*|VITEST.*|NODE_ENV)$/;

export interface AstroBuildSpec {
  /** The Astro project: the real site (PROJECT_ROOT) or bench/baseline. */
  root: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
  env: Record<string, string>;
}

export async function measureAstroBuild(spec: AstroBuildSpec): Promise<BuildFigures> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!NOT_INHERITED.test(key)) env[key] = value;
  Object.assign(env, { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: spec.cacheDir }, spec.env);
  const m = await measureCommand({
    command: process.execPath,
    args: [ASTRO_CLI, 'build', '--root', spec.root, '--outDir', spec.outDir],
    cwd: PROJECT_ROOT,
    env,
    logFile: spec.logFile,
  });
  return {
    exitCode: m.exitCode,
    wallMs: Math.round(m.wallMs),
    cpuS: m.cpuUserS === null || m.cpuSystemS === null ? null : Math.round((m.cpuUserS + m.cpuSystemS) * 100) / 100,
    peakTreeRssBytes: m.peakTreeRssBytes,
    maxSingleRssBytes: m.maxSingleRssBytes,
    stages: parseBuildLog(m.lines),
    logFile: spec.logFile,
  };
}
