import { describe, expect, it } from 'vitest';
import { compilePeopleMatcher, parsePeople } from '../../src/corpus/people-mentions.ts';
import { foldText } from '../../src/corpus/text-fold.ts';
import { namedIn } from '../../src/scripts/search/aliases-in-query.ts';

describe('folding text for matching', () => {
  it('drops case and every diacritic, tone marks and letter marks alike', () => {
    expect(foldText('Biển Đông')).toBe('bien dong');
    expect(foldText('Tập Cận Bình')).toBe('tap can binh');
    expect(foldText('Élysée')).toBe('elysee');
  });

  it('folds text written decomposed (NFD) as it folds the composed text', () => {
    expect(foldText('Nguyễn Phú Trọng'.normalize('NFD'))).toBe('nguyen phu trong');
  });

  it('writes letters Unicode does not decompose as the plain letters a reader types', () => {
    expect(foldText('Œuvre')).toBe('oeuvre');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Bjørn Łukasz Ægir')).toBe('bjorn lukasz aegir');
    expect(foldText('Đà Nẵng')).toBe('da nang');
  });

  it('leaves Chinese as it is', () => {
    expect(foldText('习近平会见苏林')).toBe('习近平会见苏林');
  });
});

describe('the corpus and the search page fold a name the same way', () => {
  const yaml = 'people:\n  - slug: bjorn-lomborg\n    names:\n      en: Bjørn Lomborg\n    aliases: [Bjørn Lomborg]\n';
  const people = parsePeople(yaml, 'people.yaml');

  it('an article that writes the name without its ø is tagged with the person', () => {
    const refs = compilePeopleMatcher(people)('Bjorn Lomborg spoke in Hanoi on Monday.');
    expect(refs.map((r) => r.slug)).toEqual(['bjorn-lomborg']);
  });

  it('a query that types the name without its ø names the person', () => {
    const groups = [{ slug: 'bjorn-lomborg', spellings: ['Bjørn Lomborg'], token: 'p-bjorn-lomborg' }];
    expect(namedIn('Bjorn Lomborg', groups).map((g) => g.slug)).toEqual(['bjorn-lomborg']);
  });
});
