// The results surely in the phrase-or-person tier: only what Pagefind's quoted search or person filter would also find,
// so the first page is never shown in an order the tier searches would change.
import { describe, expect, it } from 'vitest';
import type { PagefindFragment, PagefindResult } from '../../../src/scripts/search/pagefind-api.ts';
import { hasPhrase, mayHoldPhrase, plainPhrase, surelyStrong } from '../../../src/scripts/search/top-tier.ts';

function fragment(content: string, people: string[] = []): PagefindFragment {
  return { url: '/a/', raw_url: '/a/', content, word_count: 0, meta: {}, filters: { person: people } };
}

function result(words: number[]): PagefindResult {
  return { id: 'x', score: 1, words, data: () => Promise.reject(new Error('not loaded')) };
}

describe('plainPhrase', () => {
  it('folds a query of several words as Pagefind compares them: case and accents off, đ kept', () => {
    expect(plainPhrase('Đường  Sắt')).toBe('đuong sat');
    expect(plainPhrase('To Lam')).toBe('to lam');
  });

  it('leaves single words, Chinese and punctuation to Pagefind', () => {
    expect(plainPhrase('railway')).toBeNull();
    expect(plainPhrase('铁路 合作')).toBeNull();
    expect(plainPhrase('Xi Jin-ping')).toBeNull();
  });
});

describe('hasPhrase', () => {
  it('finds the words in a row, whole, with any accents and case', () => {
    expect(hasPhrase('Tuyến đường sắt Lào Cai', 'đuong sat')).toBe(true);
    expect(hasPhrase('Tuyến Đường Sắt.', 'đuong sat')).toBe(true);
    expect(hasPhrase('Tô Lâm met Xi', 'to lam')).toBe(true);
  });

  it('does not find them apart, reversed, inside longer words, or with đ read as d', () => {
    expect(hasPhrase('đường và sắt', 'đuong sat')).toBe(false);
    expect(hasPhrase('sắt đường', 'đuong sat')).toBe(false);
    expect(hasPhrase('Tom Lamb', 'to lam')).toBe(false);
    expect(hasPhrase('Biển Đông', 'bien dong')).toBe(false);
    expect(hasPhrase('đường, sắt', 'đuong sat')).toBe(false);
  });
});

describe('mayHoldPhrase', () => {
  it('is false only when no two matched words are next to each other', () => {
    expect(mayHoldPhrase(result([3, 9, 20]))).toBe(false);
    expect(mayHoldPhrase(result([3, 9, 10]))).toBe(true);
  });
});

describe('surelyStrong', () => {
  it('takes the phrase in the text or a tag of a person searched for', () => {
    expect(surelyStrong(fragment('the railway cooperation committee'), 'railway cooperation', [])).toBe(true);
    expect(surelyStrong(fragment('Tập Cận Bình đến Hà Nội', ['xi-jinping']), 'xi jinping', ['xi-jinping'])).toBe(true);
    expect(surelyStrong(fragment('Tập Cận Bình đến Hà Nội', ['xi-jinping']), 'xi jinping', [])).toBe(false);
    expect(surelyStrong(fragment('cooperation on the railway'), 'railway cooperation', [])).toBe(false);
  });
});
