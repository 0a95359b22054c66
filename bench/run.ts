// `npm run bench -- --articles 1000[,10000] [--seed 42] [--build-runs 3] [--search-runs 5] [--no-baseline] [--no-browser] [--no-rebuild]`: the benchmark.
// Builds our site and the bare baseline on the same synthetic corpus, measures them, checks the budgets (reporting only).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { measureAstroBuild, PROJECT_ROOT } from './astro-build.ts';
import { cachedCorpus, copyCorpus, editOneArticle } from './corpus-cache.ts';
import { convertCorpus } from './corpus-to-markdown.ts';
import { outputStats } from './output-stats.ts';
import { pageWeight, representativePages } from './page-weight.ts';
import { measureFirstSearch, type SearchMeasurement } from './search-timing.ts';
import { SEARCH_QUERIES } from './search-page.ts';
import { summarizeRuns } from './search-runs.ts';
import { formatPairs, representativePair, type BuildPair } from './build-pairs.ts';
import { checkBudgets } from './budgets.ts';
import { formatResults, formatScaling } from './results-table.ts';
import { DEFAULT_SEED } from './generate-corpus.ts';
import type { BuildFigures, RunResult, SiteResult } from './results.ts';

const OUTPUT = join(PROJECT_ROOT, 'bench/output');
const BASELINE_ROOT = join(PROJECT_ROOT, 'bench/baseline');

interface Options {
  seed: number;
  baseline: boolean;
  browser: boolean;
  rebuild: boolean;
  /** Runs per first-search query, each in a fresh browser context; the median run is reported (search-runs.ts). */
  searchRuns: number;
  /** Cold builds of each site, baseline and ours in turns; the pair with the median ratio is reported (build-pairs.ts). */
  buildRuns: number;
}

const DEFAULT_SEARCH_RUNS = 5;
const DEFAULT_BUILD_RUNS = 3;
const USAGE =
  'npm run bench -- --articles 1000[,10000] [--seed 42] [--build-runs 3] [--search-runs 5] [--no-baseline] [--no-browser] [--no-rebuild]';

const log = (line: string): void => console.error(`[bench] ${line}`);

function gitCommit(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return `${head.stdout.trim() || 'unknown'}${dirty.stdout.trim() ? ' (with uncommitted changes)' : ''}`;
}

function siteFigures(outDir: string): Omit<SiteResult, 'build'> {
  const pages = representativePages(outDir);
  const weigh = (page: string | null) => (page ? pageWeight(outDir, page) : null);
  return {
    output: outputStats(outDir),
    pages: Object.fromEntries(Object.entries(pages).map(([kind, file]) => [kind, weigh(file)])) as SiteResult['pages'],
  };
}

async function measureSearches(outDir: string, runs: number): Promise<SearchMeasurement[]> {
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  try {
    const out: SearchMeasurement[] = [];
    for (const { lang, query } of SEARCH_QUERIES) {
      const measured: SearchMeasurement[] = [];
      for (let run = 0; run < runs; run++) measured.push(await measureFirstSearch(browser, server.url, lang, query));
      const m = summarizeRuns(measured);
      log(
        `search ${lang} "${query}": ${m.status}${m.status === 'ok' ? `, median ${m.lastKeystrokeToResultMs} ms of ${m.runsMs.join(', ')}; ${m.bytesToFirstResult} bytes` : ` (${m.note})`}`,
      );
      out.push(m);
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Where a run's old output goes instead of being deleted: this machine's root file system is ext4 without a journal,
 * which steps over every recently freed inode when it allocates one, reading each (the kernel's
 * `recently_deleted`), so writing 10 000 pages took 7–25 s just after 10 000 files were deleted, 2.3 s on a quiet
 * disk. Moving a folder frees nothing; the trash is emptied once every measurement is done.
 */
const TRASH = join(OUTPUT, 'trash');

function moveToTrash(folder: string): void {
  if (!existsSync(folder)) return;
  mkdirSync(TRASH, { recursive: true });
  renameSync(folder, join(TRASH, `${basename(folder)}-${Date.now()}`));
}

async function runOne(articles: number, options: Options): Promise<RunResult> {
  const work = join(OUTPUT, `run-${articles}`);
  moveToTrash(work);
  mkdirSync(work, { recursive: true });
  const corpus = join(work, 'corpus');
  copyCorpus(cachedCorpus(OUTPUT, articles, options.seed, log), corpus);
  const notes: string[] = [];
  const loadBefore = loadavg();
  if (loadBefore[0]! > cpus().length * 0.5)
    notes.push(
      `The machine was busy when the run started (load ${loadBefore[0]!.toFixed(2)} on ${cpus().length} cores): timings are not comparable with a quiet machine.`,
    );

  const baselineMd = join(work, 'baseline-md');
  let markdownConversionMs = 0;
  if (options.baseline) {
    const started = performance.now();
    convertCorpus(corpus, baselineMd);
    markdownConversionMs = Math.round(performance.now() - started);
  }
  // Every cold build gets output and cache folders of its own, new and empty: nothing is deleted between builds.
  const oursSpec = (run: number) => ({
    command: 'site' as const,
    root: PROJECT_ROOT,
    outDir: join(work, `ours-dist-${run}`),
    cacheDir: join(work, `ours-cache-${run}`),
    env: { CORPUS_DIR: corpus },
  });
  const baselineSpec = (run: number) => ({
    command: 'astro' as const,
    root: BASELINE_ROOT,
    outDir: join(work, `baseline-dist-${run}`),
    cacheDir: join(work, `baseline-cache-${run}`),
    env: { BASELINE_CONTENT_DIR: baselineMd },
  });

  // Baseline and ours take turns, each build cold, so a slow minute of the machine weighs on both alike.
  const pairs: BuildPair[] = [];
  for (let run = 1; run <= options.buildRuns; run++) {
    let baselineBuild: BuildFigures | null = null;
    if (options.baseline) {
      log(`baseline: cold build ${run} of ${options.buildRuns}`);
      baselineBuild = await measureAstroBuild({ ...baselineSpec(run), logFile: join(work, `baseline-build-${run}.log`) });
      log(`baseline: exit ${baselineBuild.exitCode} in ${baselineBuild.wallMs} ms`);
    }
    log(`ours: cold build ${run} of ${options.buildRuns}`);
    const oursBuild = await measureAstroBuild({ ...oursSpec(run), logFile: join(work, `ours-build-${run}.log`) });
    log(`ours: exit ${oursBuild.exitCode} in ${oursBuild.wallMs} ms`);
    pairs.push({ ours: oursBuild, baseline: baselineBuild });
    if (oursBuild.exitCode !== 0 || (baselineBuild && baselineBuild.exitCode !== 0)) break;
  }
  const chosen = representativePair(pairs);
  const build = chosen.ours;
  const lastOurs = oursSpec(pairs.length);
  const oursDist = lastOurs.outDir;
  // Our last build is the one on disk: the pages weighed, searched and rebuilt below are its output.
  if (pairs.at(-1)!.ours.exitCode !== 0)
    notes.push(`Our build failed (exit ${pairs.at(-1)!.ours.exitCode}); see ${pairs.at(-1)!.ours.logFile}.`);
  if (pairs.length > 1)
    notes.push(
      `Builds: ${pairs.length} cold pairs, baseline then ours; the pair with the median ratio is shown (${formatPairs(pairs)}); peak memory is the highest of our ${pairs.length} builds.`,
    );
  const baseline: RunResult['baseline'] = chosen.baseline
    ? {
        build: chosen.baseline,
        markdownConversionMs,
        ...(chosen.baseline.exitCode === 0 ? siteFigures(baselineSpec(pairs.indexOf(chosen) + 1).outDir) : { output: null, pages: {} }),
      }
    : null;
  const figures = pairs.at(-1)!.ours.exitCode === 0 ? siteFigures(oursDist) : { output: null, pages: {} };
  let search: SearchMeasurement[] = [];
  if (options.browser && pairs.at(-1)!.ours.exitCode === 0) {
    try {
      search = await measureSearches(oursDist, options.searchRuns);
    } catch (e) {
      // No Chromium, or it would not start: the rest of the run still counts.
      notes.push(`First search not measured: ${(e as Error).message.split('\n')[0]}`);
    }
  }

  let rebuild = null;
  if (options.rebuild && pairs.at(-1)!.ours.exitCode === 0) {
    const edited = editOneArticle(corpus);
    log(`ours: rebuild after editing ${edited}`);
    rebuild = await measureAstroBuild({ ...lastOurs, logFile: join(work, 'ours-rebuild.log') });
    notes.push(
      `Rebuild: ${edited} edited, same cache and output folder; the corpus loader reported ${rebuild.stages.corpusLoadS ?? 'n/a'} s.`,
    );
  }
  if (build.stages.depsOptimized || baseline?.build.stages.depsOptimized)
    notes.push('Vite pre-bundled dependencies during a build (first run on this machine): that build paid a one-off cost.');
  if (search.some((s) => s.status !== 'ok'))
    notes.push('Some first searches could not be measured; see the search table. The selectors live in bench/search-page.ts.');

  return {
    articles,
    seed: options.seed,
    corpusDir: corpus,
    startedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, commit: gitCommit(), loadBefore, loadAfter: loadavg() },
    ours: { build, ...figures, rebuild, search, peakTreeRssBytesOfRuns: Math.max(...pairs.map((p) => p.ours.peakTreeRssBytes)) },
    buildPairs: pairs.map((p) => ({
      oursWallMs: p.ours.wallMs,
      baselineWallMs: p.baseline?.wallMs ?? null,
      oursPeakTreeRssBytes: p.ours.peakTreeRssBytes,
    })),
    baseline,
    notes,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'no-baseline': { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      'no-rebuild': { type: 'boolean', default: false },
      'search-runs': { type: 'string', default: String(DEFAULT_SEARCH_RUNS) },
      'build-runs': { type: 'string', default: String(DEFAULT_BUILD_RUNS) },
    },
  });
  const sizes = (values.articles ?? '').split(',').map(Number);
  const searchRuns = Number(values['search-runs']);
  const buildRuns = Number(values['build-runs']);
  const counts = [...sizes, searchRuns, buildRuns];
  if (!values.articles || counts.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`usage: ${USAGE}`);
    process.exit(2);
  }
  const options: Options = {
    seed: Number(values.seed),
    baseline: !values['no-baseline'],
    browser: !values['no-browser'],
    rebuild: !values['no-rebuild'],
    searchRuns,
    buildRuns,
  };
  mkdirSync(OUTPUT, { recursive: true });
  const results: RunResult[] = [];
  for (const articles of sizes) {
    const result = await runOne(articles, options);
    const budgets = checkBudgets(result);
    const markdown = formatResults(result, budgets);
    writeFileSync(join(OUTPUT, `results-${articles}.json`), `${JSON.stringify({ ...result, budgets }, null, 2)}\n`);
    writeFileSync(join(OUTPUT, `results-${articles}.md`), markdown);
    console.log(markdown);
    results.push(result);
  }
  if (results.length > 1) {
    const scaling = `## Cost ratio between corpus sizes\n\n${formatScaling(results)}\n`;
    writeFileSync(join(OUTPUT, `results-scaling-${sizes.join('-')}.md`), scaling);
    console.log(scaling);
  }
  log('emptying bench/output/trash (earlier runs)');
  rmSync(TRASH, { recursive: true, force: true });
}

await main();
