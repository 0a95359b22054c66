// One hidden index word per person and per glossary entry, instead of all their spellings. An article that names
// Tô Lâm or says đường sắt is indexed under `qzqptolamqzq` or `qzqgrailwayqzq`; the search page turns any spelling of
// the name in a query into that word (src/scripts/search/run-search.ts). Every spelling of every name on every page
// would make the index's chunks for common syllables (to, lam, đường, sắt) hold most pages twice, and a quoted search costs
// Pagefind the square of the pages a word is on. The word is letters only (one index word), and no spelling or other
// token begins with it, so a search for it finds it alone.

const MARK = 'qzq';

export type NameKind = 'person' | 'glossary';

/** `to-lam` (person) → `qzqptolamqzq`; `south-china-sea` (glossary) → `qzqgsouthchinaseaqzq`. */
export function nameToken(kind: NameKind, slug: string): string {
  return `${MARK}${kind === 'person' ? 'p' : 'g'}${slug.replace(/[^a-z0-9]/g, '')}${MARK}`;
}
