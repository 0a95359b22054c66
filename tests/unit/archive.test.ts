// The archive's parts and their pages: years month by month (a month split across pages says so), then the articles
// without a year, then the undated; the URLs of each part's pages.
import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../src/corpus/types.ts';
import { translator } from '../../src/i18n/translate.ts';
import { archiveParts, groupForArchive, monthAnchor, monthsOnPage } from '../../src/site/archive.ts';
import { archivePartPageUrl } from '../../src/site/urls.ts';

const on = (id: string, year: number | null, month: number | null, day: number | null = null) => ({
  id,
  date: { year, month, day, precision: 'unknown', iso: null } as unknown as PartialDate,
});

// Already in reading order (newest first), as the site hands them over.
const articles = [
  on('a', 2025, 4, 20),
  on('b', 2025, 4, 2),
  on('c', 2025, 4, 1),
  on('d', 2025, 1, 9),
  on('e', 2025, null),
  on('f', 2023, 12, 31),
  on('g', null, 3, 14),
  on('h', null, null),
];

describe('archiveParts', () => {
  const parts = archiveParts(groupForArchive(articles), translator('en'));

  it('has a part per year, newest first, then "Year not stated", then "Undated"', () => {
    expect(parts.map((p) => [p.key, p.label, p.articles.map((a) => a.id)])).toEqual([
      ['2025', '2025', ['a', 'b', 'c', 'd', 'e']],
      ['2023', '2023', ['f']],
      ['year-not-stated', 'Year not stated', ['g']],
      ['undated', 'Undated', ['h']],
    ]);
    expect(parts[2]!.note).toMatch(/day and month but not the year/);
    expect(parts[3]!.note).toMatch(/no date/);
  });

  it('knows where each month of a year starts, "month not stated" last', () => {
    expect(parts[0]!.months.map((m) => [m.month, m.label, m.count, m.start])).toEqual([
      [4, 'April', 3, 0],
      [1, 'January', 1, 3],
      [null, 'Month not stated', 1, 4],
    ]);
    expect(monthAnchor('2025', 4)).toBe('month-2025-04');
    expect(monthAnchor('2025', null)).toBe('month-2025-not-stated');
  });

  it('gives each page of a year its months; a month begun on an earlier page is marked as continued', () => {
    const year = parts[0]!;
    const page = (from: number) => monthsOnPage(year, from, 2).map((m) => [m.label, m.continued, m.articles.map((a) => a.id)]);
    expect(page(0)).toEqual([['April', false, ['a', 'b']]]);
    expect(page(2)).toEqual([
      ['April', true, ['c']],
      ['January', false, ['d']],
    ]);
    expect(page(4)).toEqual([['Month not stated', false, ['e']]]);
  });

  it('names the parts, months and month headings as each interface language writes them', () => {
    const named = (lang: 'vi' | 'fr' | 'zh') => {
      const [year, , notStated, undated] = archiveParts(groupForArchive(articles), translator(lang));
      return [year!.months.map((m) => [m.label, m.heading]), notStated!.label, undated!.label];
    };
    expect(named('vi')).toEqual([
      [
        ['Tháng 4', 'Tháng 4 năm 2025'],
        ['Tháng 1', 'Tháng 1 năm 2025'],
        ['Không rõ tháng', 'Năm 2025, không rõ tháng'],
      ],
      'Không rõ năm',
      'Không rõ ngày',
    ]);
    expect(named('fr')).toEqual([
      [
        ['Avril', 'Avril 2025'],
        ['Janvier', 'Janvier 2025'],
        ['Mois non précisé', '2025, mois non précisé'],
      ],
      'Année non précisée',
      'Sans date',
    ]);
    expect(named('zh')[0]).toEqual([
      ['4月', '2025年4月'],
      ['1月', '2025年1月'],
      ['月份不详', '2025，月份不详'],
    ]);
  });

  it('leaves out the parts that would be empty', () => {
    expect(archiveParts(groupForArchive([on('x', 2024, 5)]), translator('en')).map((p) => p.key)).toEqual(['2024']);
    expect(archiveParts(groupForArchive([]), translator('en'))).toEqual([]);
  });
});

describe('archivePartPageUrl', () => {
  it('keeps page 1 at the part URL and numbers the rest', () => {
    expect(archivePartPageUrl('2025')).toBe('/archive/2025/');
    expect(archivePartPageUrl('undated', 1)).toBe('/archive/undated/');
    expect(archivePartPageUrl('year-not-stated', 3)).toBe('/archive/year-not-stated/page/3/');
  });
});
