// The searches the empty search page offers: a person, a place and a subject the articles name, one per language.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PEOPLE_FILE } from '../../../src/corpus/context.ts';
import { loadGlossary } from '../../../src/corpus/glossary-matching.ts';
import { loadPeople } from '../../../src/corpus/people-mentions.ts';
import type { LanguageCode } from '../../../src/corpus/types.ts';
import { nameToken } from '../../../src/search/name-token.ts';
import { searchExamples } from '../../../src/search/search-examples.ts';

const people = loadPeople(DEFAULT_PEOPLE_FILE);
const glossary = loadGlossary(new URL('../../../src/data/glossary.yaml', import.meta.url).pathname);

function article(languages: LanguageCode[], persons: string[], places: string[]) {
  return {
    languages,
    people: persons.map((slug) => ({ slug, name: slug })),
    searchAliases: places.map((slug) => nameToken('glossary', slug)),
  };
}

describe('example searches', () => {
  it('names a person, a place and a subject some article has, in the languages present, names on most pages last', () => {
    // Tô Lâm and Vietnam are in both articles; Xi Jinping, Lao Cai and the railway only in the second.
    const examples = searchExamples(
      [article(['en'], ['to-lam'], ['vietnam']), article(['vi', 'en'], ['to-lam', 'xi-jinping'], ['vietnam', 'lao-cai', 'railway'])],
      people,
      glossary,
      'en',
    );
    // people.yaml: xi-jinping vi "Tập Cận Bình"; glossary.yaml: lao-cai en "Lao Cai", railway vi "đường sắt".
    expect(examples).toEqual([
      { text: 'Tập Cận Bình', lang: 'vi' },
      { text: 'Lao Cai', lang: 'en' },
      { text: 'đường sắt', lang: 'vi' },
    ]);
  });

  // An article in each language: Tô Lâm in two of them, Xi Jinping, Hanoi and railway in one.
  const fourLanguages = [
    article(['vi'], ['to-lam', 'xi-jinping'], ['hanoi']),
    article(['zh'], ['to-lam'], ['railway']),
    article(['fr'], [], []),
    article(['en'], [], []),
  ];

  it('gives one example per language when there are more languages than kinds, a kind met again offering its next name', () => {
    const examples = searchExamples(fourLanguages, people, glossary, 'en');
    // Tô Lâm is in two articles, Xi Jinping in one: Tô Lâm first (vi), then Hanoi (zh), railway (fr), Xi Jinping (en).
    expect(examples).toEqual([
      { text: 'Tô Lâm', lang: 'vi' },
      { text: '河内', lang: 'zh' },
      { text: 'chemin de fer', lang: 'fr' },
      { text: 'Xi Jinping', lang: 'en' },
    ]);
  });

  it('keeps the reader’s own language for last: a Vietnamese page starts from Chinese, French and English', () => {
    const examples = searchExamples(fourLanguages, people, glossary, 'vi');
    // The same turns as above over the languages zh, fr, en, vi: 苏林, Hanoi in French, railway in English, Tập Cận Bình.
    expect(examples).toEqual([
      { text: '苏林', lang: 'zh' },
      { text: 'Hanoï', lang: 'fr' },
      { text: 'railway', lang: 'en' },
      { text: 'Tập Cận Bình', lang: 'vi' },
    ]);
  });

  it('offers the reader’s language even when no article is written in it', () => {
    const examples = searchExamples([article(['vi'], ['to-lam'], ['hanoi']), article(['en'], [], [])], people, glossary, 'zh');
    // Languages vi, en, then zh; kinds person (Tô Lâm), place (Hanoi), then the person again in Chinese.
    expect(examples).toEqual([
      { text: 'Tô Lâm', lang: 'vi' },
      { text: 'Hanoi', lang: 'en' },
      { text: '苏林', lang: 'zh' },
    ]);
  });

  it('offers a name on most pages only when nothing else is named, the least named first', () => {
    // Three articles: Tô Lâm in all three, Xi Jinping in two; both are on more than half of them.
    const examples = searchExamples(
      [article(['en'], ['to-lam', 'xi-jinping'], []), article(['en'], ['to-lam', 'xi-jinping'], []), article(['en'], ['to-lam'], [])],
      people,
      glossary,
      'en',
    );
    expect(examples).toEqual([{ text: 'Xi Jinping', lang: 'en' }]);
  });

  it('offers nothing for a corpus that names no one and nothing', () => {
    expect(searchExamples([article(['en'], [], [])], people, glossary, 'en')).toEqual([]);
    expect(searchExamples([], people, glossary, 'en')).toEqual([]);
  });
});
