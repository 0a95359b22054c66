// Precision at five for the search-quality set: pure functions from the headlines a results page showed to a score
// per query and a report for the whole set.

/** What a query should find: judged by reading the articles, not by running any search. */
export interface QueryJudgement {
  /** The text submitted, as a reader types it. */
  query: string;
  /** Headlines that must be among the first five results (at most five; none when nothing should be found). */
  expected: readonly string[];
  /** Headlines that may be among the first five without being wrong. */
  acceptable?: readonly string[];
}

export interface QueryScore {
  query: string;
  /** The search whose results were scored, when it is not the query itself (a followed "Did you mean" link). */
  searched?: string;
  /** The first five headlines shown, in order: those above the "words separately" divider and those under it. */
  top5: string[];
  /** |top5 ∩ (expected ∪ acceptable)| / |top5|; with nothing shown, 1 if nothing was expected, else 0. */
  precision: number;
  /** Expected headlines not among the first five. */
  missing: string[];
  /** Headlines among the first five that are neither expected nor acceptable. */
  unwanted: string[];
  /** Why no results could be read, when the page never showed any for the query. */
  error?: string;
}

export interface QualityReport {
  scores: QueryScore[];
  /** The mean of the queries' precision; 0 for an empty set, so that a run which scored nothing never passes. */
  meanPrecision: number;
  /** The queries with an expected headline outside the first five. */
  withMissing: QueryScore[];
}

/** How many results a reader looks at. */
export const TOP = 5;

const SPACE_BESIDE_HAN = /\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+/gu;

/**
 * A headline as compared: NFC, runs of white space as one space, and none beside a Chinese character (the results page
 * writes Chinese without the spaces its index puts between words, so a headline's own space there may go too).
 */
export function headlineKey(headline: string): string {
  return headline.normalize('NFC').replace(SPACE_BESIDE_HAN, '').replace(/\s+/g, ' ').trim();
}

/** Scores the headlines shown for a query, in the order shown (only the first five count). */
export function scoreQuery(judgement: QueryJudgement, shown: readonly string[], searched?: string): QueryScore {
  const top5 = shown.slice(0, TOP);
  const shownKeys = new Set(top5.map(headlineKey));
  const relevant = new Set([...judgement.expected, ...(judgement.acceptable ?? [])].map(headlineKey));
  const unwanted = top5.filter((headline) => !relevant.has(headlineKey(headline)));
  const precision = top5.length === 0 ? (judgement.expected.length === 0 ? 1 : 0) : (top5.length - unwanted.length) / top5.length;
  return {
    query: judgement.query,
    ...(searched !== undefined && searched !== judgement.query ? { searched } : {}),
    top5,
    precision,
    missing: judgement.expected.filter((headline) => !shownKeys.has(headlineKey(headline))),
    unwanted,
  };
}

/** A query whose results could not be read scores nothing, whatever it expected. */
export function failedQuery(judgement: QueryJudgement, error: string): QueryScore {
  return { query: judgement.query, top5: [], precision: 0, missing: [...judgement.expected], unwanted: [], error };
}

export function summarise(scores: readonly QueryScore[]): QualityReport {
  const meanPrecision = scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + s.precision, 0) / scores.length;
  return { scores: [...scores], meanPrecision, withMissing: scores.filter((s) => s.missing.length > 0) };
}

/** Columns a string takes in a terminal: Chinese characters and full-width forms take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function queryLabel(score: QueryScore): string {
  return score.searched === undefined ? score.query : `${score.query} → ${score.searched}`;
}

/** A table a person reads in the test log: query, P@5 and missing headlines, then what was shown in their place. */
export function formatReport(report: QualityReport): string {
  const labels = report.scores.map(queryLabel);
  const width = Math.max('query'.length, ...labels.map(displayWidth)) + 2;
  const lines = [`${pad('query', width)}P@5   missing`];
  report.scores.forEach((score, i) => {
    const missing = score.missing.length === 0 ? '—' : score.missing.join(' | ');
    lines.push(`${pad(labels[i]!, width)}${score.precision.toFixed(2)}  ${missing}`);
    if (score.error) lines.push(`${pad('', width)}      error: ${score.error}`);
    if (score.unwanted.length > 0) lines.push(`${pad('', width)}      not relevant: ${score.unwanted.join(' | ')}`);
  });
  lines.push('');
  lines.push(`mean P@5 ${report.meanPrecision.toFixed(3)} over ${report.scores.length} queries`);
  lines.push(
    report.withMissing.length === 0
      ? 'no query misses an expected article'
      : `${report.withMissing.length} with missing expected articles: ${report.withMissing.map(queryLabel).join(', ')}`,
  );
  return lines.join('\n');
}
