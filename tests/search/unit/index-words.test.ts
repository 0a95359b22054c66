// The words an article is indexed under beyond its text: đ-free spellings of its đ words, every spelling of its people,
// and every form of the glossary's places and terms it uses.
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/search/fold.ts';
import { dStrokeSpellings, hanParts, personSpellings, searchExpansion } from '../../../src/search/index-expansion.ts';
import { DEFAULT_PEOPLE_FILE } from '../../../src/corpus/context.ts';
import { loadPeople } from '../../../src/corpus/people.ts';
import { compileGlossaryMatcher, loadGlossary } from '../../../src/corpus/glossary.ts';

const people = loadPeople(DEFAULT_PEOPLE_FILE);
const glossaryIn = compileGlossaryMatcher(loadGlossary(new URL('../../../src/data/glossary.yaml', import.meta.url).pathname));

const person = (slug: string) => people.find((p) => p.slug === slug)!;

describe('folding', () => {
  it('drops case and accents, turns đ into d, and treats NFD like NFC', () => {
    expect(foldText('Biển Đông')).toBe('bien dong');
    expect(foldText('Biển Đông'.normalize('NFD'))).toBe('bien dong');
    expect(foldText('Tập Cận Bình')).toBe('tap can binh');
  });
});

describe('index expansion', () => {
  it('adds each đ word folded, once, and nothing for text without đ', () => {
    expect(dStrokeSpellings(['tuân theo Tuyên bố ở Biển Đông (DOC)'])).toEqual(['dong']);
    expect(dStrokeSpellings(['Đồng Đăng, đường sắt Đồng Đăng'.normalize('NFD'), 'đường'])).toEqual(['dong', 'dang', 'duong']);
    expect(dStrokeSpellings(['Tô Lâm met Xi Jinping in Hà Nội'])).toEqual([]);
  });

  it('lists every spelling of a person, Chinese names also in parts a segmenter may cut them into', () => {
    const xi = personSpellings(person('xi-jinping'));
    for (const s of ['Xi Jinping', 'Tập Cận Bình', '习近平', '習近平', '习', '近平']) expect(xi).toContain(s);
    expect(hanParts('苏林')).toEqual(['苏林', '苏', '林']);
    expect(personSpellings(person('mao-zedong'))).toContain('mao trach dong');
  });

  it('expands an article by the people it mentions only', () => {
    const article = {
      title: 'Ngoại trưởng Vương Nghị',
      titleTranslation: null,
      body: [{ kind: 'paragraph' as const, text: 'dưới sự lãnh đạo của đồng chí Tập Cận Bình', lang: 'vi' as const, line: 2, translation: null }],
      people: [{ slug: 'xi-jinping', name: 'Xi Jinping', evidence: ['Tập Cận Bình'] }],
    };
    const words = searchExpansion(article, people, glossaryIn);
    expect(words).toContain('Xi Jinping');
    // lãnh đạo, đồng chí: the đ words folded, not their neighbours.
    expect(words).toEqual(expect.arrayContaining(['dao', 'dong']));
    expect(words).not.toContain('lanh');
    expect(words).not.toContain('Wang Yi');
  });

  it('adds every form of a place or term the article uses, and none of one it does not', () => {
    const article = {
      title: 'Khởi công tuyến đường sắt Lào Cai',
      titleTranslation: null,
      body: [{ kind: 'paragraph' as const, text: 'Tuyến đường sắt khổ tiêu chuẩn nối Lào Cai với cảng biển.', lang: 'vi' as const, line: 2, translation: null }],
      people: [],
    };
    const words = searchExpansion(article, people, glossaryIn);
    expect(words).toEqual(expect.arrayContaining(['railway', 'chemin de fer', '铁路', 'standard gauge', '标准轨', 'Lao Cai', '老街', 'duong sat']));
    expect(words).not.toContain('Beijing');
    expect(words).not.toContain('Haiphong');
  });
});
