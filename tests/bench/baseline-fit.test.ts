// The baseline is built at a size only if its peak, estimated from smaller sizes, fits in the memory available.
import { describe, expect, it } from 'vitest';
import { baselineFit, notRunReason } from '../../bench/baseline-fit.ts';

const GB = 1000 ** 3;
const measured = [
  { articles: 1000, peakBytes: 0.9 * GB, source: 'bench/output/results-1000.json' },
  { articles: 10_000, peakBytes: 3.94 * GB, source: 'this invocation' },
];

describe('whether the baseline fits', () => {
  it('scales the peak of the largest size measured below, and skips a baseline that would not fit', () => {
    const fit = baselineFit(100_000, measured, 22 * GB);
    expect(fit.fits).toBe(false);
    expect(fit.estimateBytes).toBeCloseTo(39.4 * GB, -6);
    expect(notRunReason(fit, 22 * GB)).toBe(
      'baseline not run: estimated 39.40 GB peak, 22.00 GB available (3.94 GB at 10,000 articles in this invocation, scaled)',
    );
  });

  it('runs a baseline whose estimate fits', () => {
    expect(baselineFit(30_000, measured, 22 * GB)).toMatchObject({ fits: true, estimateBytes: 11.82 * GB });
  });

  it('takes a size measured before at the same size, and never one above', () => {
    expect(baselineFit(1000, measured, 22 * GB).estimateBytes).toBe(0.9 * GB);
    expect(baselineFit(5000, measured, 22 * GB).basis).toBe('900.0 MB at 1,000 articles in bench/output/results-1000.json, scaled');
  });

  it('assumes the per-article peak measured at 10 000 articles when nothing smaller was measured', () => {
    const fit = baselineFit(100_000, [], 22 * GB);
    expect(fit).toMatchObject({ fits: false, estimateBytes: 39.4 * GB });
    expect(fit.basis).toBe('no run at or below this size measured it: 394.0 KB per article assumed');
  });
});
