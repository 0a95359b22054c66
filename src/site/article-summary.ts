// An article's summary as a list shows it: the words its title has not already said, in the first paragraph's language.
import type { LanguageCode } from '../corpus/types.ts';

interface SummarySource {
  titleLang: LanguageCode;
  body: readonly { kind: string; lang: LanguageCode }[];
}

/**
 * The first paragraph's language (the summary is cut from it), else the title's (the summary falls back to the title).
 * The loader stores it with the article (src/content/page-article.ts); lists read it from there.
 */
export function summaryLang(a: SummarySource): LanguageCode {
  return a.body.find((b) => b.kind === 'paragraph')?.lang ?? a.titleLang;
}

/**
 * The summary without what the title already says: a title taken from the lead (`Ahead of … visit to Vietnam…`)
 * opens the summary too, so the list shows where the lead goes on (`…Deputy Prime Minister …`). Null when nothing is
 * left to add.
 */
export function summaryAfterTitle(a: { title: string; summary: string }): string | null {
  const stem = a.title.replace(/…$/u, '');
  if (!a.summary.startsWith(stem)) return a.summary || null;
  const rest = a.summary.slice(stem.length).replace(/^[\s,;:，、：；–—-]+/u, '');
  return rest === '' ? null : `…${rest}`;
}
