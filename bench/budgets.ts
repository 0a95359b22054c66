// The site's budgets checked against one run, with the limits of the run's corpus size (budget-limits.ts). Reporting
// only: a failed budget never fails the benchmark process.
import type { BudgetCheck, BudgetReport, RunResult } from './results.ts';
import { limitsFor, PAGE_LIMITS } from './budget-limits.ts';
import { medianRatio } from './build-pairs.ts';
import { formatBytes, formatCount, formatMs } from './format.ts';

/** Our build of a smaller corpus, for the budget on how the build's cost grows, and where its figure comes from. */
export interface SmallerBuild {
  articles: number;
  wallMs: number;
  /** `this invocation`, or the results file and the run it holds. */
  source: string;
}

function check(name: string, limit: string, value: number | null | undefined, max: number, show: (v: number) => string): BudgetCheck {
  if (value === null || value === undefined || Number.isNaN(value)) return { name, limit, measured: 'n/a', pass: null };
  return { name, limit, measured: show(value), pass: value <= max };
}

/** The worst of the per-language first searches, or null when none could be measured. */
function worst(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.max(...known);
}

const ratio = (v: number): string => `${v.toFixed(2)}×`;

/** Ours against the baseline: the median of the pairs' ratios (build-pairs.ts). */
function baselineRatio(result: RunResult): number | null {
  if (result.baseline?.build.exitCode !== 0 || result.ours.build.exitCode !== 0) return null;
  return medianRatio(result.buildPairs);
}

function searchChecks(result: RunResult, bytes: number, ms: number): BudgetCheck[] {
  const searches = result.ours.search;
  const measured = searches.filter((s) => s.status === 'ok').length;
  const note =
    measured === searches.length && measured > 0
      ? ''
      : searches.length === 0
        ? ' (not measured)'
        : ` (${measured} of ${searches.length} queries measured)`;
  // Bytes: the most any run fetched. Time: each language's median run (search-runs.ts), the slowest language's.
  return [
    check(
      `First search, bytes (worst language, most in any run)${note}`,
      `≤ ${formatBytes(bytes)}`,
      worst(searches.map((s) => s.mostBytesToFirstResult)),
      bytes,
      formatBytes,
    ),
    check(
      `First search, keystroke to result (worst language, median run)${note}`,
      `≤ ${formatMs(ms)}`,
      worst(searches.map((s) => s.lastKeystrokeToResultMs)),
      ms,
      formatMs,
    ),
  ];
}

export function checkBudgets(result: RunResult, smaller: SmallerBuild | null): BudgetReport {
  const { limits, reason } = limitsFor(result.articles);
  const checks: BudgetCheck[] = [];
  const pairs = result.buildPairs.length;
  if (limits.buildVsBaseline !== null)
    checks.push(
      check(
        `Full build vs baseline (wall${pairs > 1 ? `, median of ${pairs} pairs’ ratios` : ''})`,
        `≤ ${limits.buildVsBaseline.toFixed(1)}×`,
        baselineRatio(result),
        limits.buildVsBaseline,
        ratio,
      ),
    );
  const growth = limits.buildVsSmaller;
  if (growth !== null) {
    const known = smaller?.articles === growth.articles && result.ours.build.exitCode === 0 ? smaller : null;
    const size = formatCount(growth.articles);
    checks.push(
      check(
        `Full build vs our ${size}-article build (wall; ${known ? known.source : `no ${size}-article run found`})`,
        `≤ ${growth.ratio}×`,
        known && result.ours.build.wallMs / known.wallMs,
        growth.ratio,
        ratio,
      ),
    );
  }
  checks.push(
    check(
      `Peak RSS of the build (process tree${pairs > 1 ? `, highest of ${pairs} builds` : ''})`,
      `≤ ${formatBytes(limits.peakRssBytes)}`,
      result.ours.peakTreeRssBytesOfRuns || null,
      limits.peakRssBytes,
      formatBytes,
    ),
  );
  const article = result.ours.pages.article ?? null;
  // Size budgets hold for every article page, so the largest is checked; the median one shows the typical script.
  const largest = result.ours.pages.articleLargest ?? article;
  checks.push(
    check(
      'Article page HTML (largest)',
      `≤ ${formatBytes(PAGE_LIMITS.articleHtmlBytes)}`,
      largest?.htmlBytes,
      PAGE_LIMITS.articleHtmlBytes,
      formatBytes,
    ),
    check(
      'Article page CSS (largest)',
      `≤ ${formatBytes(PAGE_LIMITS.articleCssBytes)}`,
      largest?.cssBytes,
      PAGE_LIMITS.articleCssBytes,
      formatBytes,
    ),
    check('Article page JS before search', '0 B', article?.jsBytes, PAGE_LIMITS.articleJsBytes, formatBytes),
    ...searchChecks(result, limits.firstSearchBytes, limits.firstSearchMs),
  );
  if (limits.editToPreviewMs !== null)
    checks.push(
      check(
        `Edit to preview in npm run dev (median of ${result.dev?.editsMs.length || 'the'} edits)`,
        `≤ ${formatMs(limits.editToPreviewMs)}`,
        result.dev?.editMedianMs,
        limits.editToPreviewMs,
        formatMs,
      ),
    );
  return { limitsApplied: reason, checks };
}
