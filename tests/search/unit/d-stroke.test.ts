// Phrases typed without đ are also tried with đ, where a Vietnamese word could begin with it.
import { describe, expect, it } from 'vitest';
import { dStrokeVariants } from '../../../src/scripts/search/d-stroke.ts';

describe('đ spellings of a query', () => {
  it('tries đ for each word-initial d, keeping case and the rest of the query', () => {
    expect(dStrokeVariants('Bien Dong')).toEqual(['Bien Đong']);
    expect(dStrokeVariants('duong Dong')).toEqual(['đuong Dong', 'duong Đong', 'đuong Đong']);
  });

  it('leaves d inside a word, đ already typed, and queries without d alone', () => {
    expect(dStrokeVariants('Hà Nội')).toEqual([]);
    expect(dStrokeVariants('Biển Đông')).toEqual([]);
    expect(dStrokeVariants('Lạng Sơn Hodder')).toEqual([]);
  });

  it('tries only the all-đ spelling when many words start with d', () => {
    expect(dStrokeVariants('dan dau doan dong')).toEqual(['đan đau đoan đong']);
  });
});
