// How Pagefind scores its plain searches on this site. The page does not list results by these scores: it orders them
// by its own tiers, newest first within each (run-search.ts). A score only decides which result the check of a word
// being typed reads first, and that should be the page with the word nearest in length to what was typed.
import type { PagefindRanking } from './pagefind-api.ts';

export const RANKING: PagefindRanking = {
  // Default 1. Higher ranks `railway` above `railways` for `railw`, and a longer word the prefix begins above the
  // shorter words Pagefind falls back to when none does (the check then sees the fallback at once).
  termSimilarity: 6,
};
