// Checks across the whole corpus: two files may not claim the same URL.
import { articlePath } from '../site/urls.ts';
import type { Problem } from './types.ts';

/** What the check reads of a published article: a whole parse or the page data stored of it. */
interface UrlClaim {
  slug: string;
  sourceFile: string;
  overridden: readonly string[];
}

/**
 * Published articles that still share a slug. Settling (src/corpus/duplicates.ts) merges copies and moves every
 * computed slug off a shared URL, so what is left are slugs pinned in frontmatter by two different articles, which
 * only an editor can choose between.
 */
export function findSlugCollisions(articles: readonly UrlClaim[]): Problem[] {
  const bySlug = new Map<string, UrlClaim[]>();
  for (const a of articles) bySlug.set(a.slug, [...(bySlug.get(a.slug) ?? []), a]);
  const problems: Problem[] = [];
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    const files = group.map((a) => a.sourceFile).sort();
    for (const a of group) {
      const others = files.filter((f) => f !== a.sourceFile).join(', ');
      const how = a.overridden.includes('slug') ? `the slug '${slug}' pinned in its frontmatter` : `its URL ${articlePath(slug)}`;
      problems.push({
        severity: 'error',
        code: 'slug-collision',
        file: a.sourceFile,
        message: `${how} is also claimed by ${others}; two different articles cannot share a URL`,
        hint: 'Pin a different `slug:` in the frontmatter of one of them (or remove its `slug:` line to let the title make one).',
      });
    }
  }
  return problems;
}
