// Warnings an editor would agree with: a title with no body, a paragraph that is a whole article pasted without line
// breaks, translation lines that translate nothing, English words that lost their apostrophe.
import { describe, expect, it } from 'vitest';
import { bodyWarnings } from '../../src/corpus/article-warnings.ts';
import type { BodyBlock, LanguageCode } from '../../src/corpus/types.ts';

function paragraph(text: string, line: number, lang: LanguageCode = 'fr'): BodyBlock {
  return { kind: 'paragraph', text, lang, line, translation: null };
}
const codes = (body: BodyBlock[], orphans: { text: string; line: number }[] = []): string[] =>
  bodyWarnings(body, orphans).map((w) => w.code);

const SENTENCE = 'Le Vietnam et la Chine ont signé mardi à Hanoï un accord-cadre sur la ligne ferroviaire Lao Cai–Haiphong. ';

describe('bodyWarnings', () => {
  it('says nothing about an ordinary article', () => {
    expect(codes([paragraph(SENTENCE.trim(), 3), paragraph(SENTENCE.trim(), 4)])).toEqual([]);
  });

  it('warns when there is a title but no paragraph', () => {
    expect(codes([{ kind: 'subheading', text: 'Un financement incertain', lang: 'fr', line: 2, translation: null }])).toEqual([
      'title-only',
    ]);
  });

  it('warns about one paragraph holding a whole article pasted without its line breaks, at its line', () => {
    const huge = SENTENCE.repeat(60).trim();
    const warnings = bodyWarnings([paragraph(huge, 3), paragraph(SENTENCE.trim(), 4)], []);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['huge-paragraph', 3]]);
  });

  it('does not warn about a long paragraph among many', () => {
    const long = SENTENCE.repeat(50).trim();
    const body = [paragraph(long, 3), ...Array.from({ length: 8 }, (_, i) => paragraph(SENTENCE.repeat(10).trim(), 4 + i))];
    expect(codes(body)).toEqual([]);
  });

  it('warns once about translation lines that follow nothing, naming their lines', () => {
    const warnings = bodyWarnings(
      [paragraph(SENTENCE.trim(), 3)],
      [
        { text: 'Vietnam and China signed a rail deal.', line: 1 },
        { text: 'Work could begin in 2025.', line: 7 },
      ],
    );
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['orphan-translation', 1]]);
    expect(warnings[0]!.message).toContain('1, 7');
  });

  it('names an English word that lost its apostrophe, and only in English paragraphs', () => {
    const warnings = bodyWarnings(
      [
        paragraph("Vietnam's exports to China rose by 14% last year.", 3, 'en'),
        paragraph('Vietnams economy grew faster than expected.', 4, 'en'),
      ],
      [],
    );
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['lost-apostrophe', 4]]);
    expect(warnings[0]!.message).toContain('"Vietnams"');
  });
});
