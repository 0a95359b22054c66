// One corpus size of a benchmark run: the corpus, the cold build pairs, the pages weighed, the first search, the
// rebuild and `npm run dev`, in that order, each step's failure reported in the results rather than ending the run.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { measureAstroBuild, PROJECT_ROOT } from './astro-build.ts';
import { availableMemoryBytes, baselineFit, notRunReason } from './baseline-fit.ts';
import { lastLines } from './build-log.ts';
import { formatPairs, representativePair, type BuildPair } from './build-pairs.ts';
import { cachedCorpus, copyCorpus } from './corpus-cache.ts';
import { editOneArticle } from './corpus-edits.ts';
import { CONVERT_CORPUS_CLI } from './corpus-to-markdown.ts';
import { measureDevPreview, type DevPreview } from './dev-preview.ts';
import { baselinePeaks, type EarlierRun } from './earlier-runs.ts';
import { formatEnd } from './format.ts';
import { measureCommand } from './measure-command.ts';
import { outputStats } from './output-stats.ts';
import { pageWeight, representativePages } from './page-weight.ts';
import type { BuildFigures, RunResult, SiteResult } from './results.ts';
import { measureSearches } from './search-session.ts';
import type { SearchMeasurement } from './search-timing.ts';
import { stepTimeouts } from './timeouts.ts';
import { moveToTrash } from './trash.ts';

export const OUTPUT = join(PROJECT_ROOT, 'bench/output');
const BASELINE_ROOT = join(PROJECT_ROOT, 'bench/baseline');

export interface Options {
  seed: number;
  baseline: boolean;
  browser: boolean;
  rebuild: boolean;
  dev: boolean;
  /** Runs per first-search query, each in a fresh browser context; the median run is reported (search-runs.ts). */
  searchRuns: number;
  /** Cold builds of each site, baseline and ours in turns; the pair with the median ratio is reported (build-pairs.ts). */
  buildRuns: number;
}

export const log = (line: string): void => console.error(`[bench] ${line}`);

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

const failed = (b: BuildFigures | null): boolean => b !== null && b.exitCode !== 0;

/**
 * Whether the baseline is built at this size, and its Markdown written: not when its estimated peak exceeds the
 * memory available now, nor when the conversion fails. Null when it is; else the reason, for the results.
 */
async function prepareBaseline(
  articles: number,
  corpus: string,
  markdownDir: string,
  work: string,
  earlier: readonly EarlierRun[],
): Promise<{ notRun: string | null; conversionMs: number }> {
  const available = availableMemoryBytes();
  const fit = baselineFit(articles, baselinePeaks(earlier), available);
  if (!fit.fits) return { notRun: notRunReason(fit, available), conversionMs: 0 };
  // In a process of its own: the conversion parses the whole corpus at once, and running out of memory there must
  // not end the benchmark.
  const conversion = await measureCommand({
    command: process.execPath,
    args: [CONVERT_CORPUS_CLI, corpus, markdownDir],
    cwd: PROJECT_ROOT,
    env: process.env,
    logFile: join(work, 'baseline-markdown.log'),
    timeoutMs: stepTimeouts(articles).markdownMs,
  });
  const conversionMs = Math.round(conversion.wallMs);
  if (conversion.exitCode === 0) return { notRun: null, conversionMs };
  const said = lastLines(conversion.lines, 6).join(' ⏎ ');
  return { notRun: `baseline not run: converting the corpus to Markdown failed (${formatEnd(conversion)}): ${said}`, conversionMs };
}

export async function runOne(articles: number, options: Options, earlier: readonly EarlierRun[]): Promise<RunResult> {
  const startedAt = new Date().toISOString();
  const timeouts = stepTimeouts(articles);
  const work = join(OUTPUT, `run-${articles}`);
  moveToTrash(OUTPUT, work);
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
  const { notRun: baselineNotRun, conversionMs } = options.baseline
    ? await prepareBaseline(articles, corpus, baselineMd, work, earlier)
    : { notRun: null, conversionMs: 0 };
  if (baselineNotRun) log(baselineNotRun);
  const withBaseline = options.baseline && baselineNotRun === null;
  // Every cold build gets output and cache folders of its own, new and empty: nothing is deleted between builds.
  const oursSpec = (run: number) => ({
    command: 'site' as const,
    root: PROJECT_ROOT,
    outDir: join(work, `ours-dist-${run}`),
    cacheDir: join(work, `ours-cache-${run}`),
    env: { CORPUS_DIR: corpus },
    timeoutMs: timeouts.buildMs,
  });
  const baselineSpec = (run: number) => ({
    command: 'astro' as const,
    root: BASELINE_ROOT,
    outDir: join(work, `baseline-dist-${run}`),
    cacheDir: join(work, `baseline-cache-${run}`),
    env: { BASELINE_CONTENT_DIR: baselineMd },
    timeoutMs: timeouts.buildMs,
  });

  // Baseline and ours take turns, each build cold, so a slow minute of the machine weighs on both alike.
  const pairs: BuildPair[] = [];
  for (let run = 1; run <= options.buildRuns; run++) {
    let baselineBuild: BuildFigures | null = null;
    if (withBaseline) {
      log(`baseline: cold build ${run} of ${options.buildRuns}`);
      baselineBuild = await measureAstroBuild({ ...baselineSpec(run), logFile: join(work, `baseline-build-${run}.log`) });
      log(`baseline: ${baselineBuild.exitCode === 0 ? 'done' : formatEnd(baselineBuild)} in ${baselineBuild.wallMs} ms`);
    }
    log(`ours: cold build ${run} of ${options.buildRuns}`);
    const oursBuild = await measureAstroBuild({ ...oursSpec(run), logFile: join(work, `ours-build-${run}.log`) });
    log(`ours: ${oursBuild.exitCode === 0 ? 'done' : formatEnd(oursBuild)} in ${oursBuild.wallMs} ms`);
    pairs.push({ ours: oursBuild, baseline: baselineBuild });
    if (failed(oursBuild) || failed(baselineBuild)) break;
  }
  const chosen = representativePair(pairs);
  const lastOurs = oursSpec(pairs.length);
  const oursDist = lastOurs.outDir;
  // Our last build is the one on disk: the pages weighed, searched and rebuilt below are its output.
  const oursBuilt = !failed(pairs.at(-1)!.ours);
  for (const [site, build] of [
    ['Our build', pairs.at(-1)!.ours],
    ['The baseline’s build', pairs.at(-1)!.baseline],
  ] as const)
    if (build && failed(build)) notes.push(`${site} failed (${formatEnd(build)}); its last lines are below and in ${build.logFile}.`);
  if (pairs.length > 1)
    notes.push(
      `Builds: ${pairs.length} cold pairs, baseline then ours; the pair with the median ratio is shown (${formatPairs(pairs)}); peak memory is the highest of our ${pairs.length} builds.`,
    );
  const baseline: RunResult['baseline'] = chosen.baseline
    ? {
        build: chosen.baseline,
        markdownConversionMs: conversionMs,
        ...(chosen.baseline.exitCode === 0 ? siteFigures(baselineSpec(pairs.indexOf(chosen) + 1).outDir) : { output: null, pages: {} }),
      }
    : null;
  const figures = oursBuilt ? siteFigures(oursDist) : { output: null, pages: {} };

  let search: SearchMeasurement[] = [];
  if (options.browser && oursBuilt) {
    try {
      search = await measureSearches(oursDist, options.searchRuns, timeouts.searchMs, log);
    } catch (e) {
      // No Chromium, or it would not start: the rest of the run still counts.
      notes.push(`First search not measured: ${(e as Error).message.split('\n')[0]}`);
    }
  }

  let rebuild: BuildFigures | null = null;
  if (options.rebuild && oursBuilt) {
    const edited = editOneArticle(corpus);
    log(`ours: rebuild after editing ${edited}`);
    rebuild = await measureAstroBuild({ ...lastOurs, logFile: join(work, 'ours-rebuild.log') });
    notes.push(
      `Rebuild: ${edited} edited, same cache and output folder; the corpus loader reported ${rebuild.stages.corpusLoadS ?? 'n/a'} s.`,
    );
  }

  let dev: DevPreview | null = null;
  if (options.dev) {
    log('dev: npm run dev, then three edits to one article');
    dev = await measureDevPreview({
      corpusDir: corpus,
      workDir: work,
      startTimeoutMs: timeouts.devStartMs,
      editTimeoutMs: timeouts.devEditMs,
    });
    log(dev.status === 'ok' ? `dev: served in ${dev.startupMs} ms; edits shown in ${dev.editsMs.join(', ')} ms` : `dev: ${dev.note}`);
  }

  if (chosen.ours.stages.depsOptimized || baseline?.build.stages.depsOptimized)
    notes.push('Vite pre-bundled dependencies during a build (first run on this machine): that build paid a one-off cost.');
  if (search.some((s) => s.status !== 'ok'))
    notes.push('Some first searches could not be measured; see the search table. The selectors live in bench/search-page.ts.');

  return {
    articles,
    seed: options.seed,
    corpusDir: corpus,
    startedAt,
    machine: { cpus: cpus().length, node: process.version, commit: gitCommit(), loadBefore, loadAfter: loadavg() },
    ours: {
      build: chosen.ours,
      ...figures,
      rebuild,
      search,
      peakTreeRssBytesOfRuns: Math.max(...pairs.map((p) => p.ours.peakTreeRssBytes)),
    },
    buildPairs: pairs.map((p) => ({
      oursWallMs: p.ours.wallMs,
      baselineWallMs: p.baseline?.wallMs ?? null,
      oursPeakTreeRssBytes: p.ours.peakTreeRssBytes,
      baselinePeakTreeRssBytes: p.baseline?.peakTreeRssBytes ?? null,
    })),
    baseline,
    baselineNotRun,
    dev,
    notes,
  };
}
