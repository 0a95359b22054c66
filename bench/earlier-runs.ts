// Figures from runs before this one, of this invocation or kept in bench/output/results-<N>.json: our build of a smaller
// corpus (the budget on how the build's cost grows) and the baseline's memory at smaller sizes (whether it will fit).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SmallerBuild } from './budgets.ts';
import type { MeasuredPeak } from './baseline-fit.ts';
import type { RunResult } from './results.ts';

export interface EarlierRun {
  result: RunResult;
  /** `this invocation`, or the file and the run it holds. */
  source: string;
}

const RESULTS_FILE = /^results-(\d+)\.json$/;

/** Every readable results file in `outputDir`; a file that is not one is skipped. */
export function readEarlierRuns(outputDir: string): EarlierRun[] {
  const runs: EarlierRun[] = [];
  for (const name of readdirSync(outputDir).filter((f) => RESULTS_FILE.test(f))) {
    try {
      const result = JSON.parse(readFileSync(join(outputDir, name), 'utf8')) as RunResult;
      runs.push({ result, source: `bench/output/${name}, the run of ${result.startedAt} at commit ${result.machine.commit}` });
    } catch {
      // Half written by an interrupted run: nothing to learn from it.
    }
  }
  return runs;
}

/** Our build at exactly `articles`, the first found in `runs` (put this invocation's first). */
export function smallerBuild(runs: readonly EarlierRun[], articles: number): SmallerBuild | null {
  const run = runs.find((r) => r.result.articles === articles && r.result.ours.build.exitCode === 0);
  return run ? { articles, wallMs: run.result.ours.build.wallMs, source: run.source } : null;
}

/** The baseline's highest measured peak at each size a run holds one for. */
export function baselinePeaks(runs: readonly EarlierRun[]): MeasuredPeak[] {
  return runs.flatMap(({ result, source }) => {
    const peaks = (result.buildPairs ?? []).map((p) => p.baselinePeakTreeRssBytes ?? 0);
    if (result.baseline?.build.exitCode === 0) peaks.push(result.baseline.build.peakTreeRssBytes);
    const peakBytes = Math.max(0, ...peaks);
    return peakBytes > 0 ? [{ articles: result.articles, peakBytes, source }] : [];
  });
}
