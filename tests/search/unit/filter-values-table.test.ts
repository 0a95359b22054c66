// The filter values file the index step writes beside the index: each page's values, read from the article list, by
// the page's position in the index; compact, and the same bytes for the same articles.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterValues, writeFilterValues } from '../../../src/indexing/filter-values-table.ts';
import type { IndexedArticle } from '../../../src/indexing/index-order.ts';
import { FILTER_VALUES_FILE } from '../../../src/search/filter-values-file.ts';

// In index order: newest first.
const articles: IndexedArticle[] = [
  { slug: 'b', datePartial: '2025-04', languages: ['fr'], topics: [{ slug: 'railway' }, { slug: 'economy' }], people: [] },
  { slug: 'a', datePartial: '2025', languages: ['en'], topics: [{ slug: 'railway' }], people: [{ slug: 'xi-jinping' }] },
  { slug: 'c', datePartial: '--04-14', languages: ['en', 'zh'], topics: [], people: [] },
];

describe('filterValues', () => {
  it('keeps the pages in index order, each filter’s values sorted, and per page the indexes of its values', () => {
    expect(filterValues(articles)).toEqual({
      filters: {
        topic: { values: ['economy', 'railway'], pages: [[0, 1], [1], []] },
        lang: { values: ['en', 'fr', 'zh'], pages: [[1], [0], [0, 2]] },
        person: { values: ['xi-jinping'], pages: [[], [0], []] },
        // A day and month without a year gives no year to filter by.
        year: { values: ['2025'], pages: [[0], [0], []] },
      },
    });
  });

  it('writes the same bytes for the same articles', () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'filter-values-')), mkdtempSync(join(tmpdir(), 'filter-values-'))];
    try {
      writeFilterValues(dirs[0]!, articles);
      writeFilterValues(dirs[1]!, structuredClone(articles));
      const [first, second] = dirs.map((d) => readFileSync(join(d, FILTER_VALUES_FILE), 'utf8'));
      expect(first).toBe(second);
      expect(first).toBe(
        '{"filters":{"topic":{"values":["economy","railway"],"pages":[[0,1],[1],[]]},' +
          '"lang":{"values":["en","fr","zh"],"pages":[[1],[0],[0,2]]},"person":{"values":["xi-jinping"],"pages":[[],[0],[]]},' +
          '"year":{"values":["2025"],"pages":[[0],[0],[]]}}}',
      );
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });
});
