// Related articles: what two articles share (main topics, people, the day, the source), scored so a reader can follow why.

/** What the scoring needs from an article; articles are given in reading order (newest first). */
export interface RelatedInput {
  slug: string;
  /** The article's main topics. */
  topics: readonly { slug: string }[];
  people: readonly { slug: string }[];
  /** The full date (YYYY-MM-DD) when the text gives day, month and year; otherwise null. */
  date: { iso: string | null };
  source: { name: string | null } | null;
}

export interface RelatedOptions {
  /** How many related articles each article gets. */
  limit?: number;
  /**
   * How many neighbours on each side, within one key's list of articles, are considered.
   * Caps the work per key so a key shared by thousands of articles costs O(window), not O(n): the index stays near-linear.
   */
  window?: number;
  /** Articles the page already links for another reason (its previous and next): never listed as related. */
  shownAlready?: (slug: string) => readonly string[];
}

/**
 * The points each shared thing is worth. A person says more about what an article is about than a broad topic does;
 * the same day and a shared person is most likely the same meeting or visit reported twice.
 */
const RELATED_POINTS = { topic: 1, person: 2, sameDay: 1, sameEvent: 3, sameSource: 1 } as const;

/** The shared things a score is made of, with the keys spelt `topic:<slug>`, `person:<slug>`, `day:<iso>`, `source:<name>`. */
function keysOf(a: RelatedInput): string[] {
  const keys = [...a.topics.map((t) => `topic:${t.slug}`), ...a.people.map((p) => `person:${p.slug}`)];
  if (a.date.iso) keys.push(`day:${a.date.iso}`);
  const source = a.source?.name?.trim();
  if (source) keys.push(`source:${source}`);
  return [...new Set(keys)];
}

/**
 * The keys more than half of the articles carry. They tell no article apart from the others: in a corpus about Vietnam and
 * China, To Lam and Xi Jinping are named almost everywhere, and sharing them says nothing about sharing a subject.
 */
export function commonKeys(articles: readonly RelatedInput[]): Set<string> {
  const counts = new Map<string, number>();
  for (const a of articles) for (const key of keysOf(a)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count * 2 > articles.length).map(([key]) => key));
}

/**
 * How related `b` is to `a`: 1 point per shared main topic, 2 per shared person, 1 for the same full date — 3 instead when
 * they also share a person (the same event) — and 1 for the same source. Keys in `common` earn nothing, except that a
 * common person still makes the same day the same event. 0 means unrelated.
 */
export function relatedScore(a: RelatedInput, b: RelatedInput, common: ReadonlySet<string> = new Set()): number {
  const theirs = new Set(keysOf(b));
  const shared = keysOf(a).filter((key) => theirs.has(key));
  return scoreShared(
    shared.map(kindOf),
    shared.map((key) => common.has(key)),
  );
}

type KeyKind = 'topic' | 'person' | 'day' | 'source';

const kindOf = (key: string): KeyKind => key.slice(0, key.indexOf(':')) as KeyKind;

/** The score of what two articles share, from each shared key's kind and whether it is common. */
function scoreShared(kinds: readonly KeyKind[], common: readonly boolean[]): number {
  let score = 0;
  let sameDay = false;
  kinds.forEach((kind, k) => {
    if (common[k]) return;
    if (kind === 'topic') score += RELATED_POINTS.topic;
    else if (kind === 'person') score += RELATED_POINTS.person;
    else if (kind === 'day') sameDay = true;
    else score += RELATED_POINTS.sameSource;
  });
  if (sameDay) score += kinds.includes('person') ? RELATED_POINTS.sameEvent : RELATED_POINTS.sameDay;
  return score;
}

interface Scored {
  /** Position in reading order. */
  j: number;
  score: number;
}

/**
 * For every article, the slugs of its related articles, best first: at most `limit` (5), never itself nor what the page
 * already shows, never one scoring 0. Ties go to the newer article: the one earlier in reading order, which itself breaks
 * ties of date by slug, so the result depends on nothing but the input.
 */
export function buildRelatedIndex(articles: readonly RelatedInput[], options: RelatedOptions = {}): Map<string, string[]> {
  const limit = Math.max(0, options.limit ?? 5);
  const window = options.window ?? 50;
  const common = commonKeys(articles);

  // Keys as numbers, so that scoring a candidate compares numbers, not strings: thousands of candidates per article at scale.
  const ids = new Map<string, number>();
  const kinds: KeyKind[] = [];
  const keys = articles.map((a) =>
    keysOf(a).map((key) => {
      let id = ids.get(key);
      if (id === undefined) {
        id = kinds.length;
        ids.set(key, id);
        kinds.push(kindOf(key));
      }
      return id;
    }),
  );
  const isCommon = [...ids.keys()].map((key) => common.has(key));

  // Postings: for each uncommon key, the positions (in reading order) of the articles that have it, ascending; and where
  // each article sits in each of its keys' postings, so its window is found without searching. A common key finds no
  // candidates: it would make every article one.
  const postings: number[][] = kinds.map(() => []);
  const slots = keys.map((list, i) => list.map((id) => (isCommon[id] ? -1 : postings[id]!.push(i) - 1)));

  const better = (x: Scored, y: Scored): boolean => (x.score !== y.score ? x.score > y.score : x.j < y.j);
  // Which article last marked each key as its own, and last looked at each candidate: reset by article, never cleared.
  const keyOwner = new Int32Array(kinds.length).fill(-1);
  const seenBy = new Int32Array(articles.length).fill(-1);
  const related = new Map<string, string[]>();
  articles.forEach((article, i) => {
    const skip = new Set([article.slug, ...(options.shownAlready?.(article.slug) ?? [])]);
    for (const id of keys[i]!) keyOwner[id] = i;
    // Keep only the best `limit` by insertion: candidates can number hundreds, the answer only a few.
    const best: Scored[] = [];
    keys[i]!.forEach((id, k) => {
      const at = slots[i]![k]!;
      if (at < 0) return;
      const posting = postings[id]!;
      const end = Math.min(posting.length, at + window + 1);
      for (let p = Math.max(0, at - window); p < end; p++) {
        const j = posting[p]!;
        if (seenBy[j] === i || skip.has(articles[j]!.slug)) continue;
        seenBy[j] = i;
        const shared = keys[j]!.filter((other) => keyOwner[other] === i);
        const candidate = {
          j,
          score: scoreShared(
            shared.map((s) => kinds[s]!),
            shared.map((s) => isCommon[s]!),
          ),
        };
        if (candidate.score === 0 || limit === 0 || (best.length === limit && !better(candidate, best[limit - 1]!))) continue;
        let to = best.length === limit ? limit - 1 : best.length;
        while (to > 0 && better(candidate, best[to - 1]!)) {
          best[to] = best[to - 1]!;
          to--;
        }
        best[to] = candidate;
      }
    });
    related.set(
      article.slug,
      best.map((c) => articles[c.j]!.slug),
    );
  });
  return related;
}
