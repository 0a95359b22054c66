// The publication date: a dateline among the first lines under the headline, or a date opening the lead; never running text.
import { findDateline, isDateLine } from './datelines.ts';
import { isProse } from './page-chrome.ts';
import { dateFromSourceUrl } from './source-url-date.ts';
import type { FoundText } from './structure.ts';
import type { PartialDate } from './types.ts';

export interface ArticleDateline {
  date: PartialDate;
  line: number;
  /** The line is nothing but the date (and a weekday, a time, a label): it is kept out of the body. */
  standsAlone: boolean;
  /** The date as written. */
  text: string;
}

/** A dateline is looked for among this many lines under the headline. */
const DATELINE_SEARCH_LINES = 8;

/** `lines` are the article's lines under its headline (chrome removed), in order. */
export function findArticleDateline(lines: readonly FoundText[]): ArticleDateline | null {
  const candidates = lines.filter((l) => !l.text.startsWith('•'));
  const found = findDateline(candidates.map((l) => l.text), DATELINE_SEARCH_LINES);
  if (!found) return null;
  const line = candidates[found.line - 1]!;
  // `Publié le 20/10/2023 09:28`, `Sat 2 Sep 2023 13.50 CEST`: a label or a time around the date is still no sentence.
  const standsAlone = isDateLine(line.text) || !isProse(line.text);
  return { date: found.match.date, line: line.line, standsAlone, text: found.match.text };
}

/**
 * The date completed from the article's source URL, which the file itself gives: the URL's full date when the text
 * states none, or its year when the text states the same day and month without one. Null when the URL adds nothing.
 */
export function completeFromSourceUrl(date: PartialDate, url: string | null): PartialDate | null {
  if (url === null || date.year !== null) return null;
  const fromUrl = dateFromSourceUrl(url);
  if (!fromUrl) return null;
  if (date.precision === 'unknown') return fromUrl;
  return date.month === fromUrl.month && date.day === fromUrl.day ? fromUrl : null;
}
