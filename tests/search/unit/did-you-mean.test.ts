// "Did you mean": a query word that matched nothing becomes the nearest word of the index's vocabulary (fewest edits,
// then most pages), or a known name when the words around it spell one; the vocabulary is fetched once, when needed.
import { describe, expect, it } from 'vitest';
import { maxEdits, nearestWord, suggestQuery, vocabularyFromFile, type Vocabulary } from '../../../src/scripts/search/did-you-mean.ts';
import { boundedEditDistance } from '../../../src/search/edit-distance.ts';

/** Whole numbers below `n`, the same on every run (a 32-bit linear congruential generator). */
function seededRandom(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 8) % n;
  };
}

/** A vocabulary from `[shown spelling, pages]` pairs, as the index step writes it. */
function vocabulary(entries: readonly [string, number][]): Vocabulary {
  return vocabularyFromFile({ words: entries.map(([w]) => w), pages: entries.map(([, p]) => p) });
}

const english = vocabulary([
  ['semiconductor', 40],
  ['semiconductors', 25],
  ['conductor', 3],
  ['exports', 60],
  ['rail', 30],
  ['railway', 80],
  ['road', 50],
  ['the', 900],
]);

describe('boundedEditDistance', () => {
  /** Optimal string alignment distance over the whole table, to check the banded, bounded one against. */
  function fullDistance(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const row = d[i]!;
        row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  }

  it('counts an insertion, a deletion, a replacement and a swap of neighbours as one edit each', () => {
    expect(boundedEditDistance('railway', 'railways', 3)).toBe(1);
    expect(boundedEditDistance('railway', 'rilway', 3)).toBe(1);
    expect(boundedEditDistance('railway', 'railwey', 3)).toBe(1);
    expect(boundedEditDistance('railway', 'raliway', 3)).toBe(1);
    expect(boundedEditDistance('teh', 'the', 1)).toBe(1);
    expect(boundedEditDistance('same', 'same', 0)).toBe(0);
    // Optimal string alignment edits no letter twice: `ca` → `abc` is three edits, not a swap then an insertion.
    expect(boundedEditDistance('ca', 'abc', 3)).toBe(3);
  });

  it('answers max + 1 for anything further than max', () => {
    expect(boundedEditDistance('railway', 'road', 2)).toBe(3);
    expect(boundedEditDistance('semiconductor', 'sem', 3)).toBe(4);
    expect(boundedEditDistance('abcdef', 'badcfe', 2)).toBe(3);
    expect(boundedEditDistance('', 'ab', 1)).toBe(2);
  });

  it('agrees with the whole-table distance on random words', () => {
    const random = seededRandom(7);
    const word = (): string => Array.from({ length: random(9) }, () => 'abcd'[random(4)]).join('');
    for (let k = 0; k < 3000; k++) {
      const [a, b, max] = [word(), word(), random(4)];
      expect(boundedEditDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(fullDistance(a, b), max + 1));
    }
  });
});

describe('maxEdits', () => {
  it('allows one edit up to 4 letters, two up to 8, three beyond', () => {
    expect([2, 4, 5, 8, 9, 13].map(maxEdits)).toEqual([1, 1, 2, 2, 3, 3]);
  });
});

describe('vocabularyFromFile', () => {
  it('folds each shown word and groups the words by length', () => {
    const v = vocabulary([
      ['Biển', 3],
      ['đường', 5],
      ['rail', 2],
    ]);
    expect(v.words).toEqual(['bien', 'duong', 'rail']);
    expect(v.displays).toEqual(['Biển', 'đường', 'rail']);
    expect(v.byLength[4]).toEqual([0, 2]);
    expect(v.byLength[5]).toEqual([1]);
  });

  it('refuses a file whose arrays disagree', () => {
    expect(() => vocabularyFromFile({ words: ['rail'], pages: [] })).toThrow(/vocabulary\.json/);
  });
});

describe('nearestWord', () => {
  it('never suggests the word itself, even when the vocabulary holds it', () => {
    const v = vocabulary([
      ['tapp', 1],
      ['tập', 50],
    ]);
    expect(v.displays[nearestWord('tapp', v)!]).toBe('tập');
  });

  it('skips Chinese, which the vocabulary never holds', () => {
    expect(nearestWord('铁路', vocabulary([['ab', 1]]))).toBeUndefined();
  });
});

describe('suggestQuery', () => {
  it('corrects a misspelt word to the nearest word of the index', () => {
    expect(suggestQuery('semiconducter', ['semiconducter'], english, [])).toBe('semiconductor');
  });

  it('leaves the words the index holds as the reader typed them', () => {
    expect(suggestQuery('SEMICONDUCTER Exports!', ['semiconducter'], english, [])).toBe('semiconductor Exports!');
  });

  it('answers null when no word that matched nothing has a word near enough', () => {
    expect(suggestQuery('xylophone', ['xylophone'], english, [])).toBeNull();
    // Four letters allow one edit: `rxyd` is two from `road`.
    expect(suggestQuery('rxyd', ['rxyd'], english, [])).toBeNull();
    expect(suggestQuery('railway', [], english, [])).toBeNull();
  });

  it('counts two neighbouring letters swapped as one edit', () => {
    // Four letters allow one edit; without swaps `rial` would be two from `rail`.
    expect(suggestQuery('rial', ['rial'], english, [])).toBe('rail');
  });

  it('prefers, between words as near, the word on more pages', () => {
    const v = vocabulary([
      ['trên', 3],
      ['trạm', 40],
      ['trung', 900],
    ]);
    // trên and trạm are one edit from `tran`, trạm on more pages; trung, on the most pages, is two edits away.
    expect(suggestQuery('tran', ['tran'], v, [])).toBe('trạm');
  });

  it('prefers fewer edits to more pages', () => {
    const v = vocabulary([
      ['railway', 5],
      ['rails', 900],
    ]);
    // Six letters allow two edits: `rails` is two from `railwy`, on far more pages, but `railway` is one.
    expect(suggestQuery('railwy', ['railwy'], v, [])).toBe('railway');
  });

  it('folds accents and đ in the query, and shows the word as the articles write it', () => {
    const v = vocabulary([
      ['đường', 120],
      ['sắt', 90],
      ['tàu', 70],
      ['dòng', 15],
    ]);
    expect(suggestQuery('Tàu đuongg sắt', ['duongg'], v, [])).toBe('Tàu đường sắt');
    expect(suggestQuery('Tàu đuongg sắt', ['đuongg'], v, [])).toBe('Tàu đường sắt');
    expect(suggestQuery('Tàu duờng sắtt', ['satt'], v, [])).toBe('Tàu duờng sắt');
  });

  it('returns a known name when the query spells it but for a misspelt word', () => {
    const v = vocabulary([
      ['tập', 60],
      ['cận', 40],
      ['bình', 35],
      ['biển', 300],
      ['tin', 500],
      ['bán', 200],
    ]);
    const phrases = ['Tô Lâm', 'Tập Cận Bình', 'Biển Đông'];
    expect(suggestQuery('Tap Can Bin', ['bin'], v, phrases)).toBe('Tập Cận Bình');
    // Word by word, `bin` is nearest to the commonest word one edit away.
    expect(suggestQuery('Tap Can Bin', ['bin'], v, [])).toBe('Tap Can tin');
    // Within a longer query, only the name's words are replaced.
    expect(suggestQuery('gặp Tap Can Bin hôm nay', ['bin'], v, phrases)).toBe('gặp Tập Cận Bình hôm nay');
    // A known word that is not the name's word does not spell it.
    expect(suggestQuery('Tap Con Bin', ['bin'], v, phrases)).toBe('Tap Con tin');
  });

  it('prefers the phrase fewest edits away, then the longest', () => {
    const v = vocabulary([['sea', 10]]);
    const phrases = ['China Sea', 'south china', 'South China Sea', 'South Chin Sea'];
    // One edit (a swap) from South China Sea and from south china, two from South Chin Sea.
    expect(suggestQuery('South Chnia Sea', ['chnia'], v, phrases)).toBe('South China Sea');
    expect(suggestQuery('South Chn Sea', ['chn'], v, phrases)).toBe('South Chin Sea');
    expect(suggestQuery('the Chnia Sea', ['chnia'], v, phrases)).toBe('the China Sea');
  });
});
