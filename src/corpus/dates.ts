// Publication dates in raw news text: find a date expression, say how much of it the text
// states (day, month, or day-and-month without a year) and never invent the missing parts.
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

const UNKNOWN: PartialDate = { year: null, month: null, day: null, precision: 'unknown', iso: null };
/** The date of an article whose text states none. Frozen: copy it (`{ ...UNKNOWN_DATE }`) before changing it. */
export const UNKNOWN_DATE: PartialDate = Object.freeze(UNKNOWN);

// ---------------------------------------------------------------------------------------------
// Normalisation: NFC (for Vietnamese/French diacritics given as NFD) plus a few one-to-one
// character folds (full-width digits, no-break spaces, odd hyphens). Offsets are mapped back to
// the caller's string so `text`/`index` always refer to the input as given.

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

function prepare(input: string): Prepared {
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
  ['January', 1], ['February', 2], ['March', 3], ['April', 4], ['May', 5], ['June', 6],
  ['July', 7], ['August', 8], ['September', 9], ['October', 10], ['November', 11], ['December', 12],
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7], ['Aug', 8],
  ['Sep', 9], ['Sept', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12],
];

const MONTHS_FR: ReadonlyArray<readonly [string, number]> = [
  ['janvier', 1], ['février', 2], ['fevrier', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6],
  ['juillet', 7], ['août', 8], ['aout', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11],
  ['décembre', 12], ['decembre', 12],
  ['janv', 1], ['févr', 2], ['fevr', 2], ['fév', 2], ['fev', 2], ['avr', 4], ['juil', 7],
  ['sept', 9], ['oct', 10], ['nov', 11], ['déc', 12], ['dec', 12],
];

const MONTH_NUMBER = new Map<string, number>();
for (const [name, n] of [...MONTHS_EN, ...MONTHS_FR]) MONTH_NUMBER.set(name.toLowerCase(), n);

const WEEKDAYS_EN = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
];
const WEEKDAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
/** Vietnamese weekdays, with and without diacritics (used with the `i` flag). */
const WD_VI = String.raw`th[ứu]\s{1,2}(?:hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay|[2-7])|ch[ủu]\s{1,2}nh[ậa]t|cn`;
const WD_ZH = String.raw`(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]`;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of words, longest first so a longer word is never cut short by its prefix. */
function alt(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
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

// Shared pieces.
/** Not inside a word or a number, and not right after "digit + separator" (so "05/2025/NĐ", "1.2.3" don't start a date). */
const LB = String.raw`(?<![\p{L}\p{N}])(?<![\p{N}][.,\/:-])`;
const ORD_EN = String.raw`(?:st|nd|rd|th|ST|ND|RD|TH)`;
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
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:tháng|thang)\s{1,3}(?<mo>\d{1,2})(?:\s{1,3}(?:năm|nam)\s{1,3}|\s{0,2}[\/-]\s{0,2})(?<y>\d{4})(?![\p{N}])`,
      'giu',
    ),
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
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?<mon>${MON_EN})\.?\s{1,3}(?:of\s{1,3})?(?<y>\d{4})(?![\p{N}])`,
      'gu',
    ),
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
    re: new RegExp(
      String.raw`(?<![\p{N}])(?<!年\s?)(?:(?<y>\d{1,6})\s?年\s?)?(?<mo>\d{1,2})\s?月\s?(?:(?<d>\d{1,2})(?:\s?[-–—~～]\s?(?<d2>\d{1,2}))?\s?[日号號](?:\s?[至到]\s?(?:\d{1,2}\s?月\s?)?(?<d3>\d{1,2})\s?[日号號])?|(?!\s?\p{N}))`,
      'gu',
    ),
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

interface Candidate {
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

const ANY_DIGIT = /[0-9]/;

/** The first date in a normalised string: earliest start; among overlapping candidates, the one reaching furthest. */
function firstCandidate(s: string): Candidate | null {
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

function toMatch(input: string, prepared: Prepared, cand: Candidate): DateMatch {
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

// ---------------------------------------------------------------------------------------------
// Datelines.
//
// A dateline is the page's own statement of when it was published: a line that is only a date (perhaps with a
// label, a weekday, a clock time), or a date that opens a paragraph. Every pattern below is anchored (`^`, `$` or
// sticky) or runs on a bounded slice: the text before the first date (at most MAX_OPENER_PREFIX or
// MAX_RUN_IN_PREFIX) or a line of at most MAX_DATELINE_LENGTH characters.

const SEP_CHARS = String.raw`[\s\p{P}\p{S}]`;
/** Time zones printed after a clock time ("13.50 CEST", "10:32 AM EDT"). Only there: alone, "est" or "et" is a word. */
const ZONE = String.raw`(?:GMT|UTC)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|CEST|CET|BST|EEST|EET|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|PT|ICT|HKT|JST|KST|SGT|AEST|AEDT`;
/** "09:28", "13h11", "13.50" (minutes after a dot, as the Guardian prints them), "10:32 AM", "11:26am". */
const CLOCK = String.raw`\d{1,2}(?:\s?[:hH]\s?|\.)\d{2}(?::\d{2})?(?:\s?(?:[AaPp]\.?[Mm]\.?|SA|CH|sa|ch))?`;
/** A clock time, perhaps introduced ("à 13h11", "lúc 10:32") and zoned; or a zone alone ("(GMT+7)"). */
const TIME = String.raw`(?:(?:à|at|lúc|luc)\s{1,2})?${CLOCK}(?:\s{0,2}(?:${ZONE}))?|(?:GMT|UTC)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?`;
const WEEKDAY_ANY = `${WD_ANY_I}|${WD_ZH}`;

// Labels that say which date follows them. French and Vietnamese write numeric dates day first, and their pages
// print a two-digit year in the label's own dateline ("Publié le 30/10/23"), so those labels are kept apart.
const PUBLISHED_DAY_FIRST = [
  String.raw`publi[ée]e?(?:\s+le)?`,
  String.raw`ngày\s+đăng`, String.raw`ngay\s+dang`, String.raw`đăng\s+(?:ngày|lúc)`, String.raw`dang\s+(?:ngay|luc)`,
  String.raw`(?:ngày\s+)?xuất\s+bản`, String.raw`(?:ngay\s+)?xuat\s+ban`,
];
const PUBLISHED_OTHER = [
  String.raw`(?:first\s+)?published(?:\s+on)?`, String.raw`posted(?:\s+on)?`, 'date',
  // "Thời gian:" may also announce an event's time, so no two-digit year after it
  String.raw`thời\s+gian`, String.raw`thoi\s+gian`,
  '发布时间', '发布日期', '发表时间', '发表日期', '日期', '时间',
];
const UPDATED_DAY_FIRST = [
  String.raw`mis\s+[àa]\s+jour(?:\s+le)?`, String.raw`modifi[ée]e?(?:\s+le)?`, String.raw`actualis[ée]e?(?:\s+le)?`,
  String.raw`cập\s+nhật`, String.raw`cap\s+nhat`,
];
/** English first: in a search, "modified on" must not stop at the French "modifie". */
const UPDATED_OTHER = [String.raw`(?:last\s+)?(?:updated|modified)(?:\s+on)?`, '更新时间', '更新日期', '更新于'];
const UPDATED_ALL = [...UPDATED_OTHER, ...UPDATED_DAY_FIRST].join('|');
const PUBLISHED_ALL = [...PUBLISHED_OTHER, ...PUBLISHED_DAY_FIRST].join('|');
const LABEL_END = String.raw`(?![\p{L}\p{M}])`;
/** A label; the group that matched says its kind. */
const LABEL = String.raw`(?:(?<upd>${UPDATED_ALL})|(?<pub>${PUBLISHED_ALL}))${LABEL_END}`;
/** After a label: a colon, Markdown residue ("Published :`2024-07-18`"), and perhaps a time printed before the date
 * ("Updated 10:32 AM EDT, Thu July 18, 2024"). */
const LABEL_TAIL = String.raw`\s{0,3}[:：]?[\s\x60*_]{0,6}(?:(?:${TIME})\s{0,3}[,;|·–—-]?\s{0,3})?`;

const DATELINE_BEFORE = new RegExp(
  String.raw`^${SEP_CHARS}*(?:${LABEL}${LABEL_TAIL}${SEP_CHARS}*)?(?:(?:${WEEKDAY_ANY})${SEP_CHARS}*)?$`,
  'iu',
);
const DATELINE_AFTER = new RegExp(String.raw`^${SEP_CHARS}*(?:(?:${WEEKDAY_ANY}|${TIME})${SEP_CHARS}*){0,3}$`, 'iu');
/** A revision date after the publication date on the same line: "— Mis à jour le 30/10/23", "CESTLast modified on …"
 * (no word boundary before it: pages glue it to the zone). `df`: a day-first label. */
const UPDATE_LABEL_IN_LINE = new RegExp(String.raw`(?:${UPDATED_OTHER.join('|')}|(?<df>${UPDATED_DAY_FIRST.join('|')}))${LABEL_END}`, 'iu');
/** Longer than this, a line is running text, not a dateline. */
const MAX_DATELINE_LENGTH = 160;

const SHORT_DMY = String.raw`(?<date>(?<d>\d{1,2})(?<sep>[\/.-])(?<mo>\d{1,2})\k<sep>(?<y>\d{2}))(?![\p{N}]|[\/.-]\p{N})`;
/** "Publié le 30/10/23", "Cập nhật: 14/04/25 10:32": a day-first label, then day/month/two-digit year. Read only here,
 * in the page's own labelled dateline; findDate leaves "14/4/25" alone, as ambiguous. */
const SHORT_YEAR_AFTER_LABEL = new RegExp(
  String.raw`(?:${[...UPDATED_DAY_FIRST, ...PUBLISHED_DAY_FIRST].join('|')})${LABEL_END}${LABEL_TAIL}${SHORT_DMY}`,
  'iuy',
);
/** The same date right after a day-first revision label found in the line. */
const SHORT_YEAR_AT = new RegExp(String.raw`[\s:：\x60*_]{0,6}${SHORT_DMY}`, 'uy');

/** A two-digit year as strptime's %y reads it: 69–99 are 1969–1999, 00–68 are 2000–2068. */
function expandShortYear(yy: number): number {
  return yy >= 69 ? 1900 + yy : 2000 + yy;
}

function shortYearDateAt(re: RegExp, s: string, at: number): Candidate | null {
  re.lastIndex = at;
  const m = re.exec(s);
  const g = m?.groups;
  if (!m || !g || g.date === undefined) return null;
  const date = toPartialDate({ year: expandShortYear(int(g.y) ?? -1), month: int(g.mo) ?? 0, day: int(g.d) });
  if (!date) return null;
  const end = m.index + m[0].length; // the match ends with the date: only lookaheads follow it
  return { start: end - g.date.length, end, date, form: 'num' };
}

/** Bullets, quotes, dashes at the start of a line (not "(", which may open an agency tag). */
const LEAD_JUNK = /^[\s\p{Pd}\p{Pi}\p{Pf}\p{Po}\p{S}]*/u;

/** The date a dateline would give: a labelled short-year date at the start, else the first date of the line. */
function datelineCandidate(s: string): Candidate | null {
  if (!ANY_DIGIT.test(s)) return null;
  const lead = LEAD_JUNK.exec(s)?.[0].length ?? 0;
  return shortYearDateAt(SHORT_YEAR_AFTER_LABEL, s, lead) ?? firstCandidate(s);
}

/** 'published' / 'updated': the date follows such a label. 'plain': it stands or opens a paragraph unlabelled. */
type DatelineKind = 'published' | 'updated' | 'plain';

function kindOf(groups: Record<string, string | undefined> | undefined): DatelineKind {
  if (groups?.upd !== undefined) return 'updated';
  if (groups?.pub !== undefined) return 'published';
  return 'plain';
}

/** The line is only this date, but for separators, a label, a weekday, clock times and a revision date. */
function standsAlone(s: string, cand: Candidate): DatelineKind | null {
  if (s.trim().length > MAX_DATELINE_LENGTH) return null;
  const before = DATELINE_BEFORE.exec(s.slice(0, cand.start));
  if (!before || !onlyTrailer(s.slice(cand.end))) return null;
  return kindOf(before.groups);
}

/** What follows a dateline's date: weekday and clock times, then perhaps a revision date that is itself alone
 * ("à 13h11 — Mis à jour le 30/10/23 à 13h27", "13.50 CESTLast modified on Sun 3 Sep 2023 03.30 CEST"). */
function onlyTrailer(after: string): boolean {
  if (DATELINE_AFTER.test(after)) return true;
  const label = UPDATE_LABEL_IN_LINE.exec(after);
  if (!label || !DATELINE_AFTER.test(after.slice(0, label.index))) return false;
  const rest = after.slice(label.index + label[0].length);
  const revised = (label.groups?.df !== undefined ? shortYearDateAt(SHORT_YEAR_AT, rest, 0) : null) ?? firstCandidate(rest);
  return revised !== null && DATELINE_BEFORE.test(rest.slice(0, revised.start)) && DATELINE_AFTER.test(rest.slice(revised.end));
}

/** "Hà Nội, " "HANOI, " "Hanoi (VNA) – " "TP.HCM – " "(TTXVN) - ": capitalised words then a separator, or an agency tag. */
const PLACE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}\p{M}.'’]*(?:[\s-]\p{Lu}[\p{L}\p{M}.'’]*){0,4}\s{0,2}(?:\([^()]{1,30}\)\s{0,2})?[,:–—-]\s{0,3}|\([^()]{1,30}\)\s{0,2}(?:[:–—-]\s{0,3})?)`,
  'u',
);
/** "Yesterday, March 4, …" "Hier, 4 mars, …": a relative day, not a place, though capitalised before a comma. The
 * date it points at is an event's, not the page's. */
const RELATIVE_DAY = /^(?:yesterday|today|tonight|tomorrow|hier|aujourd['’]hui|demain|avant-hier)(?![\p{L}\p{M}])/iu;
/** What may stand before a date that opens a paragraph, unlabelled. */
const EVENT_OPENERS = [
  // English
  String.raw`(?:(?:early|late)\s+)?on\s+(?:the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?`,
  String.raw`(?:(?:early|late)\s+)?(?:in|during)\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of\s+`,
  String.raw`(?:as\s+of|dated|ce|dès\s+le|des\s+le|vào|vao)\s+`,
  // French
  String.raw`(?:dans\s+(?:la\s+(?:matinée|matinee|soirée|soiree|nuit|journée|journee)|l['’]apr[èe]s-midi)|en\s+(?:début|debut|fin)\s+(?:de\s+(?:matinée|matinee|journée|journee|soirée|soiree)|d['’]apr[èe]s-midi)|(?:le\s+)?(?:matin|soir|nuit)|l['’]apr[èe]s-midi)\s+du\s+`,
  // Vietnamese: "Sáng 14/4", "Chiều ngày 3/2", "Sáng nay (14/4)". Not "hôm qua (13/4)", "tối qua": yesterday's date
  // is an event's, not the page's.
  String.raw`(?:(?:vào|vao)\s+)?(?:(?:(?:rạng|rang)\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya|sang|trua|chieu|toi|dem)(?:\s+(?:nay|sớm|som|hôm\s+nay|hom\s+nay))?|h[ôo]m\s+nay)\s*[,(]?\s*`,
  // Chinese: "北京时间11月5日", "新浪科技讯 北京时间11月8日", "[观察者网综合报道]11月4日", "本报讯（记者 某某）11月7日":
  // a source credit ("…讯", a bracketed credit, a reporter in parentheses), then perhaps a clock's name ("…时间").
  String.raw`(?:(?:[\p{Script=Han}A-Za-z]{1,12}讯|\[[^\[\]]{1,30}\]|【[^【】]{1,30}】)\s{0,3}(?:[（(][^（）()]{1,24}[）)]\s{0,3})?)?(?:\p{Script=Han}{0,6}时间\s{0,2}[:：]?\s{0,2})?`,
];
/** What may stand before a date that opens a paragraph (anchored: the whole remaining prefix). */
const OPENER = new RegExp(`^(?:${EVENT_OPENERS.join('|')}|${LABEL}${LABEL_TAIL})?$`, 'iu');
/** Chinese wire datelines: "新华社河内4月14日电". */
const ZH_AGENCY_PREFIX = /^[\p{Script=Han}\s]{0,24}$/u;
/** A date further in than this does not open its paragraph. */
const MAX_OPENER_PREFIX = 120;

/** A photo caption run into the lead with no break: "… đoàn đại biểu cấp cao Việt Nam Chiều 11.5, Chủ tịch nước …".
 * Vietnamese capitalises a time of day in mid-line only where a sentence starts, so, followed by a day and month
 * and a comma, it opens the lead. Lowercase "chiều 11.5" inside a sentence stays running text. */
const RUN_IN_TIME_OF_DAY = /(?:^|\s)(?:Sáng|Trưa|Chiều|Tối|Đêm|Khuya|Rạng\s{1,2}sáng)\s{1,2}$/u;
/** "Ngày" capitalised in mid-line also names holidays ("Ngày 30/4"), so it opens a lead only right after a photo
 * credit: "(Nguồn: AFP/TTXVN) Ngày 20/5, …", "Ảnh: Asahi Shimbun Ngày 6/2, …". */
const RUN_IN_AFTER_CREDIT = /(?:\)|(?:Ảnh|Nguồn|Photo|Source)\s{0,2}:[^.!?:()]{1,60})\s{1,3}$/u;
/** A caption run into the lead may be this long. */
const MAX_RUN_IN_PREFIX = 240;

function runsInAfterCaption(s: string, cand: Candidate): boolean {
  if (cand.form !== 'num' && cand.form !== 'vi') return false;
  if (cand.date.day === null || cand.start > MAX_RUN_IN_PREFIX || s.charAt(cand.end) !== ',') return false;
  const before = s.slice(Math.max(0, cand.start - 80), cand.start);
  if (RUN_IN_TIME_OF_DAY.test(before)) return true;
  return s.startsWith('Ngày', cand.start) && RUN_IN_AFTER_CREDIT.test(before);
}

/** The date opens its paragraph: only an opener, a place or an agency tag stands before it. */
function opensParagraph(s: string, cand: Candidate): DatelineKind | null {
  if (cand.start <= MAX_OPENER_PREFIX) {
    const prefix = s.slice(0, cand.start);
    const rest = prefix.slice(LEAD_JUNK.exec(prefix)?.[0].length ?? 0);
    let opener = OPENER.exec(rest);
    if (!opener && !RELATIVE_DAY.test(rest)) {
      const place = PLACE.exec(rest);
      if (place) opener = OPENER.exec(rest.slice(place[0].length));
    }
    if (opener) {
      const kind = kindOf(opener.groups);
      // A month alone ("Vào tháng 1/2017 vừa qua, …") dates an event, not the page; a label may still give one.
      return kind === 'plain' && cand.date.day === null ? null : kind;
    }
    if (cand.form === 'zh' && ZH_AGENCY_PREFIX.test(rest)) {
      const next = s.charAt(cand.end);
      if (next === '电' || next === '電') return 'plain';
    }
  }
  return runsInAfterCaption(s, cand) ? 'plain' : null;
}

/** True when the whole line is nothing but a dateline: a date ("April 14, 2025", "2025年4月14日"), ignoring surrounding
 * whitespace/punctuation, a label before it ("Published:", "Publié le", "Cập nhật:"), an optional weekday, trailing
 * clock times ("09:30 GMT+7", "à 15h43", "13.50 CEST") and a revision date after it ("— Mis à jour le 30/10/23"). */
export function isDateLine(line: string): boolean {
  // standsAlone checks the length too; checking it first spares the search on running text.
  if (line.trim().length > MAX_DATELINE_LENGTH) return false;
  const s = prepare(line).s;
  const cand = datelineCandidate(s);
  return cand !== null && standsAlone(s, cand) !== null;
}

/**
 * Find the article's dateline among its first lines: a line that is only a date, or a date that OPENS a
 * paragraph ("On the afternoon of April 14, …", "Le 26 janvier, …", "Ngày 4/2, …", "Hà Nội, ngày 14/4/2025 –",
 * "Publié le 30/10/23 à 13h11", "新浪科技讯 北京时间11月8日晚间消息，…").
 * Returns the match (its `index` is an offset in that line) and the 1-based index in `lines` it came from.
 * Dates in the middle of running text are not datelines. Only the first `maxLines` non-empty lines are looked at.
 * A date labelled as a revision ("Updated", "Mis à jour le", "Cập nhật") is returned only when none of those lines
 * has a date labelled as the publication's.
 */
export function findDateline(
  lines: readonly string[],
  maxLines = 6,
): { match: DateMatch; line: number } | null {
  let revision: { match: DateMatch; line: number } | null = null;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < maxLines; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    seen++;
    const prepared = prepare(line);
    const cand = datelineCandidate(prepared.s);
    if (!cand) continue;
    const kind = standsAlone(prepared.s, cand) ?? opensParagraph(prepared.s, cand);
    if (kind === null) continue;
    const found = { match: toMatch(line, prepared, cand), line: i + 1 };
    if (kind === 'published' || (kind === 'plain' && revision === null)) return found;
    if (kind === 'updated') revision ??= found;
  }
  return revision;
}
