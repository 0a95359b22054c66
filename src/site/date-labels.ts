// Show a date exactly as precisely as the text stated it: full, month, year, day-and-month, or unknown.
import type { PartialDate } from '../corpus/types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
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
function dateSortKey(d: PartialDate): string {
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
