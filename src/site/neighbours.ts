// The articles before and after each one in reading order (the home page's order: newest first).

export interface Neighbours<T> {
  /** The article listed just before: newer, or dated more precisely. */
  previous: T | null;
  /** The article listed just after: older, or dated less precisely. */
  next: T | null;
}

/** One pass over the list, so every page finds its neighbours without scanning the corpus again. */
export function buildNeighbourIndex<T extends { slug: string }>(articles: readonly T[]): Map<string, Neighbours<T>> {
  const index = new Map<string, Neighbours<T>>();
  articles.forEach((a, i) => {
    index.set(a.slug, { previous: articles[i - 1] ?? null, next: articles[i + 1] ?? null });
  });
  return index;
}

/** The slugs of the articles linked as previous and next from `slug`'s page. */
export function neighbourSlugs<T extends { slug: string }>(index: ReadonlyMap<string, Neighbours<T>>, slug: string): string[] {
  const n = index.get(slug);
  return [n?.previous?.slug, n?.next?.slug].filter((s): s is string => s !== undefined);
}
