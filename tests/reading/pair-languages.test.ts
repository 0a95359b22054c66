// Which languages the bilingual control offers: those of the paired paragraphs, primary first; none without pairs.
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../src/corpus/types.ts';
import { pairLanguages } from '../../src/site/pair-languages.ts';

const pair = (lang: 'en' | 'vi' | 'zh', translation: 'en' | 'vi' | 'zh' | 'und'): BodyBlock => ({
  kind: 'paragraph',
  text: 'x',
  lang,
  line: 1,
  translation: { text: 'y', lang: translation, line: 2 },
});

describe('pairLanguages', () => {
  it('offers the two languages of the pairs in the article’s order', () => {
    expect(pairLanguages([pair('en', 'vi'), pair('en', 'vi')], ['en', 'vi'])).toEqual(['en', 'vi']);
    expect(pairLanguages([pair('vi', 'zh')], ['zh', 'vi'])).toEqual(['zh', 'vi']);
  });

  it('offers nothing for an article whose languages are only mixed, not paired', () => {
    const mixed: BodyBlock[] = [
      { kind: 'paragraph', text: 'Le 26 janvier…', lang: 'fr', line: 1, translation: null },
      { kind: 'paragraph', text: 'Tổng Bí thư…', lang: 'vi', line: 2, translation: null },
    ];
    expect(pairLanguages(mixed, ['en', 'vi', 'fr'])).toEqual([]);
  });

  it('leaves out an undetermined language', () => {
    expect(pairLanguages([pair('en', 'und')], ['en'])).toEqual(['en']);
  });
});
