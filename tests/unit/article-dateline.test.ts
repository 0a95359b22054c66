// The publication date under the headline, and what an article's source URL may add to it.
import { describe, expect, it } from 'vitest';
import { completeFromSourceUrl, findArticleDateline } from '../../src/corpus/article-dateline.ts';
import { UNKNOWN_DATE } from '../../src/corpus/partial-date-text.ts';
import type { PartialDate } from '../../src/corpus/types.ts';

const monthDay = (month: number, day: number): PartialDate => ({ year: null, month, day, precision: 'month-day', iso: null });
const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 3 }));

describe('findArticleDateline', () => {
  it('takes a labelled dateline and keeps it out of the body', () => {
    const found = findArticleDateline(
      lines('Publié le 20/10/2023 09:28', 'Le ministère a publié mardi un rapport sur la sécurité des trains de nuit.'),
    );
    expect(found).toMatchObject({ line: 3, standsAlone: true, date: { iso: '2023-10-20' } });
  });

  it('takes a date opening the lead, and leaves the lead in the body', () => {
    const found = findArticleDateline(lines('Ngày 11-5, đoàn đại biểu tỉnh Lào Cai đã sang Vân Nam dự hội chợ thương mại biên giới.'));
    expect(found).toMatchObject({ line: 3, standsAlone: false, date: { month: 5, day: 11, year: null } });
  });

  it('never takes a date from running text', () => {
    expect(findArticleDateline(lines('The two countries set up diplomatic ties on 18 January 1950 and have met often since.'))).toBeNull();
  });
});

describe('completeFromSourceUrl', () => {
  const url = 'https://example.vn/thoi-su/2025/04/14/cho-bien-gioi.html';

  it('gives the year when the text states the same day and month without one', () => {
    expect(completeFromSourceUrl(monthDay(4, 14), url)).toMatchObject({ year: 2025, month: 4, day: 14, iso: '2025-04-14' });
  });

  it('gives the full date when the text states none', () => {
    expect(completeFromSourceUrl(UNKNOWN_DATE, url)?.iso).toBe('2025-04-14');
  });

  it('adds nothing when the day and month differ, the text has its year, or the URL has no full date', () => {
    expect(completeFromSourceUrl(monthDay(4, 15), url)).toBeNull();
    expect(completeFromSourceUrl({ year: 2024, month: 4, day: 14, precision: 'day', iso: '2024-04-14' }, url)).toBeNull();
    expect(completeFromSourceUrl(monthDay(4, 14), 'https://example.vn/thoi-su/2025/04/cho-bien-gioi-123456.html')).toBeNull();
    expect(completeFromSourceUrl(monthDay(4, 14), null)).toBeNull();
  });
});
