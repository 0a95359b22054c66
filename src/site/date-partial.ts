// The date as published data (articles.json, the JSON Feed): exactly as precisely as the text stated it.
import { partialDateToText } from '../corpus/partial-date-text.ts';
import type { PartialDate } from '../corpus/types.ts';

/**
 * `2025-04-14`, `2025-04`, `2025`, `--04-14` (day and month, no year; the ISO 8601 form, which a page's
 * `<time datetime>` writes `04-14` because the HTML checker refuses the `--`), or null when unknown.
 */
export function datePartial(date: PartialDate): string | null {
  const datetime = partialDateToText(date);
  return datetime && date.precision === 'month-day' ? `--${datetime}` : datetime;
}
