// Read back the date an article was indexed with (its HTML `datetime` value) so a result shows it as the article page does.
import type { PartialDate } from '../corpus/types.ts';

/** `2025-04-14`, `2025-04`, `2025`, `04-14` (no year; `--04-14` also read), or nothing (date unknown). */
export function partialDateFromDatetime(value: string | undefined): PartialDate {
  const unknown: PartialDate = { year: null, month: null, day: null, precision: 'unknown', iso: null };
  if (!value) return unknown;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), precision: 'day', iso: value };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: null, precision: 'month', iso: null };
  m = /^(\d{4})$/.exec(value);
  if (m) return { year: Number(m[1]), month: null, day: null, precision: 'year', iso: null };
  m = /^(?:--)?(\d{2})-(\d{2})$/.exec(value);
  if (m) return { year: null, month: Number(m[1]), day: Number(m[2]), precision: 'month-day', iso: null };
  return unknown;
}
