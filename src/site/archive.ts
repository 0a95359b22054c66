// Group articles for the archive: by year and month, then day-and-month without a year, then undated — each kept apart.
import type { PartialDate } from '../corpus/types.ts';
import { MONTHS } from './date-labels.ts';

export interface MonthGroup<T> {
  /** 1–12, or null for articles that state only the year. */
  month: number | null;
  /** `April`, or `Month not stated`. */
  label: string;
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
        months: [...months.entries()]
          .sort(([a], [b]) => (b ?? 0) - (a ?? 0))
          .map(([month, list]) => ({
            month,
            label: month !== null ? (MONTHS[month - 1] ?? String(month)) : 'Month not stated',
            articles: list,
          })),
      })),
    yearNotStated,
    undated,
  };
}

/** One page-able part of the archive: a year, or the articles without a stated year, or the undated ones. */
export interface ArchivePart<T> {
  /** The URL segment: `2025`, `year-not-stated`, `undated`. */
  key: string;
  /** `2025`, `Year not stated`, `Undated`. */
  label: string;
  /** Why the part stands apart (the two parts that are not years). */
  note?: string;
  /** In reading order; a year's are month by month, newest first. */
  articles: T[];
  /** A year's months in order, with where each starts in `articles`; empty for the other parts. */
  months: (Omit<MonthGroup<T>, 'articles'> & { count: number; start: number })[];
}

const YEAR_NOT_STATED_NOTE = 'The text gives a day and month but not the year, so these cannot be placed in a year.';
const UNDATED_NOTE = 'The text states no date.';

export function archiveParts<T>(archive: Archive<T>): ArchivePart<T>[] {
  const parts: ArchivePart<T>[] = archive.years.map(({ year, months }) => {
    let start = 0;
    const starts = months.map((m) => {
      const entry = { month: m.month, label: m.label, count: m.articles.length, start };
      start += m.articles.length;
      return entry;
    });
    return { key: String(year), label: String(year), articles: months.flatMap((m) => m.articles), months: starts };
  });
  if (archive.yearNotStated.length > 0) {
    parts.push({
      key: 'year-not-stated',
      label: 'Year not stated',
      note: YEAR_NOT_STATED_NOTE,
      articles: archive.yearNotStated,
      months: [],
    });
  }
  if (archive.undated.length > 0)
    parts.push({ key: 'undated', label: 'Undated', note: UNDATED_NOTE, articles: archive.undated, months: [] });
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
