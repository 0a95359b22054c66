// Date expressions in a string: every form and language read, look-alikes left alone, offsets in the input as given.
import { describe, it, expect } from 'vitest';
import { findDate } from '../../src/corpus/date-expressions.ts';
import { UNKNOWN_DATE } from '../../src/corpus/partial-date-text.ts';
import type { DatePrecision } from '../../src/corpus/types.ts';

type Expected = [year: number | null, month: number | null, day: number | null, precision: DatePrecision, iso: string | null];

function expectDate(input: string, [year, month, day, precision, iso]: Expected, text?: string): void {
  const m = findDate(input);
  expect(m, input).not.toBeNull();
  if (!m) return;
  expect(m.date, input).toEqual({ year, month, day, precision, iso });
  // `text` is always the exact substring at `index`.
  expect(input.slice(m.index, m.index + m.text.length)).toBe(m.text);
  if (text !== undefined) expect(m.text, input).toBe(text);
}

const DAY = (y: number, mo: number, d: number): Expected => [
  y,
  mo,
  d,
  'day',
  `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
];
const MONTH_DAY = (mo: number, d: number): Expected => [null, mo, d, 'month-day', null];
const MONTH = (y: number, mo: number): Expected => [y, mo, null, 'month', null];

// [input, expected, expected text]
const TABLE: ReadonlyArray<readonly [string, Expected, string]> = [
  // English
  ['April 14, 2025', DAY(2025, 4, 14), 'April 14, 2025'],
  ['14 April 2025', DAY(2025, 4, 14), '14 April 2025'],
  ['Apr. 14, 2025', DAY(2025, 4, 14), 'Apr. 14, 2025'],
  ['APRIL 14, 2025', DAY(2025, 4, 14), 'APRIL 14, 2025'],
  ['April 14th, 2025', DAY(2025, 4, 14), 'April 14th, 2025'],
  ['Sept. 9, 2025', DAY(2025, 9, 9), 'Sept. 9, 2025'],
  ['February 29, 2024', DAY(2024, 2, 29), 'February 29, 2024'],
  ['April 14', MONTH_DAY(4, 14), 'April 14'],
  ['On the afternoon of April 14, at the Party', MONTH_DAY(4, 14), 'April 14'],
  ['Monday, April 14, 2025', DAY(2025, 4, 14), 'Monday, April 14, 2025'],
  ['the 14th of April', MONTH_DAY(4, 14), 'the 14th of April'],
  ['April 2025', MONTH(2025, 4), 'April 2025'],
  ['During the visit in August 2024, the leaders', MONTH(2024, 8), 'August 2024'],
  ['Xi is on a two-day state visit to Vietnam from April 14-15.', MONTH_DAY(4, 14), 'April 14-15'],
  ['April 14-15, 2025', DAY(2025, 4, 14), 'April 14-15, 2025'],
  ['April 14, 25 people came', MONTH_DAY(4, 14), 'April 14'],
  // Vietnamese (day/month order)
  ['14/4/2025', DAY(2025, 4, 14), '14/4/2025'],
  ['14/04/2025', DAY(2025, 4, 14), '14/04/2025'],
  ['14-4-2025', DAY(2025, 4, 14), '14-4-2025'],
  ['14.4.2025', DAY(2025, 4, 14), '14.4.2025'],
  ['ngày 14/4/2025', DAY(2025, 4, 14), 'ngày 14/4/2025'],
  ['Ngày 4/2, Cổng thông tin', MONTH_DAY(2, 4), 'Ngày 4/2'],
  ['ngày 29/2', MONTH_DAY(2, 29), 'ngày 29/2'],
  ['ngày 14 tháng 4 năm 2025', DAY(2025, 4, 14), 'ngày 14 tháng 4 năm 2025'],
  ['NGÀY 14 THÁNG 4 NĂM 2025', DAY(2025, 4, 14), 'NGÀY 14 THÁNG 4 NĂM 2025'],
  ['ngay 14 thang 4 nam 2025', DAY(2025, 4, 14), 'ngay 14 thang 4 nam 2025'],
  ['14 tháng 4', MONTH_DAY(4, 14), '14 tháng 4'],
  ['trong hai ngày từ 14-15 tháng 4.', MONTH_DAY(4, 14), '14-15 tháng 4'],
  ['tháng 4/2025', MONTH(2025, 4), 'tháng 4/2025'],
  ['tháng 12 năm 2024', MONTH(2024, 12), 'tháng 12 năm 2024'],
  ['Thứ Hai, 14/4/2025', DAY(2025, 4, 14), 'Thứ Hai, 14/4/2025'],
  ['Thu Hai, 14/4/2025', DAY(2025, 4, 14), 'Thu Hai, 14/4/2025'],
  ['vào chiều ngày 3/2 ở Bắc Kinh', MONTH_DAY(2, 3), 'ngày 3/2'],
  ['Chiều 3/2, tại Bắc Kinh', MONTH_DAY(2, 3), '3/2'],
  ['Sáng nay (14/4), tại Hà Nội', MONTH_DAY(4, 14), '14/4'],
  ['14-15/4/2025', DAY(2025, 4, 14), '14-15/4/2025'],
  ['từ ngày 18/1/1950.', DAY(1950, 1, 18), 'ngày 18/1/1950'],
  // French
  ['le 15 avril 2025', DAY(2025, 4, 15), 'le 15 avril 2025'],
  ['Le 26 janvier, au siège', MONTH_DAY(1, 26), 'Le 26 janvier'],
  ['1er mai 2025', DAY(2025, 5, 1), '1er mai 2025'],
  ['15 avr. 2025', DAY(2025, 4, 15), '15 avr. 2025'],
  ['3 février 2025', DAY(2025, 2, 3), '3 février 2025'],
  ['3 fevrier', MONTH_DAY(2, 3), '3 fevrier'],
  ['15 août 2024', DAY(2024, 8, 15), '15 août 2024'],
  ['15 aout 2024', DAY(2024, 8, 15), '15 aout 2024'],
  // a clock time after the year is not a two-digit year
  ['Mon 4 Mar 2024 09.15 CET', DAY(2024, 3, 4), 'Mon 4 Mar 2024'],
  ['4 March 2024 09:15', DAY(2024, 3, 4), '4 March 2024'],
  ['le 5 mars 2024 14:05', DAY(2024, 3, 5), 'le 5 mars 2024'],
  ['25 décembre', MONTH_DAY(12, 25), '25 décembre'],
  ['25 decembre 2025', DAY(2025, 12, 25), '25 decembre 2025'],
  ['Lundi 14 avril 2025', DAY(2025, 4, 14), 'Lundi 14 avril 2025'],
  ['du 14 au 15 avril 2025', DAY(2025, 4, 14), '14 au 15 avril 2025'],
  ['en février 2025', MONTH(2025, 2), 'février 2025'],
  ['en aout 2024', MONTH(2024, 8), 'aout 2024'],
  // Chinese
  ['2025年4月14日', DAY(2025, 4, 14), '2025年4月14日'],
  ['4月14日', MONTH_DAY(4, 14), '4月14日'],
  ['2025年4月', MONTH(2025, 4), '2025年4月'],
  ['２０２５年４月１４日', DAY(2025, 4, 14), '２０２５年４月１４日'],
  ['2025 年 4 月 14 日', DAY(2025, 4, 14), '2025 年 4 月 14 日'],
  ['4月14日至15日', MONTH_DAY(4, 14), '4月14日至15日'],
  ['4月14-15日', MONTH_DAY(4, 14), '4月14-15日'],
  ['新华社河内4月14日电', MONTH_DAY(4, 14), '4月14日'],
  // ISO
  ['2025-04-14', DAY(2025, 4, 14), '2025-04-14'],
  ['2025-04-14T09:30:00+07:00', DAY(2025, 4, 14), '2025-04-14T09:30:00+07:00'],
  ['updated 2025-04-14T09:30:00Z.', DAY(2025, 4, 14), '2025-04-14T09:30:00Z'],
  ['2025/04/14', DAY(2025, 4, 14), '2025/04/14'],
  // no-break space inside a date
  ['14\u00a0avril\u00a02025', DAY(2025, 4, 14), '14\u00a0avril\u00a02025'],
];

const NOT_DATES: readonly string[] = [
  'Politburo Resolution No. 57 on boosting science',
  'fields such as artificial intelligence (AI), 5G networks',
  'tăng 26,5% so với năm 2024',
  'kim ngạch thương mại song phương đạt 252 tỷ USD',
  'introductions about 45 agreement documents signed',
  'Đại hội XIV của Đảng',
  'the 14th National Congress',
  'the next 5-year term',
  'Over the past 45 years',
  '180 Ủy viên chính thức và 20 Ủy viên dự khuyết',
  'Năm 2025, kim ngạch thương mại',
  'phấn đấu tới năm 2030 và tầm nhìn đến năm 2045',
  'China - Vietnam Year of Humanitarian Exchange 2025',
  'the 1982 United Nations Convention',
  'agibot 76375.png',
  'https://thanhnien.vn/trung-quoc-luon-coi-trong-cao-do-quan-he-voi-viet-nam-18525041422183829.htm',
  'Nghị định 05/2025/NĐ-CP',
  'tỷ lệ 4/2 phiếu', // a bare d/m with no date word before it
  '24/7',
  'May I help you?',
  'troops may 5 times',
  'march 2025', // English month names are Capitalised or UPPER only
  // invalid dates
  '31/02/2025',
  'ngày 31/2',
  'February 29, 2025',
  'April 31, 2025',
  '2025-13-01',
  '2025-02-29',
  '00/12/2025',
  'tháng 13/2025',
  '2025年2月30日',
  // two-digit years: ambiguous, not guessed
  '14/4/25',
  'ngày 14/4/25',
  '14 tháng 4 năm 25',
  '25年4月14日',
  '15 avril 25',
  'Publié le 05/02/24', // a two-digit year is read only in a labelled dateline (findDateline), never here
  // a month alone, a year alone
  'tháng 4',
  '4月',
  '2025年',
  'in 2025',
  '',
];

describe('findDate: forms', () => {
  for (const [input, expected, text] of TABLE) {
    it(JSON.stringify(input), () => expectDate(input, expected, text));
  }
});

describe('findDate: false positives', () => {
  for (const input of NOT_DATES) {
    it(JSON.stringify(input), () => expect(findDate(input)).toBeNull());
  }
});

describe('findDate: position and order', () => {
  it('returns the first date and its offset', () => {
    const line = 'Ngày 4/2, Cổng thông tin Chính phủ (Việt Nam) đưa tin, ... vào chiều ngày 3/2 ở Bắc Kinh.';
    const m = findDate(line);
    expect(m?.text).toBe('Ngày 4/2');
    expect(m?.index).toBe(0);
    const later = 'Trung Quốc là quốc gia đầu tiên thiết lập quan hệ ngoại giao cùng Việt Nam, từ ngày 18/1/1950.';
    const m2 = findDate(later);
    expect(m2?.date.iso).toBe('1950-01-18');
    expect(m2?.index).toBe(later.indexOf('ngày 18/1/1950'));
  });

  it('skips an invalid date and finds the next one', () => {
    expectDate('31/2/2025 hay 28/2/2025', DAY(2025, 2, 28), '28/2/2025');
  });
});

describe('NFD input', () => {
  it('matches decomposed Vietnamese and reports offsets in the input as given', () => {
    const input = 'Hôm nay là ngày 14 tháng 4 năm 2025 ở Hà Nội'.normalize('NFD');
    expect(input).not.toBe(input.normalize('NFC'));
    const m = findDate(input);
    expect(m).not.toBeNull();
    if (!m) return;
    expect(m.date).toEqual({ year: 2025, month: 4, day: 14, precision: 'day', iso: '2025-04-14' });
    expect(input.slice(m.index, m.index + m.text.length)).toBe(m.text);
    expect(m.text.normalize('NFC')).toBe('ngày 14 tháng 4 năm 2025');
    expect(m.index).toBe(input.indexOf('ngày'.normalize('NFD')));
  });
});

describe('UNKNOWN_DATE', () => {
  it('is the all-null unknown date', () => {
    expect(UNKNOWN_DATE).toEqual({ year: null, month: null, day: null, precision: 'unknown', iso: null });
  });
});
