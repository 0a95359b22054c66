// The budgets a run is held to depend on its corpus size: the limits of the largest listed size not above it, the
// smallest's below it. The values are the README's (Performance) and bench/README.md's.
import { describe, expect, it } from 'vitest';
import { limitsFor } from '../../bench/budget-limits.ts';
import { checkBudgets } from '../../bench/budgets.ts';
import { parseBuildLog } from '../../bench/build-log.ts';
import type { BudgetCheck, BuildFigures, RunResult } from '../../bench/results.ts';

const GB = 1000 ** 3;

describe('limits by corpus size', () => {
  it('holds 10 000 articles to 2.5 GB, the baseline’s time, 250 KB and 300 ms, and 2 s from edit to preview', () => {
    expect(limitsFor(10_000)).toEqual({
      limits: {
        articles: 10_000,
        peakRssBytes: 2.5 * GB,
        buildVsBaseline: 1.0,
        buildVsSmaller: null,
        firstSearchBytes: 250_000,
        firstSearchMs: 300,
        editToPreviewMs: 2000,
      },
      reason: "the limits for 10,000 articles, this run's size",
    });
  });

  it('holds 30 000 articles to 5 GB and 300 KB, 300 ms, with no build-time budget', () => {
    expect(limitsFor(30_000).limits).toMatchObject({
      peakRssBytes: 5 * GB,
      buildVsBaseline: null,
      buildVsSmaller: null,
      firstSearchBytes: 300_000,
      firstSearchMs: 300,
      editToPreviewMs: null,
    });
  });

  it('holds 100 000 articles to 12 GB, 11× the 10 000-article build, 500 KB and 500 ms', () => {
    expect(limitsFor(100_000).limits).toMatchObject({
      peakRssBytes: 12 * GB,
      buildVsBaseline: null,
      buildVsSmaller: { articles: 10_000, ratio: 11 },
      firstSearchBytes: 500_000,
      firstSearchMs: 500,
    });
  });

  it('takes the largest listed size not above the run’s, never a size above it, and says which', () => {
    expect(limitsFor(300)).toMatchObject({
      limits: { articles: 10_000 },
      reason: 'the limits for 10,000 articles, the smallest size with limits (this run has 300)',
    });
    expect(limitsFor(29_999).limits.peakRssBytes).toBe(2.5 * GB);
    expect(limitsFor(30_001).limits.peakRssBytes).toBe(5 * GB);
    expect(limitsFor(99_999)).toMatchObject({
      limits: { articles: 30_000 },
      reason: "the limits for 30,000 articles, the largest size with limits not above this run's 99,999",
    });
    expect(limitsFor(250_000).limits.articles).toBe(100_000);
  });
});

function build(wallMs: number, peakTreeRssBytes: number): BuildFigures {
  return {
    exitCode: 0,
    signal: null,
    timedOut: false,
    failureLog: [],
    wallMs,
    cpuS: null,
    peakTreeRssBytes,
    maxSingleRssBytes: null,
    stages: parseBuildLog([]),
    logFile: 'ours.log',
  };
}

/** A run of our site alone, searched in English at `searchMs` with `searchBytes` fetched. */
function run(articles: number, wallMs: number, peakBytes: number, searchMs: number, searchBytes: number): RunResult {
  return {
    articles,
    seed: 42,
    corpusDir: '/tmp/corpus',
    startedAt: '2026-01-01T00:00:00.000Z',
    machine: { cpus: 2, node: 'v24.0.0', commit: 'abc123', loadBefore: [0, 0, 0], loadAfter: [0, 0, 0] },
    ours: {
      build: build(wallMs, peakBytes),
      output: null,
      pages: {},
      rebuild: null,
      search: [
        {
          lang: 'en',
          query: 'railway',
          status: 'ok',
          lastKeystrokeToResultMs: searchMs,
          bytesToFirstResult: searchBytes,
          requestsToFirstResult: 20,
          bytesByKind: {},
          note: '',
          runsMs: [searchMs],
          mostBytesToFirstResult: searchBytes,
        },
      ],
      peakTreeRssBytesOfRuns: peakBytes,
    },
    buildPairs: [{ oursWallMs: wallMs, baselineWallMs: null, oursPeakTreeRssBytes: peakBytes, baselinePeakTreeRssBytes: null }],
    baseline: null,
    baselineNotRun: null,
    dev: null,
    notes: [],
  };
}

describe('budgets checked with the limits of the run’s size', () => {
  const byName = (checks: BudgetCheck[], start: string) => checks.find((c) => c.name.startsWith(start));

  it('passes 4.8 GB, 290 KB and 310 ms at 30 000 articles that would fail at 10 000', () => {
    const { limitsApplied, checks } = checkBudgets(run(30_000, 250_000, 4.8 * GB, 290, 290_000), null);
    expect(limitsApplied).toBe("the limits for 30,000 articles, this run's size");
    expect(byName(checks, 'Peak RSS')).toMatchObject({ limit: '≤ 5.00 GB', measured: '4.80 GB', pass: true });
    expect(byName(checks, 'First search, bytes')).toMatchObject({ limit: '≤ 300.0 KB', pass: true });
    expect(byName(checks, 'First search, keystroke')).toMatchObject({ limit: '≤ 300 ms', measured: '290 ms', pass: true });
    expect(byName(checks, 'Full build vs')).toBeUndefined();
    expect(byName(checks, 'Edit to preview')).toBeUndefined();
    const at10k = checkBudgets(run(10_000, 80_000, 4.8 * GB, 290, 290_000), null).checks;
    expect(byName(at10k, 'Peak RSS')?.pass).toBe(false);
    expect(byName(at10k, 'First search, bytes')?.pass).toBe(false);
  });

  it('compares 100 000 articles with our 10 000-article build and names where that build’s time comes from', () => {
    const large = run(100_000, 950_000, 11 * GB, 480, 450_000);
    const smaller = { articles: 10_000, wallMs: 80_000, source: 'this invocation' };
    const { checks } = checkBudgets(large, smaller);
    expect(byName(checks, 'Full build vs our')).toEqual({
      name: 'Full build vs our 10,000-article build (wall; this invocation)',
      limit: '≤ 11×',
      measured: '11.88×',
      pass: false,
    });
    expect(byName(checks, 'Peak RSS')).toMatchObject({ limit: '≤ 12.00 GB', pass: true });
    expect(byName(checks, 'First search, keystroke')).toMatchObject({ limit: '≤ 500 ms', pass: true });
    expect(byName(checkBudgets(large, null).checks, 'Full build vs our')).toMatchObject({
      name: 'Full build vs our 10,000-article build (wall; no 10,000-article run found)',
      measured: 'n/a',
      pass: null,
    });
  });
});
