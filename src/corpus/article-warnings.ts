// Warnings about what the text leaves unclear or looks damaged: only ones an editor would agree with.
import { findLostApostrophes } from './lost-characters.ts';
import type { FoundText } from './structure.ts';
import type { BodyBlock, ParagraphBlock } from './types.ts';

export interface ArticleWarning {
  code: string;
  message: string;
  hint: string;
  line?: number;
}

/** One paragraph this long is an article pasted without its line breaks, not a long paragraph. */
const HUGE_PARAGRAPH_CHARS = 5_000;
/** …when it also holds most of the article; past this length, always. */
const HUGE_PARAGRAPH_SHARE = 0.6;
const ALWAYS_HUGE_CHARS = 10_000;

function hugeParagraphs(paragraphs: readonly ParagraphBlock[]): ArticleWarning[] {
  const total = paragraphs.reduce((n, p) => n + p.text.length, 0);
  return paragraphs
    .filter(
      (p) => p.text.length >= ALWAYS_HUGE_CHARS || (p.text.length >= HUGE_PARAGRAPH_CHARS && p.text.length >= total * HUGE_PARAGRAPH_SHARE),
    )
    .map((p) => ({
      code: 'huge-paragraph',
      message: `a paragraph of ${p.text.length} characters; line breaks were probably lost in copying`,
      hint: 'Split the paragraph where the original had line breaks.',
      line: p.line,
    }));
}

function orphanTranslations(orphans: readonly FoundText[]): ArticleWarning[] {
  if (orphans.length === 0) return [];
  const lines = orphans.map((t) => t.line);
  const shown = lines.slice(0, 5).join(', ') + (lines.length > 5 ? ` and ${lines.length - 5} more` : '');
  return [
    {
      code: 'orphan-translation',
      message: `${lines.length} \`•\` translation line${lines.length === 1 ? '' : 's'} follow nothing they could translate (line ${shown}); shown as ordinary paragraphs`,
      hint: 'Put each translation right under the paragraph it translates.',
      line: lines[0]!,
    },
  ];
}

export function bodyWarnings(body: readonly BodyBlock[], orphans: readonly FoundText[]): ArticleWarning[] {
  const paragraphs = body.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
  const warnings: ArticleWarning[] = [];
  if (paragraphs.length === 0)
    warnings.push({
      code: 'title-only',
      message: 'the article has a title but no body paragraphs',
      hint: 'Paste the article text under the headline, or delete the file.',
    });
  warnings.push(...hugeParagraphs(paragraphs), ...orphanTranslations(orphans));
  for (const lost of findLostApostrophes(paragraphs.filter((p) => p.lang === 'en'))) {
    warnings.push({
      code: 'lost-apostrophe',
      message: `"${lost.word}" looks like "${lost.suggestion}" with the apostrophe lost in copying (text left as it is)`,
      hint: 'Restore the apostrophe in the file if the original had one.',
      line: lost.line,
    });
  }
  return warnings;
}
