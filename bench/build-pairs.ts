// Repeated cold builds, baseline and ours in turns. This 2-core machine's speed drifts from minute to minute (the same
// baseline build took 51.5, 61.8 and 76.9 s in three runs of one day), so one pair says little about the ratio.
import { formatMs, formatRatio } from './format.ts';
import type { BuildFigures } from './results.ts';

export interface BuildPair {
  ours: BuildFigures;
  baseline: BuildFigures | null;
}

function ratio(pair: BuildPair): number {
  return pair.baseline ? pair.ours.wallMs / pair.baseline.wallMs : pair.ours.wallMs;
}

/**
 * The pair that stands for the run: the one with the median ratio of our wall time to the baseline's (our median wall
 * time with no baseline); a pair with a failed build instead, so a failure is never hidden. The higher middle one for
 * an even count: a pair that ran, and never the kinder one.
 */
export function representativePair(pairs: readonly BuildPair[]): BuildPair {
  if (pairs.length === 0) throw new Error('representativePair: no builds');
  const failed = pairs.find((p) => p.ours.exitCode !== 0 || (p.baseline !== null && p.baseline.exitCode !== 0));
  if (failed) return failed;
  const sorted = [...pairs].sort((a, b) => ratio(a) - ratio(b));
  return sorted[Math.floor(sorted.length / 2)]!;
}

type PairWalls = { oursWallMs: number; baselineWallMs: number | null };

/**
 * Our fastest build and the baseline's, shown beside the pairs: a busy minute only ever adds time to a build, so
 * each site's fastest is the nearest to its own cost. Null without a baseline.
 */
export function fastestWalls(pairs: readonly PairWalls[]): { oursWallMs: number; baselineWallMs: number } | null {
  const baseline = pairs.map((p) => p.baselineWallMs).filter((ms): ms is number => ms !== null);
  if (pairs.length === 0 || baseline.length !== pairs.length) return null;
  return { oursWallMs: Math.min(...pairs.map((p) => p.oursWallMs)), baselineWallMs: Math.min(...baseline) };
}

/**
 * What the build budget is checked on: the median of the pairs' ratios of our wall time to the baseline's, each
 * pair's two builds having run minutes apart on the same machine. The higher middle one for an even count, as
 * representativePair takes. Null without a baseline for every pair.
 */
export function medianRatio(pairs: readonly PairWalls[]): number | null {
  if (pairs.length === 0 || pairs.some((p) => p.baselineWallMs === null)) return null;
  const ratios = pairs.map((p) => p.oursWallMs / p.baselineWallMs!).sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)]!;
}

/** `103.90 s / 76.89 s = 1.35×; 100.50 s / 61.82 s = 1.63×`, in the order the pairs ran. */
export function formatPairs(pairs: readonly BuildPair[]): string {
  return pairs
    .map((p) =>
      p.baseline
        ? `${formatMs(p.ours.wallMs)} / ${formatMs(p.baseline.wallMs)} = ${formatRatio(p.ours.wallMs, p.baseline.wallMs)}`
        : formatMs(p.ours.wallMs),
    )
    .join('; ');
}
