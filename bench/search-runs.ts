// The first search is measured several times per query, each run in a fresh browser context: on a 2-core machine one
// run swings by about ±100 ms with whatever else the machine is doing, so one run says little about the next.
import type { SearchMeasurement } from './search-timing.ts';

/**
 * One query's runs as one measurement: the median run by time stands for them, with every run's time and the most
 * bytes any run fetched. A failed run stands for them instead, so a failure is never averaged away.
 */
export function summarizeRuns(runs: readonly SearchMeasurement[]): SearchMeasurement {
  if (runs.length === 0) throw new Error('summarizeRuns: no runs');
  const failedAt = runs.findIndex((r) => r.status !== 'ok');
  if (failedAt !== -1) {
    const failed = runs[failedAt]!;
    return { ...failed, note: `run ${failedAt + 1} of ${runs.length}: ${failed.note}`, runsMs: [], mostBytesToFirstResult: null };
  }
  const byTime = [...runs].sort((a, b) => a.lastKeystrokeToResultMs! - b.lastKeystrokeToResultMs!);
  // The slower middle run for an even count: a run that happened, not an average of two, and never the kinder one.
  const median = byTime[Math.floor(byTime.length / 2)]!;
  return {
    ...median,
    runsMs: byTime.map((r) => r.lastKeystrokeToResultMs!),
    mostBytesToFirstResult: Math.max(...runs.map((r) => r.bytesToFirstResult!)),
  };
}
