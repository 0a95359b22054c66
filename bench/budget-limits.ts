// The site's budgets (README, Performance) by corpus size. A run is held to the limits of the largest listed size not
// above its own (a run below the smallest to the smallest's): limits are never interpolated between sizes.

/** Page sizes are the same at every corpus size: an article page does not grow with the corpus. */
export const PAGE_LIMITS = {
  articleHtmlBytes: 20_000,
  articleCssBytes: 10_000,
  articleJsBytes: 0,
} as const;

export interface SizeLimits {
  /** The corpus size these limits are set for. */
  articles: number;
  /** Peak RSS of our build's whole process tree, the highest of the run's builds. */
  peakRssBytes: number;
  /** Our full build's wall time against the bare baseline's: the median of the cold pairs' ratios. Null: not a budget here. */
  buildVsBaseline: number | null;
  /** Our full build's wall time against our build of a smaller corpus. Null: not a budget here. */
  buildVsSmaller: { articles: number; ratio: number } | null;
  /** First search, in every language: the most bytes any run fetched, and the median run's keystroke-to-result time. */
  firstSearchBytes: number;
  firstSearchMs: number;
  /** `npm run dev`: from writing an edit to the article page showing it, median of the edits. Null: not a budget here. */
  editToPreviewMs: number | null;
}

const GB = 1000 ** 3;

/** Smallest first. */
const LIMITS_BY_SIZE: readonly SizeLimits[] = [
  {
    articles: 10_000,
    peakRssBytes: 2.5 * GB,
    buildVsBaseline: 1.0,
    buildVsSmaller: null,
    firstSearchBytes: 250_000,
    firstSearchMs: 300,
    editToPreviewMs: 2000,
  },
  {
    articles: 30_000,
    peakRssBytes: 5 * GB,
    buildVsBaseline: null,
    buildVsSmaller: null,
    firstSearchBytes: 300_000,
    firstSearchMs: 300,
    editToPreviewMs: null,
  },
  {
    articles: 100_000,
    peakRssBytes: 12 * GB,
    buildVsBaseline: null,
    buildVsSmaller: { articles: 10_000, ratio: 11 },
    firstSearchBytes: 500_000,
    firstSearchMs: 500,
    editToPreviewMs: null,
  },
];

export interface AppliedLimits {
  limits: SizeLimits;
  /** Which size's limits apply and why, as the results print it. */
  reason: string;
}

export function limitsFor(articles: number): AppliedLimits {
  const notAbove = LIMITS_BY_SIZE.filter((l) => l.articles <= articles);
  const limits = notAbove.at(-1) ?? LIMITS_BY_SIZE[0]!;
  const size = limits.articles.toLocaleString('en-US');
  const run = articles.toLocaleString('en-US');
  const reason =
    limits.articles === articles
      ? `the limits for ${size} articles, this run's size`
      : notAbove.length === 0
        ? `the limits for ${size} articles, the smallest size with limits (this run has ${run})`
        : `the limits for ${size} articles, the largest size with limits not above this run's ${run}`;
  return { limits, reason };
}
