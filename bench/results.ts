// The shape of one benchmark run's results, as written to bench/output/results-<N>.json.
import type { BuildStages } from './build-log.ts';
import type { DevPreview } from './dev-preview.ts';
import type { OutputStats } from './output-stats.ts';
import type { PageKind, PageWeight } from './page-weight.ts';
import type { SearchMeasurement } from './search-timing.ts';

export interface BuildFigures {
  exitCode: number | null;
  /** The signal that ended it: SIGKILL from the kernel's OOM killer (or a timeout), SIGABRT from V8's heap limit. */
  signal: string | null;
  /** Stopped by the benchmark after its time limit (timeouts.ts). */
  timedOut: boolean;
  /** The last lines of its output when it failed, else empty. */
  failureLog: string[];
  wallMs: number;
  cpuS: number | null;
  peakTreeRssBytes: number;
  maxSingleRssBytes: number | null;
  stages: BuildStages;
  logFile: string;
}

export interface SiteResult {
  build: BuildFigures;
  output: OutputStats | null;
  pages: Partial<Record<PageKind, PageWeight | null>>;
}

export interface RunResult {
  articles: number;
  seed: number;
  corpusDir: string;
  startedAt: string;
  machine: { cpus: number; node: string; commit: string; loadBefore: number[]; loadAfter: number[] };
  /** `build` is the run's representative cold build (bench/build-pairs.ts); this is the highest peak of all of ours. */
  ours: SiteResult & { rebuild: BuildFigures | null; search: SearchMeasurement[]; peakTreeRssBytesOfRuns: number };
  /** Every cold pair in the order it ran (baseline first, then ours). */
  buildPairs: {
    oursWallMs: number;
    baselineWallMs: number | null;
    oursPeakTreeRssBytes: number;
    baselinePeakTreeRssBytes: number | null;
  }[];
  baseline: (SiteResult & { markdownConversionMs: number }) | null;
  /** Why the baseline was not built though it was asked for (it would not fit in memory, or its Markdown failed). */
  baselineNotRun: string | null;
  /** `npm run dev`: start-up and edit to preview; null with --no-dev. */
  dev: DevPreview | null;
  notes: string[];
}

export interface BudgetReport {
  /** Which corpus size's limits were applied, and why (budget-limits.ts). */
  limitsApplied: string;
  checks: BudgetCheck[];
}

export interface BudgetCheck {
  name: string;
  limit: string;
  measured: string;
  /** null when the figure could not be measured. */
  pass: boolean | null;
}
