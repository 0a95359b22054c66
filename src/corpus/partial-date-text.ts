// The text form of a partial date, read and written: what an editor pins in frontmatter, what a page's `<time datetime>`
// holds, and what the search index stores and the search page reads back. No imports beyond types, so it bundles for the
// browser.
//
//   2025-04-14   day        (a real day: 2025-02-30 is refused)
//   2025-04      month
//   2025         year
//   04-14        month-day  (year not stated; published data writes `--04-14`, ISO 8601's form, which is read too)
import type { PartialDate } from './types.ts';

/** The date of an article whose text states none. Frozen: copy it (`{ ...UNKNOWN_DATE }`) before changing it. */
export const UNKNOWN_DATE: PartialDate = Object.freeze({ year: null, month: null, day: null, precision: 'unknown', iso: null });

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date as text, as precise as it is known; null when unknown. A yearless date is written `MM-DD`: the Nu HTML checker
 * rejects the spec's optional leading `--` in a `datetime` attribute.
 */
export function partialDateToText(d: PartialDate): string | null {
  if (d.precision === 'day' && d.year !== null && d.month !== null && d.day !== null) return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  if (d.precision === 'month' && d.year !== null && d.month !== null) return `${d.year}-${pad(d.month)}`;
  if (d.precision === 'year' && d.year !== null) return String(d.year);
  if (d.precision === 'month-day' && d.month !== null && d.day !== null) return `${pad(d.month)}-${pad(d.day)}`;
  return null;
}

/**
 * The same date as published data (`articles.json`, the JSON Feed): ISO 8601, so a yearless date is `--04-14`, the form
 * a `datetime` attribute cannot hold.
 */
export function partialDateToIso(d: PartialDate): string | null {
  const text = partialDateToText(d);
  return text && d.precision === 'month-day' ? `--${text}` : text;
}

/** The date a text names, or null when it is none of the forms above or names no real day or month. */
export function partialDateFromText(text: string): PartialDate | null {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (full) {
    const [year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])];
    return isRealDay(year, month, day) ? { year, month, day, precision: 'day', iso: text } : null;
  }
  const yearMonth = /^(\d{4})-(\d{2})$/.exec(text);
  if (yearMonth) {
    const month = Number(yearMonth[2]);
    return month >= 1 && month <= 12 ? { year: Number(yearMonth[1]), month, day: null, precision: 'month', iso: null } : null;
  }
  if (/^\d{4}$/.test(text)) return { year: Number(text), month: null, day: null, precision: 'year', iso: null };
  const monthDay = /^(?:--)?(\d{2})-(\d{2})$/.exec(text);
  if (monthDay) {
    const [month, day] = [Number(monthDay[1]), Number(monthDay[2])];
    // 2024 is a leap year, so 29 February is accepted when the year is unknown.
    return isRealDay(2024, month, day) ? { year: null, month, day, precision: 'month-day', iso: null } : null;
  }
  return null;
}

/** The date a page was indexed with; unknown when it has none (an undated article). */
export function partialDateOrUnknown(text: string | undefined): PartialDate {
  return (text === undefined ? null : partialDateFromText(text)) ?? { ...UNKNOWN_DATE };
}
