// The publication date: a dateline among the first lines under the headline, or a date opening the lead; never running text.
import { findDateline, isDateLine } from './datelines.ts';
import { splitTrailingCredit } from './line-patterns.ts';
import { isProse, wordWeight } from './page-chrome.ts';
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
/** A date opening a paragraph is the publication date only in the standfirst or the lead, not further down. */
const OPENING_PARAGRAPHS = 3;
/** How much of a line a dateline, an opening date or a run-in one can take (datelines.ts looks no further: 240). */
const OPENING_CHARS = 300;
/** What may follow the date on a dateline (a time, a zone, a source's name), in words. */
const DATELINE_TAIL_WORDS = 5;

/**
 * `lines` are the article's lines under its headline (chrome removed), in order. A line that is a dateline (a date,
 * perhaps with its label, weekday and time) counts anywhere among the first lines; a date opening a paragraph counts
 * only in the first three paragraphs of running text (`Ngày 11-5, …` after a standfirst and a caption), never
 * further in.
 */
export function findArticleDateline(lines: readonly FoundText[]): ArticleDateline | null {
  const candidates = lines.filter((l) => !l.text.startsWith('•')).slice(0, DATELINE_SEARCH_LINES);
  let paragraphs = 0;
  // Captions (a line ending with its photo credit) are not paragraphs of running text.
  const searched = candidates.filter(
    (l) => isDateLine(l.text) || !isProse(l.text) || splitTrailingCredit(l.text) !== null || ++paragraphs <= OPENING_PARAGRAPHS,
  );
  // A date opens a line within its first characters: long paragraphs are searched no further (the positions hold).
  const found = findDateline(
    searched.map((l) => l.text.slice(0, OPENING_CHARS)),
    DATELINE_SEARCH_LINES,
  );
  if (!found) return null;
  const line = searched[found.line - 1]!;
  // `2024-03-12 10:32 来源：光明网`: a date with a time and a credit is still a dateline; `Le 26 janvier, le président a
  // déclaré :` goes on as a sentence.
  const after = line.text.slice(found.match.index + found.match.text.length);
  const standsAlone = isDateLine(line.text) || (!isProse(line.text) && wordWeight(after) <= DATELINE_TAIL_WORDS);
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
