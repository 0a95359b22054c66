// Reading time: Latin-script words at ~230 a minute, CJK characters at ~400, translations not counted twice.
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../src/corpus/types.ts';
import { measureText } from '../../src/corpus/text-stats.ts';
import { readingMinutes } from '../../src/site/reading-time.ts';

const paragraph = (text: string, lang: 'en' | 'vi' | 'zh', translation?: string): BodyBlock => ({
  kind: 'paragraph',
  text,
  lang,
  line: 1,
  translation: translation ? { text: translation, lang: 'vi', line: 2 } : null,
});

describe('reading time', () => {
  it('counts Vietnamese words with diacritics as words and each Chinese character on its own', () => {
    expect(measureText('Tổng Bí thư Tô Lâm đã yêu cầu')).toEqual({ words: 8, cjkChars: 0 });
    expect(measureText('越南和中国加强合作')).toEqual({ words: 0, cjkChars: 9 });
    expect(measureText('Xi Jinping 习近平 visited')).toEqual({ words: 3, cjkChars: 3 });
  });

  it('takes about two minutes for 460 English words and for 800 Chinese characters', () => {
    expect(readingMinutes([paragraph(Array(460).fill('word').join(' '), 'en')])).toBe(2);
    expect(readingMinutes([paragraph('中'.repeat(800), 'zh')])).toBe(2);
    // 800 characters read as if they were 800 words would claim four minutes.
    expect(readingMinutes([paragraph('中'.repeat(800), 'zh')])).toBeLessThan(
      readingMinutes([paragraph(Array(800).fill('w').join(' '), 'en')]),
    );
  });

  it('does not count a translation on top of its original', () => {
    const english = Array(460).fill('word').join(' ');
    const vietnamese = Array(460).fill('từ').join(' ');
    expect(readingMinutes([paragraph(english, 'en', vietnamese)])).toBe(2);
  });

  it('rounds up and never says zero minutes', () => {
    expect(readingMinutes([paragraph('One short line.', 'en')])).toBe(1);
    expect(readingMinutes([])).toBe(1);
    expect(readingMinutes([paragraph(Array(231).fill('word').join(' '), 'en')])).toBe(2);
  });
});
