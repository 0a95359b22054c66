// The language of an article's summary: the summary is its first paragraph, which may differ from its primary language.
import type { LanguageCode } from '../corpus/types.ts';

interface SummarySource {
  titleLang: LanguageCode;
  body: readonly { kind: string; lang: LanguageCode }[];
}

/** The first paragraph's language (the summary is cut from it), else the title's (the summary falls back to the title). */
export function summaryLang(a: SummarySource): LanguageCode {
  return a.body.find((b) => b.kind === 'paragraph')?.lang ?? a.titleLang;
}
