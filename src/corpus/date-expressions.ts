// Date expressions in raw news text: find one anywhere in a string, with only the parts the text states.
//
// A date may give a day, a month, or a day and month without a year; the missing parts are never invented.
//
// Pure TypeScript, no dependencies. Every regular expression here is built from bounded pieces
// (`\d{1,2}`, `\s{1,3}`, fixed word lists) after a literal or a digit, so one match attempt costs
// O(1) and a scan over a string is linear in its length.

import type { PartialDate } from './types.ts';

export interface DateMatch {
  /** year/month/day as stated; `iso` only when all three are known. */
  date: PartialDate;
  /** The exact substring of the input that stated it (e.g. "April 14, 2025", "Ngày 4/2", "Le 26 janvier"). */
  text: string;
  /** Offset of `text` in the input string (UTF-16 code units, in the input as given — not normalised). */
  index: number;
}

// ---------------------------------------------------------------------------------------------
// Normalisation: NFC (for Vietnamese/French diacritics given as NFD) plus a few one-to-one
// character folds (full-width digits, no-break spaces, odd hyphens). Offsets are mapped back to
// the caller's string so `text`/`index` always refer to the input as given.
// Letters keep their case and accents: unlike the match fold (text-fold.ts), the patterns spell month names as written.

const FOLD_RE = /[\uFF10-\uFF19\u00A0\u2007\u2009\u200A\u202F\u3000\uFF0F\uFF0D\u2010\u2011\u2212]/g;

function fold(s: string): string {
  return s.replace(FOLD_RE, (c) => {
    const k = c.charCodeAt(0);
    if (k >= 0xff10 && k <= 0xff19) return String.fromCharCode(k - 0xff10 + 48);
    if (k === 0xff0f) return '/';
    if (k === 0xff0d || k === 0x2010 || k === 0x2011 || k === 0x2212) return '-';
    return ' ';
  });
}

/** One base character with its combining marks (or a run of stray marks). */
const CLUSTER_RE = /\P{M}\p{M}*|\p{M}+/gu;

interface Prepared {
  s: string;
  /** map[i] = offset in the original of normalised position i; map[s.length] = original length. null = identity. */
  map: number[] | null;
}

/** The input normalised for matching, with the offsets that map it back to the input as given. */
export function prepare(input: string): Prepared {
  if (input.normalize('NFC') === input) return { s: fold(input), map: null };
  const parts: string[] = [];
  const map: number[] = [];
  for (const m of input.matchAll(CLUSTER_RE)) {
    const seg = m[0].normalize('NFC');
    parts.push(seg);
    for (let k = 0; k < seg.length; k++) map.push(m.index + Math.min(k, m[0].length - 1));
  }
  map.push(input.length);
  return { s: fold(parts.join('')), map };
}

function toOriginal(p: Prepared, i: number): number {
  return p.map ? (p.map[i] ?? i) : i;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary.

const MONTHS_EN: ReadonlyArray<readonly [string, number]> = [
  ['January', 1],
  ['February', 2],
  ['March', 3],
  ['April', 4],
  ['May', 5],
  ['June', 6],
  ['July', 7],
  ['August', 8],
  ['September', 9],
  ['October', 10],
  ['November', 11],
  ['December', 12],
  ['Jan', 1],
  ['Feb', 2],
  ['Mar', 3],
  ['Apr', 4],
  ['Jun', 6],
  ['Jul', 7],
  ['Aug', 8],
  ['Sep', 9],
  ['Sept', 9],
  ['Oct', 10],
  ['Nov', 11],
  ['Dec', 12],
];

const MONTHS_FR: ReadonlyArray<readonly [string, number]> = [
  ['janvier', 1],
  ['février', 2],
  ['fevrier', 2],
  ['mars', 3],
  ['avril', 4],
  ['mai', 5],
  ['juin', 6],
  ['juillet', 7],
  ['août', 8],
  ['aout', 8],
  ['septembre', 9],
  ['octobre', 10],
  ['novembre', 11],
  ['décembre', 12],
  ['decembre', 12],
  ['janv', 1],
  ['févr', 2],
  ['fevr', 2],
  ['fév', 2],
  ['fev', 2],
  ['avr', 4],
  ['juil', 7],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['déc', 12],
  ['dec', 12],
];

const MONTH_NUMBER = new Map<string, number>();
for (const [name, n] of [...MONTHS_EN, ...MONTHS_FR]) MONTH_NUMBER.set(name.toLowerCase(), n);

const WEEKDAYS_EN = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thur',
  'Thurs',
  'Fri',
  'Sat',
  'Sun',
];
const WEEKDAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
/** Vietnamese weekdays, with and without diacritics (used with the `i` flag). */
const WD_VI = String.raw`th[ứu]\s{1,2}(?:hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay|[2-7])|ch[ủu]\s{1,2}nh[ậa]t|cn`;
const WD_ZH = '(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of words, longest first so a longer word is never cut short by its prefix. */
function alt(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
}

/** English names are matched case-sensitively: Capitalised or UPPER ("April", "APRIL"), never "may"/"march". */
function capsVariants(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.toUpperCase()]);
}

const MON_EN = alt(capsVariants(MONTHS_EN.map(([w]) => w)));
const MON_FR = alt(MONTHS_FR.map(([w]) => w));
const WD_EN = alt(capsVariants(WEEKDAYS_EN));
const WD_EN_I = alt(WEEKDAYS_EN.map((w) => w.toLowerCase()));
const WD_FR = alt(WEEKDAYS_FR);
/** Any weekday, for case-insensitive patterns. */
const WD_ANY_I = `${WD_VI}|${WD_FR}|${WD_EN_I}`;
/** Any weekday, Chinese too (it follows a date, so the extractors leave it out), for case-insensitive patterns. */
export const WEEKDAY_ANY = `${WD_ANY_I}|${WD_ZH}`;

// Shared pieces.
/** Not inside a word or a number, and not right after "digit + separator" (so "05/2025/NĐ", "1.2.3" don't start a date). */
const LB = String.raw`(?<![\p{L}\p{N}])(?<![\p{N}][.,\/:-])`;
const ORD_EN = '(?:st|nd|rd|th|ST|ND|RD|TH)';
const DASH = String.raw`\s?[-–—]\s?`;
/** After a day and month with no year: not followed by a two-digit year ("15 avril 25" is ambiguous, not a date). */
const NO_SHORT_YEAR = String.raw`(?![\p{N}\p{L}])(?!,?\s{1,3}['’]?\d{2}(?!\p{N}))`;
/** A four-digit year, or none and no two-digit one. The two-digit check applies only without a year, so a clock
 * time after the year ("2 Sep 2023 13.50") does not read as a short year. */
const YEAR_OR_NO_SHORT_YEAR = String.raw`(?:,?\s{1,3}(?<y>\d{4})(?![\p{N}\p{L}])|${NO_SHORT_YEAR})`;

// ---------------------------------------------------------------------------------------------
// Extractors. Each regex finds candidates; `build` validates one and returns its date parts.

type Form = 'iso' | 'num' | 'vi' | 'en' | 'fr' | 'zh';

interface Parts {
  year: number | null;
  month: number;
  day: number | null;
}

interface Extractor {
  form: Form;
  re: RegExp;
  build(g: Record<string, string | undefined>, s: string, index: number): Parts | null;
}

function int(v: string | undefined): number | null {
  return v === undefined ? null : Number.parseInt(v, 10);
}

function monthName(v: string | undefined): number | null {
  if (v === undefined) return null;
  return MONTH_NUMBER.get(v.toLowerCase()) ?? null;
}

/** A range "14-15": the second day must follow the first and be a day number. */
function rangeOk(d: number | null, d2: string | undefined): boolean {
  if (d2 === undefined) return true;
  const n = Number.parseInt(d2, 10);
  return d !== null && n > d && n <= 31;
}

/** Words that, right before a bare "14/4", make it a date ("Chiều 3/2", "Sáng nay (14/4)", "Thứ Hai (14/4)"). */
const BARE_DM_TAIL = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:rạng\s{1,3}|rang\s{1,3})?(?:sáng|trưa|chiều|tối|đêm|khuya|sang|trua|chieu|toi|dem)(?:\s{1,3}(?:nay|qua|sớm|som))?|h[ôo]m\s{1,3}(?:nay|qua)|${WD_VI}|${WD_FR})\s{0,3}[,(]?\s{0,2}$`,
  'iu',
);

function bareDayMonthAllowed(s: string, index: number): boolean {
  return BARE_DM_TAIL.test(s.slice(Math.max(0, index - 32), index));
}

const EXTRACTORS: readonly Extractor[] = [
  {
    // 2025-04-14, 2025-04-14T09:30:00+07:00, 2025/04/14, 2025.04.14
    form: 'iso',
    re: new RegExp(
      String.raw`${LB}(?<y>\d{4})(?<sep>[-\/.])(?<mo>\d{1,2})\k<sep>(?<d>\d{1,2})(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\p{N}]|[-\/.:]\p{N})`,
      'gu',
    ),
    build: (g) => ({ year: int(g.y), month: int(g.mo) ?? 0, day: int(g.d) }),
  },
  {
    // 14/4/2025, ngày 14/4/2025, Thứ Hai, 14/4/2025, 14-4-2025, 14.4.2025, 14-15/4/2025;
    // without a year only after a marker: "Ngày 4/2", "chiều ngày 3/2", "Chiều 3/2", "le 14/04".
    form: 'num',
    re: new RegExp(
      String.raw`${LB}(?:(?<wd>${WD_ANY_I})\s{0,2}[,-]?\s{0,3})?(?:(?<kw>ngày|ngay|le)\s{1,3})?(?<d>\d{1,2})(?:\s?[-–]\s?(?<d2>\d{1,2}))?(?<sep>[\/.-])(?<mo>\d{1,2})(?:\k<sep>(?<y>\d{4}))?(?![\p{N}]|[\/.-]\p{N})`,
      'giu',
    ),
    build: (g, s, index) => {
      const day = int(g.d);
      if (!rangeOk(day, g.d2)) return null;
      if (g.y === undefined && g.kw === undefined && g.wd === undefined && !bareDayMonthAllowed(s, index)) return null;
      return { year: int(g.y), month: int(g.mo) ?? 0, day };
    },
  },
  {
    // ngày 14 tháng 4 năm 2025, 14 tháng 4, 14-15 tháng 4, ngay 14 thang 4 nam 2025
    form: 'vi',
    re: new RegExp(
      String.raw`${LB}(?:(?<wd>${WD_ANY_I})\s{0,2}[,-]?\s{0,3})?(?:(?<kw>ngày|ngay)\s{1,3})?(?<d>\d{1,2})(?:\s?[-–]\s?(?<d2>\d{1,2}))?\s{1,3}(?:tháng|thang)\s{1,3}(?<mo>\d{1,2})(?:(?:\s{1,3}(?:năm|nam)\s{1,3}|\s{0,2}[\/,-]\s{0,2})(?<y>\d{4}))?(?![\p{N}])(?!\s{0,3}(?:năm|nam)\s{1,3}\p{N}|\s{0,2}[\/-]\s{0,2}\p{N})`,
      'giu',
    ),
    build: (g) => {
      const day = int(g.d);
      if (!rangeOk(day, g.d2)) return null;
      return { year: int(g.y), month: int(g.mo) ?? 0, day };
    },
  },
  {
    // tháng 4/2025, tháng 4 năm 2025, tháng 04-2025 (month precision)
    form: 'vi',
    re: /(?<![\p{L}\p{N}])(?:tháng|thang)\s{1,3}(?<mo>\d{1,2})(?:\s{1,3}(?:năm|nam)\s{1,3}|\s{0,2}[/-]\s{0,2})(?<y>\d{4})(?![\p{N}])/giu,
    build: (g) => ({ year: int(g.y), month: int(g.mo) ?? 0, day: null }),
  },
  {
    // April 14, 2025; Apr. 14, 2025; Monday, April 14, 2025; April 14; April 14th; April 14-15
    form: 'en',
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:(?<wd>${WD_EN})\.?,?\s{1,3})?(?<mon>${MON_EN})(?:\.\s{0,3}|\s{1,3})(?<d>\d{1,2})${ORD_EN}?(?:${DASH}(?<d2>\d{1,2})${ORD_EN}?)?(?:,?\s{1,3}(?<y>\d{4}))?(?![\p{N}\p{L}]|[-–\/.:]\p{N})(?!,?\s{1,3}['’]\d{2})`,
      'gu',
    ),
    build: (g) => {
      const day = int(g.d);
      if (!rangeOk(day, g.d2)) return null;
      return { year: int(g.y), month: monthName(g.mon) ?? 0, day };
    },
  },
  {
    // 14 April 2025, 14 April, the 14th of April, Monday 14 April 2025
    form: 'en',
    re: new RegExp(
      String.raw`${LB}(?:(?<wd>${WD_EN})\.?,?\s{1,3})?(?:(?:the|The)\s{1,3})?(?<d>\d{1,2})${ORD_EN}?(?:${DASH}(?<d2>\d{1,2})${ORD_EN}?)?\s{1,3}(?:of\s{1,3})?(?<mon>${MON_EN})\.?${YEAR_OR_NO_SHORT_YEAR}`,
      'gu',
    ),
    build: (g) => {
      const day = int(g.d);
      if (!rangeOk(day, g.d2)) return null;
      return { year: int(g.y), month: monthName(g.mon) ?? 0, day };
    },
  },
  {
    // April 2025, Aug 2024, April of 2025 (month precision)
    form: 'en',
    re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?<mon>${MON_EN})\.?\s{1,3}(?:of\s{1,3})?(?<y>\d{4})(?![\p{N}])`, 'gu'),
    build: (g) => ({ year: int(g.y), month: monthName(g.mon) ?? 0, day: null }),
  },
  {
    // le 15 avril 2025, Le 26 janvier, 1er mai 2025, 15 avr. 2025, lundi 14 avril, du 14 au 15 avril
    form: 'fr',
    re: new RegExp(
      String.raw`${LB}(?:(?<le>le)\s{1,3})?(?:(?<wd>${WD_FR})\s{1,3})?(?<d>\d{1,2})(?:er|ᵉʳ)?(?:(?:${DASH}|\s{1,3}(?:au|et)\s{1,3})(?<d2>\d{1,2})(?:er)?)?\s{1,3}(?<mon>${MON_FR})\.?(?:\s{1,3}(?<y>\d{4})(?![\p{N}\p{L}])|${NO_SHORT_YEAR})`,
      'giu',
    ),
    build: (g) => {
      const day = int(g.d);
      if (!rangeOk(day, g.d2)) return null;
      return { year: int(g.y), month: monthName(g.mon) ?? 0, day };
    },
  },
  {
    // avril 2025, en août 2024 (month precision)
    form: 'fr',
    re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?<mon>${MON_FR})\.?\s{1,3}(?<y>\d{4})(?![\p{N}])`, 'giu'),
    build: (g) => ({ year: int(g.y), month: monthName(g.mon) ?? 0, day: null }),
  },
  {
    // 2025年4月14日, 4月14日, 2025年4月, 4月14日至15日, 4月14-15日, 4月14号
    form: 'zh',
    re: /(?<![\p{N}])(?<!年\s?)(?:(?<y>\d{1,6})\s?年\s?)?(?<mo>\d{1,2})\s?月\s?(?:(?<d>\d{1,2})(?:\s?[-–—~～]\s?(?<d2>\d{1,2}))?\s?[日号號](?:\s?[至到]\s?(?:\d{1,2}\s?月\s?)?(?<d3>\d{1,2})\s?[日号號])?|(?!\s?\p{N}))/gu,
    build: (g) => {
      if (g.y === undefined && g.d === undefined) return null; // "4月" alone is not a date
      if (g.y !== undefined && g.y.length !== 4) return null; // "25年4月14日": two-digit year, ambiguous
      const day = int(g.d);
      if (!rangeOk(day, g.d2)) return null;
      return { year: int(g.y), month: int(g.mo) ?? 0, day };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Validation.

function daysInMonth(month: number, year: number | null): number {
  if (month === 2) {
    if (year === null) return 29; // "ngày 29/2" may well be right: the year is unknown
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A PartialDate from stated parts, or null when they are not a real date. */
function toPartialDate(p: Parts): PartialDate | null {
  const { year, month, day } = p;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (year !== null && (year < 1000 || year > 2999)) return null;
  if (day !== null && (day < 1 || day > daysInMonth(month, year))) return null;
  if (day !== null && year !== null) {
    return { year, month, day, precision: 'day', iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
  }
  if (day !== null) return { year: null, month, day, precision: 'month-day', iso: null };
  if (year !== null) return { year, month, day: null, precision: 'month', iso: null };
  return null; // a month alone is not a date
}

/** Year, month and day as a `day`-precision date, or null when they are not a real calendar date (years 1000–2999). */
export function calendarDate(year: number, month: number, day: number): PartialDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(day)) return null;
  return toPartialDate({ year, month, day });
}

// ---------------------------------------------------------------------------------------------
// Search.

/** A date found in a normalised string: its span there, its parts and the form it is written in. */
export interface Candidate {
  start: number;
  end: number;
  date: PartialDate;
  form: Form;
}

function firstOf(ex: Extractor, s: string): Candidate | null {
  const re = ex.re;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const parts = ex.build(m.groups ?? {}, s, m.index);
    const date = parts ? toPartialDate(parts) : null;
    if (date) return { start: m.index, end: m.index + m[0].length, date, form: ex.form };
    re.lastIndex = m.index + 1; // not a date here; look further (matches are never empty)
  }
  return null;
}

/** An ASCII digit: every date pattern needs one, so normalised text without any holds no date. */
export const ANY_DIGIT = /[0-9]/;
/** A digit before normalising: ASCII or full-width (which FOLD_RE turns into ASCII). Text without one holds no date. */
export const RAW_DIGIT = /[0-9\uFF10-\uFF19]/u;

/** The first date in a normalised string: earliest start; among overlapping candidates, the one reaching furthest. */
export function firstCandidate(s: string): Candidate | null {
  // Every extractor needs an ASCII digit (`\d`): most paragraphs near the top have none, and skip ten scans.
  if (!ANY_DIGIT.test(s)) return null;
  const found: Candidate[] = [];
  for (const ex of EXTRACTORS) {
    const c = firstOf(ex, s);
    if (c) found.push(c);
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let best = found[0];
  if (!best) return null;
  for (const c of found) if (c.start < best.end && c.end > best.end) best = c;
  return best;
}

/** The match for a candidate, its text and offset taken from the input as given. */
export function toMatch(input: string, prepared: Prepared, cand: Candidate): DateMatch {
  const start = toOriginal(prepared, cand.start);
  const end = toOriginal(prepared, cand.end);
  return { date: cand.date, text: input.slice(start, end), index: start };
}

/** Parse a date expression found in a string (first one), in English, Vietnamese, French, Chinese or ISO form. */
export function findDate(text: string): DateMatch | null {
  const prepared = prepare(text);
  const cand = firstCandidate(prepared.s);
  return cand ? toMatch(text, prepared, cand) : null;
}
