// The publication date an article's source URL states in its path ("/2025/04/14/", "-20250414.html").
//
// The caller uses it only to supply a year the text leaves out, so it is strict: a date is read only in a shape
// news sites use for dates, only when it is a real calendar date between MIN_YEAR and MAX_YEAR, and only when the
// path states no other date. Year-and-month alone, digits inside longer numbers (ids) and query strings give null.

import { calendarDate } from './date-expressions.ts';
import type { PartialDate } from './types.ts';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** Date shapes in a URL path, each with groups y, m, d. Every one is delimited, so a run of digits in an id never
 * yields a date from its middle. */
const PATH_DATE_SHAPES: readonly RegExp[] = [
  // /2025/04/14/ or /2025/04/14 at the end: three segments
  /\/(?<y>\d{4})\/(?<m>\d{2})\/(?<d>\d{2})(?=\/|$)/g,
  // /2025-04-14/, /2025-04-14-slug, /slug_2025-04-14.html
  /(?<![0-9A-Za-z])(?<![0-9][-_.])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![0-9A-Za-z])(?![-_.][0-9])/g,
  // -20250414, /20250414/, _20250414.html: eight digits standing alone between separators
  /(?<=[/_-])(?<![0-9][-_])(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?=[/._-]|$)(?![-_.][0-9])/g,
  // /2018-11/07/ (Xinhua) and /2018/1107/ (People's Daily): year, then month and day in two segments or one
  /\/(?<y>\d{4})-(?<m>\d{2})\/(?<d>\d{2})(?=\/)/g,
  /\/(?<y>\d{4})\/(?<m>\d{2})(?<d>\d{2})(?=\/)/g,
];

/** The path of a URL, without scheme, host, query or fragment. Also takes a bare path. */
function urlPath(url: string): string {
  const beforeQuery = url.trim().split(/[?#]/, 1)[0] ?? '';
  return beforeQuery.replace(/^(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\/[^/]*/, '');
}

function dateInRange(y: string | undefined, m: string | undefined, d: string | undefined): PartialDate | null {
  if (y === undefined || m === undefined || d === undefined) return null;
  const year = Number.parseInt(y, 10);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return calendarDate(year, Number.parseInt(m, 10), Number.parseInt(d, 10));
}

/** The full date (precision 'day', `iso` set) a URL's path states, or null when it states none or more than one. */
export function dateFromSourceUrl(url: string): PartialDate | null {
  const path = urlPath(url);
  let found: PartialDate | null = null;
  for (const shape of PATH_DATE_SHAPES) {
    for (const m of path.matchAll(shape)) {
      const date = dateInRange(m.groups?.y, m.groups?.m, m.groups?.d);
      if (!date) continue;
      if (found && found.iso !== date.iso) return null; // two different dates: which one is the article's?
      found = date;
    }
  }
  return found;
}
