// The article's credits: the publisher or agency the text names (its source) and its writer (its byline), read
// where copy puts them: under the headline, opening the lead, and closing the article. Credit lines leave the body.
import {
  findSourceInLine,
  isWriterRole,
  matchClosingName,
  readCreditLine,
  splitClosingCredit,
  type ClosingCredit,
  type CreditForm,
  type LineCredit,
} from './credit-lines.ts';
import { endsLikeSentence, matchAgencyPrefix } from './line-patterns.ts';
import type { FoundText } from './structure.ts';
import type { DroppedLine } from './types.ts';

export interface CreditInput extends FoundText {
  /** A line of running text; false for lines another step classified (translations, figures, boilerplate, addresses). */
  prose: boolean;
}

export type CreditReason = Extract<DroppedLine['reason'], 'byline' | 'source-line'>;

/** A name a credit gave, where, and in which shape (for the provenance an editor checks). */
export interface CreditFound extends FoundText {
  form: CreditForm;
}

export interface ArticleCredits {
  /** The publisher or agency a credit names. */
  source: CreditFound | null;
  /** The agency opening the lead (`(TTXVN) - `, `HANOI (Reuters) - `) or standing alone above it (`Washington CNN —`). */
  agency: CreditFound | null;
  byline: CreditFound | null;
  /** Lines that are credits and nothing else, by line number, with the reason they leave the body. */
  creditLines: Map<number, CreditReason>;
  /** Lines that keep their text without a credit at their start (the lead's agency) or end (a signature run into the last paragraph). */
  trimmed: Map<number, string>;
  /** The credits cut from the end of a paragraph, so the list of text kept out of the body names them. */
  cut: DroppedLine[];
}

/** Credits under the headline are looked for among this many lines (a standfirst may come before the byline). */
const HEAD_LINES = 4;
/** Credits closing the article: at most this many lines, read upward from the last. */
const TAIL_LINES = 5;
/** A paragraph this short that ends `… Nguồn: X` is a photo caption (structure.ts makes it a figure), not the article's credit. */
const CAPTION_MAX_CHARS = 400;

/**
 * Which credit names the source when several do: a labelled source line says it outright; a domain or an outlet
 * in parentheses names the publisher; an agency beside a writer's name says where the copy came from.
 */
const SOURCE_RANK: Record<CreditForm, number> = {
  'source-label': 0,
  theo: 0,
  domain: 1,
  parenthesised: 1,
  signature: 2,
  'byline-label': 2,
  wire: 2,
  'dash-agency': 2,
  reporter: 2,
  editor: 3,
  'bare-name': 3,
  'agency-prefix': 3,
};

/** How each shape of credit is named in an article's provenance. */
const CREDIT_METHODS: Record<CreditForm, string> = {
  'source-label': 'source line',
  theo: '`Theo` line',
  'byline-label': 'byline line',
  wire: 'writer with agency line',
  'dash-agency': 'closing agency dash',
  signature: 'closing signature',
  parenthesised: 'credit in parentheses',
  reporter: 'reporter credit',
  domain: 'publisher domain line',
  editor: 'editor line',
  'bare-name': 'closing name line',
  'agency-prefix': 'agency prefix',
};

/** The provenance `method` for a credit of this shape: `byline line`, `closing signature`, `agency prefix`, … */
export function creditMethod(form: CreditForm): string {
  return CREDIT_METHODS[form];
}

/**
 * The shapes a credit under the headline may have. Signatures (`Trần Anh (TTXVN)`), credits in parentheses, dashes
 * and bare names close articles; under a headline the same shapes are a place, a remark, a list item, a name.
 */
const HEAD_FORMS: ReadonlySet<CreditForm> = new Set<CreditForm>([
  'source-label',
  'theo',
  'byline-label',
  'wire',
  'reporter',
  'domain',
  'editor',
]);

interface CreditsBeingRead extends ArticleCredits {
  sourceRank: number;
}

function take(c: CreditsBeingRead, found: LineCredit, line: number): void {
  if (found.byline) c.byline ??= { text: found.byline, line, form: found.form };
  if (found.source && SOURCE_RANK[found.form] < c.sourceRank) {
    c.source = { text: found.source, line, form: found.form };
    c.sourceRank = SOURCE_RANK[found.form];
  }
}

function takeLine(c: CreditsBeingRead, l: FoundText, found: LineCredit): void {
  take(c, found, l.line);
  c.creditLines.set(l.line, found.byline ? 'byline' : 'source-line');
}

/**
 * `lines` are the article's lines in order, the headline's among them; `start` is the index of the first line under
 * the headline (and its translation). `isStandaloneDateline` tells the lines the dateline step keeps out of the body.
 */
export function readCredits(lines: readonly CreditInput[], start: number, isStandaloneDateline: (line: number) => boolean): ArticleCredits {
  const c: CreditsBeingRead = {
    source: null,
    agency: null,
    byline: null,
    creditLines: new Map(),
    trimmed: new Map(),
    cut: [],
    sourceRank: Infinity,
  };
  readHead(c, lines, start, isStandaloneDateline);
  readTail(c, lines, start);
  const { sourceRank: _, ...credits } = c;
  return credits;
}

/** Under the headline: a byline or source line, a dateline naming its source, the lead's agency. */
function readHead(
  c: CreditsBeingRead,
  lines: readonly CreditInput[],
  start: number,
  isStandaloneDateline: (line: number) => boolean,
): void {
  let read = 0;
  for (let i = start; i < lines.length && read < HEAD_LINES; i++) {
    const l = lines[i]!;
    if (!l.prose) continue;
    if (isStandaloneDateline(l.line)) {
      const source = findSourceInLine(l.text);
      if (source) take(c, { byline: null, source, form: 'source-label' }, l.line);
      continue;
    }
    const position = read++;
    const found = readCreditLine(l.text);
    // `Theo X` credits only as the article's first line; further down it may open a sentence's clause.
    if (found && HEAD_FORMS.has(found.form) && (found.form !== 'theo' || position === 0)) {
      const hadByline = c.byline !== null;
      takeLine(c, l, found);
      if (!hadByline && c.byline) setAsideAuthorLines(c, lines, i);
      continue;
    }
    // The lead may sit below a standfirst or a page's buttons: its agency is looked for on each line until found.
    if (c.agency === null) readLeadAgency(c, l);
    readBylineRunIntoText(c, l);
  }
}

/**
 * `… une « propagande psychologique cruelle ». Par Le Parisien avec AFP`: a byline joined to the standfirst above it
 * when a page's line breaks were lost. Only labelled bylines count here: a bare name may end any sentence.
 */
function readBylineRunIntoText(c: CreditsBeingRead, l: FoundText): void {
  const split = splitClosingCredit(c.trimmed.get(l.line) ?? l.text, false);
  if (!split || (split.found.form !== 'byline-label' && split.found.form !== 'wire')) return;
  cutCredit(c, l, split);
}

function cutCredit(c: CreditsBeingRead, l: FoundText, split: ClosingCredit): void {
  take(c, split.found, l.line);
  c.trimmed.set(l.line, split.text);
  c.cut.push({ line: l.line, reason: split.found.byline ? 'byline' : 'source-line', text: split.credit });
}

/** `(TTXVN) - Hà Nội…`: the agency leaves the lead's text; alone on its line (`Washington CNN —`), the line leaves the body. */
function readLeadAgency(c: CreditsBeingRead, l: FoundText): void {
  const prefix = matchAgencyPrefix(l.text);
  if (!prefix) return;
  c.agency = { text: prefix.agency, line: l.line, form: 'agency-prefix' };
  if (prefix.byline) c.byline ??= { text: prefix.byline, line: l.line, form: 'agency-prefix' };
  if (prefix.rest.trim() === '') c.creditLines.set(l.line, 'source-line');
  else c.trimmed.set(l.line, prefix.rest);
}

/**
 * Pages show the writer's name above the byline (a portrait's caption) and the writer's role below it
 * (`Technology reporter`): both belong to the credit, not to the text.
 */
function setAsideAuthorLines(c: CreditsBeingRead, lines: readonly CreditInput[], bylineIndex: number): void {
  const byline = c.byline!.text;
  const before = lines[bylineIndex - 1];
  if (before?.prose && before.text.trim() === byline && !c.creditLines.has(before.line)) c.creditLines.set(before.line, 'byline');
  const after = lines[bylineIndex + 1];
  if (after?.prose && isWriterRole(after.text)) c.creditLines.set(after.line, 'byline');
}

/** Closing the article: credit lines read upward from the last line, then a credit run into the last paragraph. */
function readTail(c: CreditsBeingRead, lines: readonly CreditInput[], start: number): void {
  let i = lastProseIndex(lines, lines.length - 1);
  for (let read = 0; i >= start && read < TAIL_LINES; read++, i = lastProseIndex(lines, i - 1)) {
    const l = lines[i]!;
    if (c.creditLines.has(l.line)) continue;
    const text = c.trimmed.get(l.line) ?? l.text;
    const found = readCreditLine(text);
    if (found && !(found.form === 'dash-agency' && closesList(lines, i))) {
      takeLine(c, l, found);
      continue;
    }
    const name = c.byline === null && mayCloseWithName(lines, i) ? matchClosingName(text) : null;
    if (name) {
      takeLine(c, l, { byline: name, source: null, form: 'bare-name' });
      continue;
    }
    readCreditRunIntoText(c, l, text);
    return;
  }
}

/**
 * A bare name closes an article only below a finished sentence, and with two lines above it at least:
 * `C Thomson` under an attendance figure ends a match report's list, not its text.
 */
function mayCloseWithName(lines: readonly CreditInput[], index: number): boolean {
  if (index < 2) return false;
  const above = lines[index - 1]!;
  return !above.prose || endsLikeSentence(above.text);
}

/** `- Hà Nội` under `- Hải Phòng` is a list's last item, not `- AFP` crediting the agency. */
function closesList(lines: readonly CreditInput[], index: number): boolean {
  const above = lines[lastProseIndex(lines, index - 1)];
  return above !== undefined && /^[-–—•*]\s/u.test(above.text);
}

/** `… ./. Nguyễn Xuân Dự (TTXVN)`, `… the ministry said. — Reuters`, `…之道。文章来源：中国侨网`. */
function readCreditRunIntoText(c: CreditsBeingRead, l: FoundText, text: string): void {
  const split = splitClosingCredit(text, text.length > CAPTION_MAX_CHARS);
  if (!split) return;
  // A bare name is only a byline while none has been found; a second one is a name in the text.
  if (split.found.form === 'bare-name' && c.byline !== null) return;
  cutCredit(c, l, split);
}

function lastProseIndex(lines: readonly CreditInput[], from: number): number {
  for (let i = from; i >= 0; i--) if (lines[i]!.prose) return i;
  return -1;
}
