// Show a date exactly as precisely as the text stated it: full, month, year, day-and-month, or unknown, written the way
// the interface language writes dates (Intl): `14 April 2025`, `14 tháng 4, 2025`, `14 avril 2025`, `2025年4月14日`.
// Browser-safe: search results date themselves with the same words.
import type { PartialDate } from '../corpus/types.ts';
import { capitalised } from '../i18n/capitalised.ts';
import { formatMessage, type Message } from '../i18n/message-format.ts';
import { INTL_LOCALE, type UiLang } from '../i18n/ui-languages.ts';

/** The catalogue's words for what a date does not say. */
export interface DateWords {
  'date.unknown': Message;
  'date.yearNotStated': Message;
}

type Style = 'day' | 'month' | 'year' | 'month-day' | 'month-name';

const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
  'month-day': { day: 'numeric', month: 'long' },
  'month-name': { month: 'long' },
};

/** Chinese names a month alone as its dates do (4月), not in the literary form Intl calls long (四月). */
const MONTH_NAME_STYLE: Partial<Record<UiLang, Intl.DateTimeFormatOptions>> = { zh: { month: 'short' } };

const formatters = new Map<string, Intl.DateTimeFormat>();

function write(lang: UiLang, style: Style, year: number, month: number, day: number): string {
  const key = `${lang} ${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options = (style === 'month-name' && MONTH_NAME_STYLE[lang]) || STYLES[style];
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  // A leap year, so 29 February without a year can be written too.
  return formatter.format(new Date(Date.UTC(year, month - 1, day)));
}

/** The date as the language writes it, saying what is missing: `14 April (year not stated)`, `Date not stated`. */
export function formatDate(d: PartialDate, lang: UiLang, words: DateWords): string {
  switch (d.precision) {
    case 'day':
      return write(lang, 'day', d.year!, d.month!, d.day!);
    case 'month':
      return write(lang, 'month', d.year!, d.month!, 1);
    case 'year':
      return write(lang, 'year', d.year!, 1, 1);
    case 'month-day':
      return formatMessage(lang, words['date.yearNotStated'], { date: write(lang, 'month-day', 2000, d.month!, d.day!) });
    default:
      return formatMessage(lang, words['date.unknown']);
  }
}

/** A month's name standing alone, as a heading or list item starts it: `April`, `Tháng 4`, `Avril`, `四月`. */
export function monthName(month: number, lang: UiLang): string {
  return capitalised(write(lang, 'month-name', 2000, month, 1), lang);
}

/** A month of a year as a heading: `April 2025`, `Tháng 4 năm 2025`, `Avril 2025`, `2025年4月`. */
export function monthHeading(year: number, month: number, lang: UiLang): string {
  return capitalised(write(lang, 'month', year, month, 1), lang);
}

/** A sort key, newest first: full dates, then month or year only, then day-and-month without a year, then undated. */
function dateSortKey(d: PartialDate): string {
  // Rank letters keep the groups apart; within a group, larger dates sort first after inversion by the caller.
  if (d.year !== null) return `3${d.year}${pad(d.month ?? 0)}${pad(d.day ?? 0)}`;
  if (d.month !== null) return `2${pad(d.month)}${pad(d.day ?? 0)}`;
  return '1';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

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
