// The languages of an article's paragraph pairs: what a bilingual reader control can switch between.
import type { LanguageCode } from '../corpus/types.ts';
import type { PageBlock as BodyBlock } from '../content/page-article.ts';

/** Languages that occur in paired blocks, in the order of `articleLanguages` (primary first); empty when nothing is paired. */
export function pairLanguages(body: readonly BodyBlock[], articleLanguages: readonly LanguageCode[]): LanguageCode[] {
  const found = new Set<LanguageCode>();
  for (const block of body) {
    if (block.kind === 'figure' || !block.translation) continue;
    found.add(block.lang);
    found.add(block.translation.lang);
  }
  found.delete('und');
  const ordered = articleLanguages.filter((l) => found.has(l));
  // A pair language the article-level list missed still gets a button, after the known ones, in a stable order.
  const rest = [...found].filter((l) => !ordered.includes(l)).sort();
  return [...ordered, ...rest];
}
