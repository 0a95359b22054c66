// How long each step may take before the benchmark gives up on it, by corpus size: a fixed part plus a part per
// article, many times what the step takes on a 2-core machine (at 10 000 articles a cold build takes 80 s and its
// corpus loader 11 s, which the dev server's start-up repeats; a first search 0.3 s), so a slow step that works is
// measured and a hung one is stopped, and a 100 000-article corpus gets ten times the per-article part.

export interface StepTimeouts {
  /** One cold build or the rebuild, the whole process group. */
  buildMs: number;
  /** Converting the corpus to Markdown for the baseline. */
  markdownMs: number;
  /** From opening the search page to its first result, and loading the page itself. */
  searchMs: number;
  /** From starting `astro dev` to an article page served. */
  devStartMs: number;
  /** From writing an edit to the article page showing it. */
  devEditMs: number;
}

export function stepTimeouts(articles: number): StepTimeouts {
  const perThousand = articles / 1000;
  return {
    buildMs: (10 * 60 + 60 * perThousand) * 1000,
    markdownMs: (5 * 60 + 10 * perThousand) * 1000,
    searchMs: (15 + perThousand) * 1000,
    devStartMs: (3 * 60 + 15 * perThousand) * 1000,
    devEditMs: (60 + perThousand) * 1000,
  };
}
