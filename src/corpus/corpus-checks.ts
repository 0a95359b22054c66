// Checks across the whole corpus: two files may not claim the same URL.
import type { Article, Problem } from './types.ts';

/** Articles whose slugs collide. Slugs hash title and lede, so a collision means the same article twice, or a pinned slug reused. */
export function findSlugCollisions(articles: readonly Article[]): Problem[] {
  const bySlug = new Map<string, Article[]>();
  for (const a of articles) bySlug.set(a.slug, [...(bySlug.get(a.slug) ?? []), a]);
  const problems: Problem[] = [];
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    const files = group.map((a) => a.sourceFile).sort();
    for (const a of group) {
      const others = files.filter((f) => f !== a.sourceFile).join(', ');
      problems.push({
        severity: 'error',
        code: 'slug-collision',
        file: a.sourceFile,
        message: `its URL /articles/${slug}/ is also claimed by ${others} (same title and first paragraph${a.overridden.includes('slug') ? ', or the same pinned slug' : ''})`,
        hint: 'If the files are the same article, delete one; otherwise pin a different `slug:` in frontmatter.',
      });
    }
  }
  return problems;
}
