// How Pagefind ranks results on this site (measured on tests/search fixtures; see the comments for why each differs from the default).
import type { PagefindRanking } from './pagefind-api.ts';
import { META_DATE, META_EXPANSION } from '../../search/fields.ts';

export const RANKING: PagefindRanking = {
  // Default 1. Higher punishes prefix matches: `To Lam` must not rank "Tom Lamb" above Tô Lâm.
  termSimilarity: 6,
  // Default 0.8. A query typed with accents prefers the same accents: `Tô Lâm` before pages that only say "To Lam".
  diacriticSimilarity: 1.5,
  metaWeights: {
    title: 5,
    // The hidden words (đ-free spellings, a person's other names): enough to be found, less than the text itself.
    [META_EXPANSION]: 2,
    // The date is metadata for display; matching "2025" may find an article, never rank it.
    [META_DATE]: 0,
  },
};
