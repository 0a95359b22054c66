// The articles under each topic or person slug, in one pass over the list, so a taxonomy of k entries costs one scan of
// the corpus instead of k.

/** For each slug, the articles carrying it, in the order given (each article once, even if it names a slug twice). */
export function articlesBySlug<T>(articles: readonly T[], slugsOf: (article: T) => readonly { slug: string }[]): Map<string, T[]> {
  const bySlug = new Map<string, T[]>();
  for (const article of articles) {
    for (const { slug } of slugsOf(article)) {
      const list = bySlug.get(slug);
      if (!list) bySlug.set(slug, [article]);
      else if (list[list.length - 1] !== article) list.push(article);
    }
  }
  return bySlug;
}
