// Show a date exactly as precisely as the text stated it: full, month, year, day-and-month, or unknown.
import type { PartialDate } from '../corpus/types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The `datetime` attribute of a `<time>`: full, month, year, or the yearless `MM-DD` (the Nu checker rejects the spec's optional leading `--`). Null when unknown. */
export function datetimeAttribute(d: PartialDate): string | null {
  if (d.precision === 'day' && d.year !== null && d.month !== null && d.day !== null) return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  if (d.precision === 'month' && d.year !== null && d.month !== null) return `${d.year}-${pad(d.month)}`;
  if (d.precision === 'year' && d.year !== null) return String(d.year);
  if (d.precision === 'month-day' && d.month !== null && d.day !== null) return `${pad(d.month)}-${pad(d.day)}`;
  return null;
}

/** English reading of the date, saying what is missing: `14 April 2025`, `14 April (year not stated)`, `Date unknown`. */
export function formatDate(d: PartialDate): string {
  const month = d.month !== null ? MONTHS[d.month - 1] : undefined;
  switch (d.precision) {
    case 'day':
      return `${d.day} ${month} ${d.year}`;
    case 'month':
      return `${month} ${d.year}`;
    case 'year':
      return String(d.year);
    case 'month-day':
      return `${d.day} ${month} (year not stated)`;
    default:
      return 'Date unknown';
  }
}

/** A sort key, newest first: full dates, then month or year only, then day-and-month without a year, then undated. */
export function dateSortKey(d: PartialDate): string {
  // Rank letters keep the groups apart; within a group, larger dates sort first after inversion by the caller.
  if (d.year !== null) return `3${d.year}${pad(d.month ?? 0)}${pad(d.day ?? 0)}`;
  if (d.month !== null) return `2${pad(d.month)}${pad(d.day ?? 0)}`;
  return '1';
}

export { MONTHS };

/**
 * The order of every list of articles, and of the search index: newest first by dateSortKey, ties by slug, so the
 * order never depends on file order.
 */
export function compareDateKeys(a: PartialDate, aSlug: string, b: PartialDate, bSlug: string): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  if (ka !== kb) return ka < kb ? 1 : -1;
  return aSlug < bSlug ? -1 : aSlug > bSlug ? 1 : 0;
}
