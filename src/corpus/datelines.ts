// Which line is an article's dateline: the page's own statement of when it was published.
//
// A dateline is a line that is only a date (perhaps with a label, a weekday, a clock time), or a date that opens a
// paragraph. Every pattern below is anchored (`^`, `$` or sticky) or runs on a bounded slice: the text before the
// first date (at most MAX_OPENER_PREFIX or MAX_RUN_IN_PREFIX) or a line of at most MAX_DATELINE_LENGTH characters.

import {
  ANY_DIGIT,
  calendarDate,
  firstCandidate,
  prepare,
  toMatch,
  WEEKDAY_ANY,
  type Candidate,
  type DateMatch,
} from './date-expressions.ts';

const SEP_CHARS = String.raw`[\s\p{P}\p{S}]`;
/** Time zones printed after a clock time ("13.50 CEST", "10:32 AM EDT"). Only there: alone, "est" or "et" is a word. */
const ZONE = String.raw`(?:GMT|UTC)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|CEST|CET|BST|EEST|EET|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|PT|ICT|HKT|JST|KST|SGT|AEST|AEDT`;
/** "09:28", "13h11", "13.50" (minutes after a dot, as the Guardian prints them), "10:32 AM", "11:26am". */
const CLOCK = String.raw`\d{1,2}(?:\s?[:hH]\s?|\.)\d{2}(?::\d{2})?(?:\s?(?:[AaPp]\.?[Mm]\.?|SA|CH|sa|ch))?`;
/** A clock time, perhaps introduced ("à 13h11", "lúc 10:32") and zoned; or a zone alone ("(GMT+7)"). */
const TIME = String.raw`(?:(?:à|at|lúc|luc)\s{1,2})?${CLOCK}(?:\s{0,2}(?:${ZONE}))?|(?:GMT|UTC)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?`;

// Labels that say which date follows them. French and Vietnamese write numeric dates day first, and their pages
// print a two-digit year in the label's own dateline ("Publié le 30/10/23"), so those labels are kept apart.
const PUBLISHED_DAY_FIRST = [
  String.raw`publi[ée]e?(?:\s+le)?`,
  String.raw`ngày\s+đăng`,
  String.raw`ngay\s+dang`,
  String.raw`đăng\s+(?:ngày|lúc)`,
  String.raw`dang\s+(?:ngay|luc)`,
  String.raw`(?:ngày\s+)?xuất\s+bản`,
  String.raw`(?:ngay\s+)?xuat\s+ban`,
];
const PUBLISHED_OTHER = [
  String.raw`(?:first\s+)?published(?:\s+on)?`,
  String.raw`posted(?:\s+on)?`,
  'date',
  // "Thời gian:" may also announce an event's time, so no two-digit year after it
  String.raw`thời\s+gian`,
  String.raw`thoi\s+gian`,
  '发布时间',
  '发布日期',
  '发表时间',
  '发表日期',
  '日期',
  '时间',
];
const UPDATED_DAY_FIRST = [
  String.raw`mis\s+[àa]\s+jour(?:\s+le)?`,
  String.raw`modifi[ée]e?(?:\s+le)?`,
  String.raw`actualis[ée]e?(?:\s+le)?`,
  String.raw`cập\s+nhật`,
  String.raw`cap\s+nhat`,
];
/** English first: in a search, "modified on" must not stop at the French "modifie". */
const UPDATED_OTHER = [String.raw`(?:last\s+)?(?:updated|modified)(?:\s+on)?`, '更新时间', '更新日期', '更新于'];
const UPDATED_ALL = [...UPDATED_OTHER, ...UPDATED_DAY_FIRST].join('|');
const PUBLISHED_ALL = [...PUBLISHED_OTHER, ...PUBLISHED_DAY_FIRST].join('|');
const LABEL_END = String.raw`(?![\p{L}\p{M}])`;
/** A label; the group that matched says its kind. */
const LABEL = `(?:(?<upd>${UPDATED_ALL})|(?<pub>${PUBLISHED_ALL}))${LABEL_END}`;
/** After a label: a colon, Markdown residue ("Published :`2024-07-18`"), and perhaps a time printed before the date
 * ("Updated 10:32 AM EDT, Thu July 18, 2024"). */
const LABEL_TAIL = String.raw`\s{0,3}[:：]?[\s\x60*_]{0,6}(?:(?:${TIME})\s{0,3}[,;|·–—-]?\s{0,3})?`;

const DATELINE_BEFORE = new RegExp(`^${SEP_CHARS}*(?:${LABEL}${LABEL_TAIL}${SEP_CHARS}*)?(?:(?:${WEEKDAY_ANY})${SEP_CHARS}*)?$`, 'iu');
const DATELINE_AFTER = new RegExp(`^${SEP_CHARS}*(?:(?:${WEEKDAY_ANY}|${TIME})${SEP_CHARS}*){0,3}$`, 'iu');
/** A revision date after the publication date on the same line: "— Mis à jour le 30/10/23", "CESTLast modified on …"
 * (no word boundary before it: pages glue it to the zone). `df`: a day-first label. */
const UPDATE_LABEL_IN_LINE = new RegExp(`(?:${UPDATED_OTHER.join('|')}|(?<df>${UPDATED_DAY_FIRST.join('|')}))${LABEL_END}`, 'iu');
/** Longer than this, a line is running text, not a dateline. */
const MAX_DATELINE_LENGTH = 160;

const SHORT_DMY = String.raw`(?<date>(?<d>\d{1,2})(?<sep>[\/.-])(?<mo>\d{1,2})\k<sep>(?<y>\d{2}))(?![\p{N}]|[\/.-]\p{N})`;
/** "Publié le 30/10/23", "Cập nhật: 14/04/25 10:32": a day-first label, then day/month/two-digit year. Read only here,
 * in the page's own labelled dateline; findDate leaves "14/4/25" alone, as ambiguous. */
const SHORT_YEAR_AFTER_LABEL = new RegExp(
  `(?:${[...UPDATED_DAY_FIRST, ...PUBLISHED_DAY_FIRST].join('|')})${LABEL_END}${LABEL_TAIL}${SHORT_DMY}`,
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
  const date = calendarDate(expandShortYear(Number(g.y)), Number(g.mo), Number(g.d));
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
const PLACE =
  /^(?:\p{Lu}[\p{L}\p{M}.'’]*(?:[\s-]\p{Lu}[\p{L}\p{M}.'’]*){0,4}\s{0,2}(?:\([^()]{1,30}\)\s{0,2})?[,:–—-]\s{0,3}|\([^()]{1,30}\)\s{0,2}(?:[:–—-]\s{0,3})?)/u;
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
export function findDateline(lines: readonly string[], maxLines = 6): { match: DateMatch; line: number } | null {
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
