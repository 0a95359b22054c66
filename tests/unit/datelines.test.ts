// Datelines: a line that is only a date, or a date that opens a paragraph, among an article's first lines; never running text.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findDate } from '../../src/corpus/date-expressions.ts';
import { findDateline, isDateLine } from '../../src/corpus/datelines.ts';
import type { DatePrecision } from '../../src/corpus/types.ts';

type Expected = [year: number | null, month: number | null, day: number | null, precision: DatePrecision, iso: string | null];

const DAY = (y: number, mo: number, d: number): Expected => [
  y,
  mo,
  d,
  'day',
  `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
];
const MONTH_DAY = (mo: number, d: number): Expected => [null, mo, d, 'month-day', null];

describe('NFD input', () => {
  it('matches decomposed French and a decomposed dateline', () => {
    const fr = 'le 3 février 2025'.normalize('NFD');
    expect(findDate(fr)?.date.iso).toBe('2025-02-03');
    const lines = ['Tiêu đề', 'Ngày 4/2, Cổng thông tin Chính phủ'.normalize('NFD')];
    const d = findDateline(lines);
    expect(d?.line).toBe(2);
    expect(d?.match.date).toEqual({ year: null, month: 2, day: 4, precision: 'month-day', iso: null });
    expect(isDateLine('Thứ Hai, 14/4/2025'.normalize('NFD'))).toBe(true);
  });
});

describe('isDateLine', () => {
  const yes = [
    'April 14, 2025',
    '  April 14, 2025  ',
    'Monday, April 14, 2025',
    '2025年4月14日',
    '2025年4月14日 星期一',
    '2025年4月14日（星期一）',
    'Thứ Hai, 14/04/2025, 09:30 (GMT+7)',
    '• 14/4/2025 •',
    'Le 26 janvier',
    'Ngày 4/2',
    'tháng 4/2025',
    '2025-04-14T09:30:00+07:00',
    // labelled, with clock times and a revision date after
    'Publié le 12/03/2024 08:15',
    'Publié le 12/03/2024 à 16h05.',
    'publié le 5 mars 2024 à 8h02',
    'Publié le 05/02/24 à 09h40 — Mis à jour le 05/02/24 à 10h07',
    'Le 14 mars 2024 à 23h08, modifié le 15 mars 2024 à 07h14',
    'Published: 2024-03-05T08:15:00Z',
    'Published :`2024-03-05 08:15:42`',
    'Updated 9:05 PM EDT, Tue March 5, 2024',
    'Published March 5, 2024 8:15am EST',
    'Mon 4 Mar 2024 09.15 CETLast modified on Tue 5 Mar 2024 11.20 CET',
    'Cập nhật: 05/03/2024 08:15',
    'Thứ Ba, 5/3/2024 - 08:15',
    '发布时间：2024年03月05日',
    '21 November',
  ];
  const no = [
    'On the afternoon of April 14, at the Party Central Committee headquarters',
    'Le 26 janvier, au siège du Comité central du Parti',
    'Xi is on a two-day state visit to Vietnam from April 14-15.',
    '2025',
    'Resolution No. 57',
    '',
    '   ',
    '14/4/25', // a two-digit year without a day-first label
    'Published: 05/02/24', // an English label: the order of a numeric short date is unknown
    'Publié le 05/02/24 par la rédaction',
    'Mis à jour le 05/02/24 à 10h07 après une correction',
    'Le 26 janvier est',
    'Sat 2 Sep 2023 13.50 CEST Alexei was not sure',
  ];
  for (const line of yes) it(`yes: ${JSON.stringify(line)}`, () => expect(isDateLine(line)).toBe(true));
  for (const line of no) it(`no: ${JSON.stringify(line)}`, () => expect(isDateLine(line)).toBe(false));
});

function seed(name: string): string[] {
  const path = fileURLToPath(new URL(`../../seeds/${name}`, import.meta.url));
  return readFileSync(path, 'utf8').split('\n');
}

describe('findDateline on the seed files', () => {
  it('000: an own-line dateline "April 14, 2025" (line 5)', () => {
    const lines = seed('000_08c7fae4138fbc52.txt');
    expect(findDateline(lines)).toEqual({
      match: { date: DATE(2025, 4, 14), text: 'April 14, 2025', index: 0 },
      line: 5,
    });
    // line 5 is the 3rd non-empty line
    expect(findDateline(lines, 2)).toBeNull();
    expect(findDateline(lines, 3)?.line).toBe(5);
  });

  it('001: "On the afternoon of April 14" opens line 2, no year', () => {
    const lines = seed('001_fbf9af1224aa518f.txt');
    expect(findDateline(lines)).toEqual({
      match: { date: { year: null, month: 4, day: 14, precision: 'month-day', iso: null }, text: 'April 14', index: 20 },
      line: 2,
    });
    expect(findDateline(lines, 1)).toBeNull();
  });

  it('002: "Le 26 janvier" opens line 2', () => {
    const lines = seed('002_23d13732dbed37de.txt');
    expect(findDateline(lines)).toEqual({
      match: { date: { year: null, month: 1, day: 26, precision: 'month-day', iso: null }, text: 'Le 26 janvier', index: 0 },
      line: 2,
    });
  });

  it('003: "Ngày 4/2" opens the 3rd non-empty line (line 4); later dates are not taken', () => {
    const lines = seed('003_6ab2f0264e82a350.txt');
    expect(findDateline(lines)).toEqual({
      match: { date: { year: null, month: 2, day: 4, precision: 'month-day', iso: null }, text: 'Ngày 4/2', index: 0 },
      line: 4,
    });
    expect(findDateline(lines, 2)).toBeNull();
    // Without the opening line, nothing later is a dateline ("chiều ngày 3/2", "từ ngày 18/1/1950" are mid-text).
    const rest = lines.slice(4);
    expect(findDateline(rest, 1000)).toBeNull();
    const line4 = lines[3] ?? '';
    expect(line4).toContain('chiều ngày 3/2');
    expect(findDateline(['x', line4.slice(line4.indexOf('Bộ trưởng'))])).toBeNull();
  });

  it('004: no dateline ("in August 2024" is mid-sentence)', () => {
    const lines = seed('004_3e13e795d483cb92.txt');
    expect(findDateline(lines)).toBeNull();
    expect(findDateline(lines, 1000)).toBeNull();
    expect(lines.some((l) => l.includes('in August 2024'))).toBe(true);
  });
});

function DATE(year: number, month: number, day: number) {
  const [y, mo, d, precision, iso] = DAY(year, month, day);
  return { year: y, month: mo, day: d, precision, iso };
}

describe('findDateline: openers', () => {
  const cases: ReadonlyArray<readonly [string, string | null]> = [
    ['HANOI, April 14 (Reuters) - Vietnam and China signed', 'April 14'],
    ['Hà Nội, ngày 14/4/2025 – Chiều nay', 'ngày 14/4/2025'],
    ['TP.HCM – Sáng 14/4, tại hội nghị', '14/4'],
    ['(TTXVN) - Ngày 4/2, Bộ trưởng', 'Ngày 4/2'],
    ['Hanoi (VNA) – On April 14, the two sides', 'April 14'],
    ["Dans l'après-midi du 26 janvier, le secrétaire général", '26 janvier'],
    ['Published: April 14, 2025', 'April 14, 2025'],
    ['Chiều ngày 3/2, tại Bắc Kinh', 'ngày 3/2'],
    ['  • Thứ Hai, 14/04/2025, 09:30 (GMT+7)', 'Thứ Hai, 14/04/2025'],
    ['新华社河内4月14日电（记者 某某）越南与中国', '4月14日'],
    ['2025年4月14日下午，越共中央总书记', '2025年4月14日'],
    // mid-text dates are not datelines
    ['In August 2024, the leaders agreed', null],
    ['During General Secretary To Lam’s visit to China in August 2024, the top leaders', null],
    ['Lam said, April 14 was a landmark', null],
    ['well organize the activities of the "China - Vietnam Year of Humanitarian Exchange 2025"', null],
    ['Trung Quốc là quốc gia đầu tiên thiết lập quan hệ ngoại giao cùng Việt Nam, từ ngày 18/1/1950.', null],
    ['Xi is on a two-day state visit to Vietnam from April 14-15.', null],
    ['中国与越南于2025年4月14日签署', null],
  ];
  for (const [line, text] of cases) {
    it(JSON.stringify(line), () => {
      const r = findDateline(['Headline', '', line]);
      if (text === null) {
        expect(r).toBeNull();
      } else {
        expect(r?.line).toBe(3);
        expect(r?.match.text).toBe(text);
        expect(r ? line.slice(r.match.index, r.match.index + r.match.text.length) : '').toBe(text);
      }
    });
  }

  it('counts only non-empty lines against maxLines', () => {
    const lines = ['', 'a', '', '', 'b', 'c', 'April 14, 2025'];
    expect(findDateline(lines, 3)).toBeNull();
    expect(findDateline(lines, 4)?.line).toBe(7);
    expect(findDateline([], 6)).toBeNull();
    expect(findDateline(lines, 0)).toBeNull();
  });
});

describe('findDateline: page datelines', () => {
  // [line, expected text, expected date]
  const cases: ReadonlyArray<readonly [string, string, Expected]> = [
    // French
    ['Publié le 12/03/2024 08:15', 'le 12/03/2024', DAY(2024, 3, 12)],
    ['Publié le 05/02/24 à 09h40 — Mis à jour le 05/02/24 à 10h07', '05/02/24', DAY(2024, 2, 5)],
    ['Publié le 05/02/24 à 23h50 — Mis à jour le 06/02/24 à 08h07', '05/02/24', DAY(2024, 2, 5)],
    ['Publié le 05/02/98', '05/02/98', DAY(1998, 2, 5)],
    ['publié le 5 mars 2024 à 8h02', 'le 5 mars 2024', DAY(2024, 3, 5)],
    ['Publié le 12/03/2024 à 16h05.', 'le 12/03/2024', DAY(2024, 3, 12)],
    ['Mis à jour le 06/03/24 à 10h00', '06/03/24', DAY(2024, 3, 6)],
    ['Le 3 février, le ministre a annoncé', 'Le 3 février', MONTH_DAY(2, 3)],
    // English
    ['Published: 2024-03-05T08:15:00Z', '2024-03-05T08:15:00Z', DAY(2024, 3, 5)],
    ['Published :2024-03-05 08:15:42', '2024-03-05', DAY(2024, 3, 5)],
    ['Published :`2024-03-05 08:15:42`', '2024-03-05', DAY(2024, 3, 5)],
    ['**Published:** March 5, 2024', 'March 5, 2024', DAY(2024, 3, 5)],
    ['Updated 9:05 PM EDT, Tue March 5, 2024', 'Tue March 5, 2024', DAY(2024, 3, 5)],
    ['Mon 4 Mar 2024 09.15 CETLast modified on Tue 5 Mar 2024 11.20 CET', 'Mon 4 Mar 2024', DAY(2024, 3, 4)],
    ['21 November', '21 November', MONTH_DAY(11, 21)],
    ['MANILA, March 5 (Reuters) - The Philippines said', 'March 5', MONTH_DAY(3, 5)],
    ['BEIJING (AP) — On Tuesday, March 5, China said', 'Tuesday, March 5', MONTH_DAY(3, 5)],
    // Vietnamese
    ['Cập nhật: 05/03/2024 08:15', '05/03/2024', DAY(2024, 3, 5)],
    ['Cập nhật: 05/03/24 08:15', '05/03/24', DAY(2024, 3, 5)],
    ['Thứ Ba, 5/3/2024 - 08:15', 'Thứ Ba, 5/3/2024', DAY(2024, 3, 5)],
    ['Sáng 5.3, Thủ tướng chủ trì hội nghị', '5.3', MONTH_DAY(3, 5)],
    ['Chiều 21.11, tại trụ sở Bộ Ngoại giao', '21.11', MONTH_DAY(11, 21)],
    ['Ngày 5-3, Bộ Ngoại giao cho biết', 'Ngày 5-3', MONTH_DAY(3, 5)],
    // a photo caption run into the lead: a Capitalised time of day (or "Ngày" after a credit) starts a sentence
    ['Thủ tướng tiếp Đại sứ Trung Quốc tại trụ sở Chính phủ Chiều 5.3, Thủ tướng đã tiếp Đại sứ', '5.3', MONTH_DAY(3, 5)],
    ['Thủ tướng tiếp Đại sứ Trung Quốc. (Ảnh: TTXVN) Tối 5/3, Thủ tướng đã tiếp', '5/3', MONTH_DAY(3, 5)],
    ['Thủ tướng tiếp Đại sứ Trung Quốc. (Ảnh: TTXVN) Ngày 5/3, Thủ tướng đã tiếp', 'Ngày 5/3', MONTH_DAY(3, 5)],
    ['Thủ tướng tiếp Đại sứ Trung Quốc. Ảnh: Nhật Bắc Ngày 5/3, Thủ tướng đã tiếp', 'Ngày 5/3', MONTH_DAY(3, 5)],
    // Chinese
    ['北京时间3月5日，中国队在主场迎战', '3月5日', MONTH_DAY(3, 5)],
    ['新浪体育讯 北京时间3月5日晚间消息，中国队', '3月5日', MONTH_DAY(3, 5)],
    ['[环球网综合报道]3月5日，据外媒报道', '3月5日', MONTH_DAY(3, 5)],
    ['【环球网报道】3月5日，据外媒报道', '3月5日', MONTH_DAY(3, 5)],
    ['本报讯（记者 王某）3月5日，市政府召开', '3月5日', MONTH_DAY(3, 5)],
    ['新浪科技讯 3月5日上午消息，某公司今日宣布', '3月5日', MONTH_DAY(3, 5)],
    ['2024-03-05 08:15 来源：人民网', '2024-03-05', DAY(2024, 3, 5)],
    ['发布时间：2024年03月05日', '2024年03月05日', DAY(2024, 3, 5)],
    ['3月5日，有网友称', '3月5日', MONTH_DAY(3, 5)],
    ['新华社北京3月5日电（记者 某某）国务院', '3月5日', MONTH_DAY(3, 5)],
  ];
  for (const [line, text, [year, month, day, precision, iso]] of cases) {
    it(JSON.stringify(line), () => {
      const r = findDateline(['Headline', '', line]);
      expect(r?.line).toBe(3);
      expect(r?.match.text).toBe(text);
      expect(r?.match.date).toEqual({ year, month, day, precision, iso });
      expect(r ? line.slice(r.match.index, r.match.index + r.match.text.length) : '').toBe(text);
    });
  }

  const notDatelines: readonly string[] = [
    // relative days never become a date, nor does the date they point back to
    '昨天下午，随着比赛结束，车队到达河内',
    '昨天（3月4日）下午，车队到达河内',
    'Hôm qua (4/3), tại Hà Nội, Bộ Ngoại giao',
    'Tối qua (4/3), đoàn đại biểu đã đến',
    'hôm qua, Bộ Ngoại giao cho biết',
    'Yesterday, March 4, the ministry said',
    'Hier, 4 mars, le ministre a déclaré',
    // a month and year open a sentence about an event
    'Vào tháng 3/2024 vừa qua, ông đã có chuyến thăm',
    'Tháng 3/2024, ông đã có chuyến thăm',
    'March 2024 saw the first talks',
    // dates in running text
    'Thủ tướng cho biết chiều 5.3, đoàn sẽ lên đường',
    'Các hoạt động chào mừng Ngày 30/4, lễ diễu hành sẽ diễn ra',
    '新浪娱乐讯 著名演员某某（原名某某某）3月4日下午在北京逝世',
    '新浪娱乐讯 据台湾媒体报道，歌手某某3月4日晚宣布',
    '中国与越南于2024年3月5日签署协议',
    // not dates at all
    'Nghị định 05/2025/NĐ-CP có hiệu lực từ đầu năm',
    'Phiên bản 2.1.3 ra mắt với nhiều cải tiến',
    '字母哥三双砍26+15+11 雄鹿内外开花狂胜国王',
    'Đội tuyển thắng 3-1, giành vé vào chung kết',
    'Publié le 31/02/24 à 09h40',
    'Published: 05/02/24', // an English label: the order of a numeric short date is unknown
  ];
  for (const line of notDatelines) {
    it(`not: ${JSON.stringify(line)}`, () => expect(findDateline(['Headline', '', line])).toBeNull());
  }
});

describe('findDateline: a revision date only when no publication date is given', () => {
  it('prefers a later publication label to an earlier revision label', () => {
    const r = findDateline(['Mis à jour le 06/03/2024 à 10h00', 'Par la rédaction', 'Publié le 05/03/2024 à 08h00']);
    expect(r?.line).toBe(3);
    expect(r?.match.date.iso).toBe('2024-03-05');
  });

  it('keeps the revision date over a date opening a body paragraph', () => {
    const r = findDateline(['Updated 9:05 PM EDT, Tue March 5, 2024', 'Hong Kong — On March 4, the ministry said']);
    expect(r?.line).toBe(1);
    expect(r?.match.date.iso).toBe('2024-03-05');
  });

  it('takes the revision date when it is the only one', () => {
    expect(findDateline(['Cập nhật: 05/03/2024 08:15', 'Hà Nội có mưa rào'])?.match.date.iso).toBe('2024-03-05');
    const late = ['Mis à jour le 06/03/2024', 'a', 'b', 'c', 'd', 'e', 'Publié le 05/03/2024'];
    expect(findDateline(late, 6)?.match.date.iso).toBe('2024-03-06');
    expect(findDateline(late, 7)?.match.date.iso).toBe('2024-03-05');
  });

  it('returns a plain dateline found before any revision date', () => {
    const r = findDateline(['19 October', 'Updated 9:05 PM EDT, Tue March 5, 2024']);
    expect(r?.line).toBe(1);
    expect(r?.match.text).toBe('19 October');
  });
});

describe('pathological input finishes (no catastrophic backtracking)', () => {
  const pathological: readonly string[] = [
    '1/'.repeat(50_000),
    '12/'.repeat(33_334),
    '1/1/'.repeat(25_000),
    '9'.repeat(100_000),
    '1-'.repeat(50_000),
    '1.'.repeat(50_000),
    `${' '.repeat(100_000)}x`,
    'ngày '.repeat(20_000),
    'ngày 1'.repeat(16_667),
    '1 tháng '.repeat(12_500),
    '2025年'.repeat(20_000),
    '1月'.repeat(50_000),
    'April '.repeat(16_667),
    'April 1-'.repeat(12_500),
    'le 1 '.repeat(20_000),
    'Thứ Hai, '.repeat(11_112),
    'a\u0301'.repeat(50_000), // NFD path
    'Publié le '.repeat(10_000),
    'Mis à jour le 1/1/1 '.repeat(5_000),
    'Updated 10:32 AM EDT, '.repeat(4_500),
    '1:11 '.repeat(20_000),
    '新浪科技讯'.repeat(20_000),
    '['.repeat(100_000),
    '【'.repeat(100_000),
    'Chiều 1.1, '.repeat(9_000),
    ') Ngày 1/1, '.repeat(8_000),
    'Ảnh: '.repeat(20_000),
  ];
  for (const s of pathological) {
    it(`${JSON.stringify(s.slice(0, 12))}… (${s.length} chars)`, () => {
      // A backtracking regex would hang here until the test times out; speed itself is the benchmark's job.
      findDate(s);
      findDateline([s, s]);
      expect(isDateLine(s)).toBe(false);
    });
  }
});
