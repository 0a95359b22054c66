// Related articles from shared topics and people, via an inverted index built once per build (never all pairs).

/** What the index needs from an article; articles are given in reading order (newest first). */
export interface RelatedInput {
  slug: string;
  topics: readonly { slug: string }[];
  people: readonly { slug: string }[];
}

export interface RelatedOptions {
  /** How many related articles each article gets. */
  limit?: number;
  /**
   * How many neighbours on each side, within one topic's or person's list, are considered.
   * Caps the work per key so a key shared by every article costs O(window), not O(n): the index stays near-linear.
   */
  window?: number;
}

// A shared person says more about what an article is about than a broad topic does.
const PERSON_WEIGHT = 2;
const TOPIC_WEIGHT = 1;

interface Key {
  id: string;
  base: number;
}

function keysOf(a: RelatedInput): Key[] {
  // Sorted so that scores are summed in the same order on every run (floating point addition is order-sensitive).
  const keys = [
    ...a.topics.map((t) => ({ id: `t:${t.slug}`, base: TOPIC_WEIGHT })),
    ...a.people.map((p) => ({ id: `p:${p.slug}`, base: PERSON_WEIGHT })),
  ];
  const unique = new Map(keys.map((k) => [k.id, k]));
  return [...unique.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * For every article, the slugs of its related articles, best first.
 * Score: the sum over shared keys of base weight × (1 + ln(n / articles with that key)), so rare keys count more.
 * Ties: closer in reading order first, then slug, so the result never depends on anything but the input.
 */
export function buildRelatedIndex(articles: readonly RelatedInput[], options: RelatedOptions = {}): Map<string, string[]> {
  const limit = Math.max(0, options.limit ?? 4);
  const window = options.window ?? 50;
  const n = articles.length;
  const keys = articles.map(keysOf);

  // Postings: for each key, the positions (in reading order) of the articles that have it, ascending.
  const postings = new Map<string, number[]>();
  // Where each article sits inside each of its keys' postings, so its window is found without searching.
  const slots: number[][] = keys.map(() => []);
  keys.forEach((list, i) => {
    for (const key of list) {
      let posting = postings.get(key.id);
      if (!posting) {
        posting = [];
        postings.set(key.id, posting);
      }
      slots[i]!.push(posting.length);
      posting.push(i);
    }
  });
  const weight = (key: Key): number => key.base * (1 + Math.log(n / postings.get(key.id)!.length));

  const scores = new Float64Array(n);
  const related = new Map<string, string[]>();
  for (let i = 0; i < n; i++) {
    const touched: number[] = [];
    keys[i]!.forEach((key, k) => {
      const posting = postings.get(key.id)!;
      const at = slots[i]![k]!;
      const w = weight(key);
      const end = Math.min(posting.length, at + window + 1);
      for (let p = Math.max(0, at - window); p < end; p++) {
        const j = posting[p]!;
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j]! += w;
      }
    });
    const better = (x: number, y: number): boolean =>
      scores[x] !== scores[y]
        ? scores[x]! > scores[y]!
        : Math.abs(x - i) !== Math.abs(y - i)
          ? Math.abs(x - i) < Math.abs(y - i)
          : articles[x]!.slug < articles[y]!.slug;
    // Keep only the best `limit` by insertion: candidates can number hundreds, the answer only a few.
    const best: number[] = [];
    for (const j of touched) {
      if (limit === 0 || (best.length === limit && !better(j, best[limit - 1]!))) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && better(j, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = j;
    }
    related.set(
      articles[i]!.slug,
      best.map((j) => articles[j]!.slug),
    );
    for (const j of touched) scores[j] = 0;
  }
  return related;
}
