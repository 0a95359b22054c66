// Group articles for the archive: by year and month, then day-and-month without a year, then undated — each kept apart.
import type { PartialDate } from '../corpus/types.ts';
import type { Translator } from '../i18n/translate.ts';
import { monthHeading, monthName } from './date-labels.ts';

export interface MonthGroup<T> {
  /** 1–12, or null for articles that state only the year. */
  month: number | null;
  articles: T[];
}

export interface YearGroup<T> {
  year: number;
  months: MonthGroup<T>[];
}

export interface Archive<T> {
  years: YearGroup<T>[];
  /** Day and month known, year not stated. */
  yearNotStated: T[];
  undated: T[];
}

/** Input must already be in reading order (newest first, stable); groups keep that order inside themselves. */
export function groupForArchive<T extends { date: PartialDate }>(articles: readonly T[]): Archive<T> {
  const years = new Map<number, Map<number | null, T[]>>();
  const yearNotStated: T[] = [];
  const undated: T[] = [];
  for (const a of articles) {
    const { year, month } = a.date;
    if (year !== null) {
      const months = years.get(year) ?? new Map<number | null, T[]>();
      years.set(year, months);
      const list = months.get(month) ?? [];
      months.set(month, list);
      list.push(a);
    } else if (month !== null) yearNotStated.push(a);
    else undated.push(a);
  }
  return {
    years: [...years.entries()]
      .sort(([a], [b]) => b - a)
      .map(([year, months]) => ({
        year,
        // Newest month first; "month not stated" (null) after the months of its year.
        months: [...months.entries()].sort(([a], [b]) => (b ?? 0) - (a ?? 0)).map(([month, list]) => ({ month, articles: list })),
      })),
    yearNotStated,
    undated,
  };
}

/** One page-able part of the archive: a year, or the articles without a stated year, or the undated ones. */
export interface ArchivePart<T> {
  /** The URL segment: `2025`, `year-not-stated`, `undated`. */
  key: string;
  /** `2025`, `Year not stated`, `Undated`, in the interface language. */
  label: string;
  /** Why the part stands apart (the two parts that are not years). */
  note?: string;
  /** In reading order; a year's are month by month, newest first. */
  articles: T[];
  /** A year's months in order, with where each starts in `articles`; empty for the other parts. */
  months: ArchiveMonth[];
}

export interface ArchiveMonth {
  /** 1–12, or null for articles that state only the year. */
  month: number | null;
  /** `April`, or `Month not stated`, in the interface language. */
  label: string;
  /** The month's heading: `April 2025`, `tháng 4 năm 2025`, `2025, month not stated`. */
  heading: string;
  count: number;
  /** Where the month's articles start in the year's list. */
  start: number;
}

function archiveMonth(year: number, month: number | null, tr: Translator): Omit<ArchiveMonth, 'count' | 'start'> {
  if (month === null) {
    return { month, label: tr.t('archive.monthNotStated'), heading: tr.t('archive.yearMonthNotStated', { year: String(year) }) };
  }
  return { month, label: monthName(month, tr.lang), heading: monthHeading(year, month, tr.lang) };
}

export function archiveParts<T>(archive: Archive<T>, tr: Translator): ArchivePart<T>[] {
  const parts: ArchivePart<T>[] = archive.years.map(({ year, months }) => {
    let start = 0;
    const starts = months.map((m) => {
      const entry = { ...archiveMonth(year, m.month, tr), count: m.articles.length, start };
      start += m.articles.length;
      return entry;
    });
    const label = tr.date({ year, month: null, day: null, precision: 'year', iso: null });
    return { key: String(year), label, articles: months.flatMap((m) => m.articles), months: starts };
  });
  if (archive.yearNotStated.length > 0) {
    parts.push({
      key: 'year-not-stated',
      label: tr.t('archive.yearNotStated'),
      note: tr.t('archive.yearNotStatedNote'),
      articles: archive.yearNotStated,
      months: [],
    });
  }
  if (archive.undated.length > 0)
    parts.push({
      key: 'undated',
      label: tr.t('archive.undated'),
      note: tr.t('archive.undatedNote'),
      articles: archive.undated,
      months: [],
    });
  return parts;
}

/** The element id of a month's heading on the year page where the month starts: `month-2025-04`, `month-2025-not-stated`. */
export function monthAnchor(year: string, month: number | null): string {
  return `month-${year}-${month === null ? 'not-stated' : String(month).padStart(2, '0')}`;
}

/** The months whose articles fall on one page of a year (articles from `from`, `size` of them), each with its slice. */
export function monthsOnPage<T>(part: ArchivePart<T>, from: number, size: number) {
  const to = Math.min(from + size, part.articles.length);
  return part.months
    .filter((m) => m.start < to && m.start + m.count > from)
    .map((m) => ({
      ...m,
      continued: m.start < from,
      articles: part.articles.slice(Math.max(m.start, from), Math.min(m.start + m.count, to)),
    }));
}
