import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/corpus/frontmatter.ts';
import { partialDateFromText, partialDateOrUnknown, partialDateToIso, partialDateToText } from '../../src/corpus/partial-date-text.ts';
import { translator } from '../../src/i18n/translate.ts';

/** The date label a reader sees for a frontmatter `date:` line, or null when the file is refused. */
function pinnedDateLabel(line: string): string | null {
  const split = splitFrontmatter('a.txt', `---\n${line}\n---\nHanoi and Beijing sign a rail deal.\n`);
  return split.errors.length === 0 && split.overrides.date ? translator('en').date(split.overrides.date) : null;
}

describe('the text form of a partial date', () => {
  it('reads each precision a page or an editor writes', () => {
    expect(partialDateFromText('2025-04-14')).toEqual({ year: 2025, month: 4, day: 14, precision: 'day', iso: '2025-04-14' });
    expect(partialDateFromText('2025-04')).toEqual({ year: 2025, month: 4, day: null, precision: 'month', iso: null });
    expect(partialDateFromText('2025')).toEqual({ year: 2025, month: null, day: null, precision: 'year', iso: null });
    expect(partialDateFromText('04-14')).toEqual({ year: null, month: 4, day: 14, precision: 'month-day', iso: null });
    expect(partialDateFromText('--04-14')).toEqual({ year: null, month: 4, day: 14, precision: 'month-day', iso: null });
  });

  it('writes back the text it read, the yearless form without the leading dashes', () => {
    for (const text of ['2025-04-14', '2025-04', '2025', '04-14']) expect(partialDateToText(partialDateFromText(text)!)).toBe(text);
    expect(partialDateToText(partialDateFromText('--04-14')!)).toBe('04-14');
  });

  it('publishes a yearless date in ISO 8601 form, with the leading dashes, and the others as written', () => {
    expect(partialDateToIso({ year: null, month: 4, day: 14, precision: 'month-day', iso: null })).toBe('--04-14');
    expect(partialDateToIso({ year: 2025, month: 4, day: null, precision: 'month', iso: null })).toBe('2025-04');
    expect(partialDateToIso({ year: null, month: null, day: null, precision: 'unknown', iso: null })).toBeNull();
  });

  it('refuses days and months that do not exist, and anything else', () => {
    for (const text of ['2025-02-29', '2025-04-31', '2025-13', '02-30', '14-04', '14/04/2025', 'April 2025', '']) {
      expect(partialDateFromText(text), text).toBeNull();
    }
    expect(partialDateFromText('02-29')?.precision).toBe('month-day');
  });

  it('reads an undated page as a date unknown', () => {
    expect(translator('en').date(partialDateOrUnknown(undefined))).toBe('Date not stated');
    expect(partialDateToText(partialDateOrUnknown(undefined))).toBeNull();
  });

  it('lets an editor pin a yearless date in either form the site writes', () => {
    expect(pinnedDateLabel('date: --04-14')).toBe('14 April (year\u00a0not\u00a0stated)');
    expect(pinnedDateLabel('date: 04-14')).toBe('14 April (year\u00a0not\u00a0stated)');
    expect(pinnedDateLabel('date: 2025-04-14')).toBe('14 April 2025');
    expect(pinnedDateLabel('date: 2025-02-30')).toBeNull();
  });
});
