// Group articles for the archive: by year and month, then day-and-month without a year, then undated — each kept apart.
import type { PartialDate } from '../corpus/types.ts';
import { MONTHS } from './dates.ts';

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
          .map(([month, list]) => ({ month, label: month !== null ? (MONTHS[month - 1] ?? String(month)) : 'Month not stated', articles: list })),
      })),
    yearNotStated,
    undated,
  };
}
