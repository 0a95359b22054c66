// Which spans of an article's text a query marks: phrases and people's other spellings first, never a lone "to".
import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../../src/scripts/search/excerpt.ts';
import { findMatches, matchedSpellings } from '../../../src/scripts/search/find-matches.ts';
import { planHighlight } from '../../../src/scripts/search/highlight-plan.ts';
import { searchPageData } from '../../../src/search/search-page-data.ts';
import { DEFAULT_PEOPLE_FILE } from '../../../src/corpus/context.ts';
import { loadPeople } from '../../../src/corpus/people-mentions.ts';
import { loadGlossary } from '../../../src/corpus/glossary-matching.ts';

const people = loadPeople(DEFAULT_PEOPLE_FILE);
const glossary = loadGlossary(new URL('../../../src/data/glossary.yaml', import.meta.url).pathname);

const mentioned = (slug: string) => ({ slug, name: slug, evidence: [] });
const spellings = searchPageData(
  [
    {
      topics: [],
      languages: ['en'],
      date: { year: null, month: null, day: null, precision: 'unknown', iso: null },
      people: [mentioned('xi-jinping'), mentioned('to-lam')],
    },
  ],
  people,
  glossary,
  { lang: 'en', nameOf: (_key, value) => ({ text: value, lang: 'en' }) },
).aliases;

function marked(query: string, text: string): string[] {
  return matchedSpellings(text, findMatches(text, planHighlight(query, spellings)));
}

describe('marking matches', () => {
  it('marks a phrase through accents and đ', () => {
    expect(marked('Bien Dong', 'Tuyên bố về Ứng xử của các Bên ở Biển Đông (DOC)')).toEqual(['Biển Đông']);
  });

  it('marks the spelling the text uses for the person the query names', () => {
    expect(marked('Xi Jinping', 'dưới sự lãnh đạo của đồng chí Tập Cận Bình')).toEqual(['Tập Cận Bình']);
    expect(marked('苏林', 'General Secretary To Lam held talks')).toEqual(['To Lam']);
    expect(marked('Tô Lâm', '国家主席习近平在河内同越共中央总书记苏林举行会谈')).toEqual(['苏林']);
  });

  it('marks the form the text uses for the place or term the query names', () => {
    expect(marked('Beijing', 'chuyến thăm Trung Quốc vào chiều ngày 3/2 ở Bắc Kinh')).toEqual(['Bắc Kinh']);
    expect(marked('South China Sea', 'hai bên kiểm soát tốt bất đồng trên Biển Đông')).toEqual(['Biển Đông']);
    expect(marked('railway', '双方同意加快中越跨境铁路建设')).toEqual(['铁路']);
    expect(marked('Haiphong', 'the Lao Cai - Hanoi - Hai Phong line')).toEqual(['Hai Phong']);
  });

  it('does not mark a lone short word of a longer query', () => {
    expect(marked('To Lam', 'He went to the market')).toEqual([]);
  });

  it('marks Chinese words inside running text, the whole query when present', () => {
    expect(marked('铁路', '推进老街—河内—海防标准轨铁路项目')).toEqual(['铁路']);
  });

  it('builds an excerpt around the match, with ellipses where text was cut', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}The sea is called Biển Đông in Vietnamese. ${'More words here. '.repeat(20)}`;
    const excerpt = buildExcerpt(text, findMatches(text, planHighlight('Bien Dong', spellings)));
    expect(excerpt.clippedStart).toBe(true);
    expect(excerpt.clippedEnd).toBe(true);
    expect(excerpt.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Biển Đông']);
  });
});
