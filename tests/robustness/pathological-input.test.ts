// Pathological input up to 5 MB through the corpus library (no build): thousands of bullet lines, a 100 000-character
// line, 10 000 short lines, 5 MB in one paragraph, 5 MB of markup characters. Each finishes; the blocks and warnings
// that come out are what the input's shape says they must be.
import { describe, expect, it } from 'vitest';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { parseArticle } from '../../src/corpus/parse-article.ts';
import type { Article } from '../../src/corpus/types.ts';
import { renderArticleBody } from '../../src/render/article-body.ts';

const ctx = createCorpusContext();
const MB = 1024 * 1024;

function parse(name: string, text: string): Article {
  const result = parseArticle(name, Buffer.from(text, 'utf8'), ctx);
  if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.article;
}

const codes = (a: Article): string[] => a.warnings.map((w) => w.code).sort();
const kinds = (a: Article): string[] => [...new Set(a.body.map((b) => b.kind))];

describe('pathological input through the corpus library', () => {
  it('3 000 bullet lines under a headline: the first translates the headline, the rest are kept as paragraphs and reported', () => {
    const bullets = Array.from({ length: 3000 }, (_, i) => `  • Dòng dịch số ${i + 1} của danh sách.`);
    const a = parse('bullets.txt', ['Thousands of translation bullets', ...bullets].join('\n'));
    expect(a.titleTranslation?.text).toBe('Dòng dịch số 1 của danh sách.');
    expect(a.body).toHaveLength(2999);
    expect(kinds(a)).toEqual(['paragraph']);
    expect(a.body[2998]).toMatchObject({ text: 'Dòng dịch số 3000 của danh sách.', line: 3001 });
    const orphan = a.warnings.find((w) => w.code === 'orphan-translation')!;
    expect(orphan.message).toBe(
      '2999 `•` translation lines follow nothing they could translate (line 3, 4, 5, 6, 7 and 2994 more); shown as ordinary paragraphs',
    );
  });

  it('2 000 paragraph and translation pairs: 2 000 paired paragraphs, no warning about pairing', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => [
      `Paragraph ${i + 1} says the talks went well.`,
      `  • Đoạn ${i + 1} nói rằng cuộc hội đàm diễn ra tốt đẹp.`,
    ]).flat();
    const a = parse('pairs.txt', ['A very long bilingual article', 'April 1, 2025', ...lines].join('\n'));
    expect(a.body).toHaveLength(2000);
    expect(a.body.every((b) => b.kind === 'paragraph' && b.translation !== null)).toBe(true);
    expect(codes(a)).toEqual([]);
  });

  it('a 100 000-character line: one paragraph of exactly that text, with the huge-paragraph warning', () => {
    const line = 'Border trade grew again this year '.repeat(3000).slice(0, 100_000);
    expect(line).toHaveLength(100_000);
    const a = parse('long-line.txt', `A single very long line\n\n${line}\n`);
    expect(a.body).toEqual([expect.objectContaining({ kind: 'paragraph', text: line.trim(), line: 3 })]);
    expect(codes(a)).toEqual(['huge-paragraph', 'no-date']);
    expect(a.warnings.find((w) => w.code === 'huge-paragraph')!.message).toContain(`a paragraph of ${line.trim().length} characters`);
  });

  it("a 100 000-character line of dotted words ending in .vn: body text, not a publisher's domain", () => {
    const line = `${'tin.'.repeat(24_997)}tintuc247.vn`;
    expect(line).toHaveLength(100_000);
    const a = parse('dotted-line.txt', `A line that looks like a domain name\n\n${line}\n`);
    expect(a.body).toEqual([expect.objectContaining({ kind: 'paragraph', text: line })]);
    expect(a.source).toBeNull();
  });

  it('10 000 short lines: 10 000 paragraphs in order', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `Point ${i + 1} is noted.`);
    const a = parse('short-lines.txt', ['Ten thousand short lines', ...lines].join('\n'));
    expect(a.title).toBe('Ten thousand short lines');
    expect(a.body).toHaveLength(10_000);
    expect(kinds(a)).toEqual(['paragraph']);
    expect(a.body.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(lines);
    expect(codes(a)).toEqual(['no-date']);
  });

  it('5 MB in one paragraph, no headline: one paragraph, a clipped title, every word counted, three warnings', async () => {
    const unit = 'Hanoi and Beijing discussed trade, ';
    const repeats = Math.floor((5 * MB) / unit.length);
    const text = unit.repeat(repeats).trimEnd();
    const a = parse('five-mb.txt', text);
    expect(a.body).toHaveLength(1);
    // No sentence ends: the title is the opening cut at a clause, with an ellipsis, and the paragraph goes on from there.
    expect(a.title.endsWith('…')).toBe(true);
    expect(a.title.length).toBeLessThanOrEqual(141);
    const opening = a.title.slice(0, -1);
    expect(text.startsWith(opening)).toBe(true);
    const paragraph = a.body[0]!;
    expect(paragraph.kind).toBe('paragraph');
    const shown = paragraph.kind === 'paragraph' ? paragraph.text : '';
    expect(shown.startsWith('…')).toBe(true);
    expect(text.endsWith(shown.slice(1))).toBe(true);
    expect(opening.length + shown.length - 1).toBeLessThanOrEqual(text.length);
    expect(a.wordCount).toBe(5 * repeats);
    expect(codes(a)).toEqual(['huge-paragraph', 'no-date', 'no-headline']);
    const html = await renderArticleBody(a.body, a.language, 'en');
    expect(html.length).toBeGreaterThan(shown.length);
  });

  it('5 MB of markup quoted in sentences: kept as text, and rendered with every < escaped', async () => {
    const line = 'The page showed <b onclick=alert(1)>&amp;</b> and then <script>x</script> in its text, time 00000. ';
    const lines = Array.from({ length: Math.floor((5 * MB) / (line.length + 1)) }, (_, i) =>
      line.trim().replace('00000', String(i).padStart(5, '0')),
    );
    const a = parse('markup-flood.txt', ['Markup flood', ...lines].join('\n'));
    expect(a.body).toHaveLength(lines.length);
    expect(a.body.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(lines);
    const html = await renderArticleBody(a.body, a.language, 'en');
    expect(html).not.toContain('<b');
    expect(html).not.toContain('<script');
    expect(html.split('&#x3C;script>').length - 1).toBe(lines.length);
  });

  it('40 000 two-word lines: every one kept, in order, under the first line as headline', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `Item ${i + 1}`);
    const a = parse('two-word-lines.txt', ['Forty thousand short items', ...lines].join('\n'));
    expect(a.title).toBe('Forty thousand short items');
    expect(a.body.map((b) => (b.kind === 'figure' ? b.caption : b.text))).toEqual(lines);
  });

  it('100 000-character lines of Markdown and code openers ([, ![, **, {a:) leave the title and the article text intact', () => {
    for (const unit of ['[', '![', '**a ', '{a:', '[a](']) {
      const line = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const a = parse('openers.txt', `Opener lines\n\n${line}\n\nA closing sentence of plain text.`);
      expect(a.title, unit).toBe('Opener lines');
      const texts = a.body.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
      expect(texts, unit).toContain('A closing sentence of plain text.');
    }
  });
});
