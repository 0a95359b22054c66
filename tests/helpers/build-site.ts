// Run the real build (`npm run build`: `astro build`, then the search index) on a corpus folder into its own output folder, as a user would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const TEST_OUTPUT = join(PROJECT_ROOT, 'tests/output');

export interface BuildOptions {
  corpusDir: string;
  /** Folder name under tests/output/. */
  name: string;
  basePath?: string;
  siteUrl?: string;
  /** UI_LANG: the one interface language of the build. */
  uiLang?: string;
  /** UI_LANG_SITES: the builds in the other interface languages. */
  uiLangSites?: string;
  /** SEARCH_SHARD_ARTICLES: articles per shard of the search index, so a small corpus is searched across several. */
  searchShardArticles?: number;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

// Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test…) into process.env; a child build would inherit them.
const INHERITED_FROM_VITEST =
  /^(VITE|VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$|TEST$|BASE_PATH$|SITE_URL$|CORPUS_DIR$|UI_LANG$|UI_LANG_SITES$|SEARCH_SHARD_ARTICLES$|INCREMENTAL_BUILD$)/;

/** The environment a person's shell would give a build: the machine's, without the test runner's additions. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1' };
  for (const [key, value] of Object.entries(process.env)) if (!INHERITED_FROM_VITEST.test(key)) env[key] = value;
  return env;
}

export function buildSite(options: BuildOptions): BuildResult {
  const outDir = join(TEST_OUTPUT, options.name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const env = cleanEnv();
  env.CORPUS_DIR = options.corpusDir;
  env.ASTRO_CACHE_DIR = join(TEST_OUTPUT, '.cache', options.name);
  if (options.basePath) env.BASE_PATH = options.basePath;
  if (options.siteUrl) env.SITE_URL = options.siteUrl;
  if (options.uiLang) env.UI_LANG = options.uiLang;
  if (options.uiLangSites) env.UI_LANG_SITES = options.uiLangSites;
  if (options.searchShardArticles) env.SEARCH_SHARD_ARTICLES = String(options.searchShardArticles);
  const run = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env,
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}
