// Whether a title or lead holds the query as a phrase: the check that settles a result's tier.
import { describe, expect, it } from 'vitest';
import { containsPhrase, sameWords } from '../../../src/scripts/search/phrase-check.ts';

describe('containsPhrase', () => {
  it('finds the words in a row, folded, whole words only', () => {
    expect(containsPhrase('Hai nước thúc đẩy đổi mới sáng tạo', ['doi', 'moi', 'sang', 'tao'])).toBe(true);
    expect(containsPhrase('Tranh chấp trên Biển Đông', ['bien', 'dong'])).toBe(true);
    expect(containsPhrase('Tranh chấp trên Biển Đông', ['biển', 'đông'])).toBe(true);
    // The same syllables apart, or inside longer words, are not the phrase.
    expect(containsPhrase('biên giới và đồng thời', ['bien', 'dong'])).toBe(false);
    expect(containsPhrase('Railways cooperation', ['railway', 'cooperation'])).toBe(false);
    expect(containsPhrase('a new railway cooperation committee', ['railway', 'cooperation'])).toBe(true);
  });

  it('compares Chinese without the spaces the index puts between its words', () => {
    expect(containsPhrase('中越 铁路 合作 委员会', ['铁路', '合作'])).toBe(true);
    expect(containsPhrase('中越铁路合作', ['铁路'])).toBe(true);
    expect(containsPhrase('中越 公路 合作', ['铁路'])).toBe(false);
  });
});

describe('sameWords', () => {
  it('is true only for a title that is the query and nothing more', () => {
    expect(sameWords('Railway cooperation.', ['railway', 'cooperation'])).toBe(true);
    expect(sameWords('Railway cooperation committee holds first meeting', ['railway', 'cooperation'])).toBe(false);
    expect(sameWords('Biển Đông', ['bien', 'dong'])).toBe(true);
  });
});
