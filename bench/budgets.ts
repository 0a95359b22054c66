// The site's budgets (README, Performance), checked against one run. Reporting only: a failed budget never fails the benchmark process.
import type { BudgetCheck, RunResult } from './results.ts';
import { fastestRatio } from './build-pairs.ts';
import { formatBytes, formatMs } from './format.ts';

export const BUDGETS = {
  /** Our full build (search index included) against the bare baseline's, same corpus. */
  buildRatio: 1.3,
  peakRssBytes: 2.5 * 1000 ** 3,
  articleHtmlBytes: 20_000,
  articleCssBytes: 10_000,
  articleJsBytes: 0,
  firstSearchBytes: 250_000,
  firstSearchMs: 300,
} as const;

function check(name: string, limit: string, value: number | null | undefined, max: number, show: (v: number) => string): BudgetCheck {
  if (value === null || value === undefined || Number.isNaN(value)) return { name, limit, measured: 'n/a', pass: null };
  return { name, limit, measured: show(value), pass: value <= max };
}

/** The worst of the per-language first searches, or null when none could be measured. */
function worst(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.max(...known);
}

/** Ours against the baseline: the fastest build of each when builds were repeated (build-pairs.ts), else the one pair. */
function buildRatio(result: RunResult): number | null {
  if (result.baseline?.build.exitCode !== 0 || result.ours.build.exitCode !== 0) return null;
  if (result.buildPairs.length > 1) return fastestRatio(result.buildPairs);
  return result.ours.build.wallMs / result.baseline.build.wallMs;
}

export function checkBudgets(result: RunResult): BudgetCheck[] {
  const article = result.ours.pages.article ?? null;
  // Size budgets hold for every article page, so the largest is checked; the median one shows the typical script.
  const largest = result.ours.pages.articleLargest ?? article;
  const searches = result.ours.search;
  const allMeasured = searches.length > 0 && searches.every((s) => s.status === 'ok');
  const measured = searches.filter((s) => s.status === 'ok').length;
  const searchNote = allMeasured ? '' : searches.length === 0 ? ' (not measured)' : ` (${measured} of ${searches.length} queries measured)`;
  return [
    check(
      `Full build vs baseline (wall${result.buildPairs.length > 1 ? `, fastest of ${result.buildPairs.length} builds each` : ''})`,
      `≤ ${BUDGETS.buildRatio}×`,
      buildRatio(result),
      BUDGETS.buildRatio,
      (v) => `${v.toFixed(2)}×`,
    ),
    check(
      `Peak RSS of the build (process tree${result.buildPairs.length > 1 ? `, highest of ${result.buildPairs.length} builds` : ''})`,
      `≤ ${formatBytes(BUDGETS.peakRssBytes)}`,
      result.ours.peakTreeRssBytesOfRuns || null,
      BUDGETS.peakRssBytes,
      formatBytes,
    ),
    check(
      'Article page HTML (largest)',
      `≤ ${formatBytes(BUDGETS.articleHtmlBytes)}`,
      largest?.htmlBytes,
      BUDGETS.articleHtmlBytes,
      formatBytes,
    ),
    check(
      'Article page CSS (largest)',
      `≤ ${formatBytes(BUDGETS.articleCssBytes)}`,
      largest?.cssBytes,
      BUDGETS.articleCssBytes,
      formatBytes,
    ),
    check('Article page JS before search', '0 B', article?.jsBytes, BUDGETS.articleJsBytes, formatBytes),
    // Bytes: the most any run fetched. Time: each language's median run (search-runs.ts), the slowest language's.
    check(
      `First search, bytes (worst language, most in any run)${searchNote}`,
      `≤ ${formatBytes(BUDGETS.firstSearchBytes)}`,
      worst(searches.map((s) => s.mostBytesToFirstResult)),
      BUDGETS.firstSearchBytes,
      formatBytes,
    ),
    check(
      `First search, keystroke to result (worst language, median run)${searchNote}`,
      `≤ ${formatMs(BUDGETS.firstSearchMs)}`,
      worst(searches.map((s) => s.lastKeystrokeToResultMs)),
      BUDGETS.firstSearchMs,
      formatMs,
    ),
  ];
}
