// Whether the bare baseline's build fits in this machine's memory, judged before it starts: its peak grows with the
// corpus (3.94 GB at 10 000 articles), and a build the kernel kills for memory measures nothing and may take other
// work on the machine down with it.
import { readFileSync } from 'node:fs';
import { freemem } from 'node:os';
import { formatBytes, formatCount } from './format.ts';

/** The baseline's peak RSS measured at one corpus size, and where that figure comes from. */
export interface MeasuredPeak {
  articles: number;
  peakBytes: number;
  source: string;
}

/** With no run to go by: the baseline's peak at 10 000 articles on the 2-core, 24 GB machine (Astro 7.4.8), per article. */
const ASSUMED_BYTES_PER_ARTICLE = 394_000;

/** MemAvailable from /proc/meminfo (what can be allocated without swapping), else Node's free memory. */
export function availableMemoryBytes(): number {
  try {
    const kb = /^MemAvailable:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'));
    if (kb) return Number(kb[1]) * 1024;
  } catch {
    // Not Linux.
  }
  return freemem();
}

export interface BaselineFit {
  fits: boolean;
  estimateBytes: number;
  /** How the estimate was made. */
  basis: string;
}

/**
 * The baseline's peak at `articles`, scaled in proportion from the largest size measured at or below it (a fixed
 * part of the peak is then scaled too, so the estimate errs high), and whether it is within `availableBytes`.
 */
export function baselineFit(articles: number, measured: readonly MeasuredPeak[], availableBytes: number): BaselineFit {
  const nearest = measured.filter((m) => m.articles <= articles).sort((a, b) => b.articles - a.articles)[0];
  const estimateBytes = nearest ? (nearest.peakBytes / nearest.articles) * articles : ASSUMED_BYTES_PER_ARTICLE * articles;
  const basis = nearest
    ? `${formatBytes(nearest.peakBytes)} at ${formatCount(nearest.articles)} articles in ${nearest.source}, scaled`
    : `no run at or below this size measured it: ${formatBytes(ASSUMED_BYTES_PER_ARTICLE)} per article assumed`;
  return { fits: estimateBytes <= availableBytes, estimateBytes, basis };
}

/** The sentence the results table prints for a baseline that was not started. */
export function notRunReason(fit: BaselineFit, availableBytes: number): string {
  return `baseline not run: estimated ${formatBytes(fit.estimateBytes)} peak, ${formatBytes(availableBytes)} available (${fit.basis})`;
}
