// The words an article is indexed under beyond its text: one word for each person it mentions and each place or term of
// the glossary it uses.
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/corpus/text-fold.ts';
import { searchExpansion } from '../../../src/search/index-expansion.ts';
import { compileGlossaryMatcher, loadGlossary } from '../../../src/corpus/glossary-matching.ts';

const glossaryIn = compileGlossaryMatcher(loadGlossary(new URL('../../../src/data/glossary.yaml', import.meta.url).pathname));

describe('folding', () => {
  it('drops case and accents, turns đ into d, and treats NFD like NFC', () => {
    expect(foldText('Biển Đông')).toBe('bien dong');
    expect(foldText('Biển Đông'.normalize('NFD'))).toBe('bien dong');
    expect(foldText('Tập Cận Bình')).toBe('tap can binh');
  });
});

describe('index expansion', () => {
  it('expands an article by the people it mentions only', () => {
    const article = {
      title: 'Ngoại trưởng Vương Nghị',
      titleTranslation: null,
      body: [
        { kind: 'paragraph' as const, text: 'dưới sự lãnh đạo của đồng chí Tập Cận Bình', lang: 'vi' as const, line: 2, translation: null },
      ],
      people: [{ slug: 'xi-jinping', name: 'Xi Jinping', evidence: ['Tập Cận Bình'] }],
    };
    const words = searchExpansion(article, glossaryIn);
    // One word stands for the person, whatever the spelling (the search page maps every spelling to it).
    expect(words).toContain('qzqpxijinpingqzq');
    expect(words).not.toContain('Tập Cận Bình');
    // Vương Nghị is in the title but not among the article's people here: only the people listed count.
    expect(words).not.toContain('qzqpwangyiqzq');
    // No folded copies of the text's own words (lãnh đạo, đồng chí): a query without đ tries đ instead.
    expect(words).not.toContain('dao');
  });

  it('adds a word for each place or term the article uses, and none for one it does not', () => {
    const article = {
      title: 'Khởi công tuyến đường sắt Lào Cai',
      titleTranslation: null,
      body: [
        {
          kind: 'paragraph' as const,
          text: 'Tuyến đường sắt khổ tiêu chuẩn nối Lào Cai với cảng biển.',
          lang: 'vi' as const,
          line: 2,
          translation: null,
        },
      ],
      people: [],
    };
    const words = searchExpansion(article, glossaryIn);
    // đường sắt (railway), khổ tiêu chuẩn (standard gauge), Lào Cai; no other spelling is added.
    expect(words).toEqual(expect.arrayContaining(['qzqgrailwayqzq', 'qzqgstandardgaugeqzq', 'qzqglaocaiqzq']));
    expect(words).not.toContain('chemin de fer');
    expect(words).not.toContain('qzqgbeijingqzq');
    expect(words).not.toContain('qzqghaiphongqzq');
  });
});
