// The filter values file the index step writes beside the index: each page's values by Pagefind result id, compact and
// the same bytes for the same pages in any order.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterValues, writeFilterValues } from '../../../src/build/filter-values.ts';
import { FILTER_VALUES_FILE } from '../../../src/search/filter-values.ts';

const pages = [
  { id: 'und_b2', filters: { topic: ['railway', 'economy'], lang: ['fr'], year: ['2025'], 'title-lang': ['fr'] } },
  { id: 'und_a1', filters: { topic: ['railway'], lang: ['en'], person: ['xi-jinping'], year: ['2025'] } },
  { id: 'und_c3', filters: { lang: ['en'] } },
];

describe('filterValues', () => {
  it('lists ids sorted, each filter’s values sorted, and per page the indexes of its values', () => {
    expect(filterValues(pages)).toEqual({
      ids: ['und_a1', 'und_b2', 'und_c3'],
      filters: {
        topic: { values: ['economy', 'railway'], pages: [[1], [0, 1], []] },
        lang: { values: ['en', 'fr'], pages: [[0], [1], [0]] },
        person: { values: ['xi-jinping'], pages: [[0], [], []] },
        year: { values: ['2025'], pages: [[0], [0], []] },
      },
    });
  });

  it('writes the same bytes whatever order the pages come in', () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'filter-values-')), mkdtempSync(join(tmpdir(), 'filter-values-'))];
    try {
      writeFilterValues(dirs[0]!, pages);
      writeFilterValues(dirs[1]!, [...pages].reverse());
      const [first, second] = dirs.map((d) => readFileSync(join(d, FILTER_VALUES_FILE), 'utf8'));
      expect(first).toBe(second);
      expect(first).toBe(
        '{"ids":["und_a1","und_b2","und_c3"],"filters":{"topic":{"values":["economy","railway"],"pages":[[1],[0,1],[]]},' +
          '"lang":{"values":["en","fr"],"pages":[[0],[1],[0]]},"person":{"values":["xi-jinping"],"pages":[[0],[],[]]},' +
          '"year":{"values":["2025"],"pages":[[0],[0],[]]}}}',
      );
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });
});
