// The count beside each filter choice: what choosing it would give, the other chosen filters kept.
import { describe, expect, it } from 'vitest';
import type { FilterValues } from '../../../src/search/filter-values-file.ts';
import { countFilters } from '../../../src/scripts/search/filter-counts.ts';

// a: railway, en, Xi Jinping, 2025 · b: economy + railway, fr, 2025 · c: economy, en, 2024 · d: railway, en, Xi Jinping, 2024
// Rows in index order; the search page maps each result id to its row from the index's own listing.
const positions = new Map([
  ['a', 0],
  ['b', 1],
  ['c', 2],
  ['d', 3],
]);
const table: FilterValues = {
  filters: {
    topic: { values: ['economy', 'railway'], pages: [[1], [0, 1], [0], [1]] },
    lang: { values: ['en', 'fr'], pages: [[0], [1], [0], [0]] },
    person: { values: ['xi-jinping'], pages: [[0], [], [], [0]] },
    year: { values: ['2024', '2025'], pages: [[1], [1], [0], [0]] },
  },
};

describe('countFilters', () => {
  it('counts each value over the results when nothing is chosen; ids not in the file count for nothing', () => {
    expect(countFilters(table, positions, ['a', 'b', 'c', 'gone'], {})).toEqual({
      topic: { railway: 2, economy: 2 },
      lang: { en: 2, fr: 1 },
      person: { 'xi-jinping': 1 },
      year: { '2025': 2, '2024': 1 },
    });
  });

  it('counts a chosen filter without its own choice, the others within it', () => {
    expect(countFilters(table, positions, ['a', 'b', 'c', 'd'], { lang: 'en' })).toEqual({
      topic: { railway: 2, economy: 1 },
      lang: { en: 3, fr: 1 },
      person: { 'xi-jinping': 2 },
      year: { '2025': 1, '2024': 2 },
    });
  });

  it('keeps every other chosen filter: with English and 2025 chosen', () => {
    expect(countFilters(table, positions, ['a', 'b', 'c', 'd'], { lang: 'en', year: '2025' })).toEqual({
      topic: { railway: 1 },
      lang: { en: 1, fr: 1 },
      person: { 'xi-jinping': 1 },
      year: { '2025': 1, '2024': 2 },
    });
  });

  it('a chosen value no page has leaves only that filter’s own choices counted', () => {
    expect(countFilters(table, positions, ['a', 'b', 'c', 'd'], { lang: 'zh' })).toEqual({
      topic: {},
      lang: { en: 3, fr: 1 },
      person: {},
      year: {},
    });
  });
});
