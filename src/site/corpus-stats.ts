// Counts for the home page: how many articles each topic and each language has.
import type { LanguageCode } from '../corpus/types.ts';

export interface Counted<T> {
  item: T;
  count: number;
}

interface Counts {
  topics: readonly { slug: string; name: string }[];
  languages: readonly LanguageCode[];
}

/** Most articles first; ties by name so the order is the same on every build. */
function byCountThenName<T>(name: (item: T) => string): (x: Counted<T>, y: Counted<T>) => number {
  return (x, y) => y.count - x.count || (name(x.item) < name(y.item) ? -1 : name(x.item) > name(y.item) ? 1 : 0);
}

export function topicCounts(articles: readonly Counts[]): Counted<{ slug: string; name: string }>[] {
  const counts = new Map<string, Counted<{ slug: string; name: string }>>();
  for (const a of articles) {
    for (const t of a.topics) {
      const entry = counts.get(t.slug) ?? { item: { slug: t.slug, name: t.name }, count: 0 };
      entry.count++;
      counts.set(t.slug, entry);
    }
  }
  return [...counts.values()].sort(byCountThenName((t) => t.name));
}

/** Every language present in any article (an article counts once per language it contains); `und` is not a language to list. */
export function languageCounts(articles: readonly Counts[]): Counted<LanguageCode>[] {
  const counts = new Map<LanguageCode, number>();
  for (const a of articles) for (const l of new Set(a.languages)) if (l !== 'und') counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([item, count]) => ({ item, count })).sort(byCountThenName((l) => l));
}
