// Choose the headline among a text's first lines by its shape and place; without one, a title from the file name or the lead.
import { isListItem, isProse, isShortLabel, wordWeight } from './page-chrome.ts';
import { clipAtWord, foldForComparison } from './text-stats.ts';

/** What the headline scorer knows of a line. */
export interface HeadlineCandidate {
  text: string;
  /** Set by a Markdown `#` heading. */
  headingLevel: number | null;
  /** Columns of indentation beyond the body's (negative: a text-mode browser's heading). */
  indentShift: number;
  /** Page chrome, a dateline, a byline, a source or credit line: never a headline. */
  excluded: boolean;
  /** Page chrome (menus, link residue, form fields). */
  chrome: boolean;
  /** A dateline: the headline sits right above it. */
  dateline: boolean;
  /** A byline: the headline sits right above it. */
  byline: boolean;
  /** The first line of a cluster of running text. */
  startsText: boolean;
}

export interface ScoredHeadline {
  index: number;
  score: number;
  /** The features that counted, for `corpus:check`. */
  reasons: string[];
}

/** Below this score no line is taken for a headline (the caller then uses the file name or the lead). */
export const MIN_HEADLINE_SCORE = 4;
/** When the file name reads like a headline, a line of the text must score this much to be preferred to it. */
export const MIN_HEADLINE_SCORE_OVER_FILE_NAME = 9;
const MAX_HEADLINE_WORDS = 40;
/** A headline closed by a period is short ("Vietnam and China sign rail deal."); a longer such line is a lead. */
const MAX_PERIOD_HEADLINE_WORDS = 18;
/** A text-mode browser centres headings: far more indented than the body, not a list's few columns. */
const CENTRED_SHIFT = 4;
/** A headline is among a page's first paragraph lines; past these, lines are not scored (and never cost time). */
const MAX_CANDIDATES = 200;
/** How many lines below the last candidate a headline's repeat is looked for. */
const REPEAT_SEARCH_LINES = 12;
/** How much of each such line is searched. */
const REPEAT_SEARCH_CHARS = 240;
/** How far below a headline its dateline and byline may sit (a standfirst or a picture may come between). */
const FOLLOWING_LINES = 6;
const SENTENCE_PERIOD = /[.。]["'”’»)）]*$/u;
const LABEL_END = /[:：]$/u;
/** A sentence break inside a line: final punctuation, a space, then a capital letter. */
const INNER_SENTENCE_BREAK = /[.!?]["'”’]?\s+["'“‘]?\p{Lu}/u;

/** What the scorer asks of the lines around a candidate, computed once for all candidates. */
interface LineContext {
  /** Index of the first line at or after each index that starts running text, or -1. */
  nextTextStart: Int32Array;
  /** Lines not excluded before each index (prefix counts), to count those between two lines at once. */
  includedBefore: Int32Array;
  repeatedLater: (i: number, folded: string) => boolean;
}

/** Score one line as a headline; reasons say why, so an editor can follow the choice. */
function scoreLine(lines: readonly HeadlineCandidate[], i: number, context: LineContext): ScoredHeadline | null {
  const c = lines[i]!;
  if (c.excluded || c.text === '') return null;
  const weight = wordWeight(c.text);
  // One word is a menu item or a label ("Rubriques", "Menu"), never a whole headline; nor is a numbered list item.
  if (weight > MAX_HEADLINE_WORDS || weight < 2 || isListItem(c.text)) return null;
  let score = 0;
  const reasons: string[] = [];
  const add = (points: number, why: string): void => {
    score += points;
    reasons.push(why);
  };
  if (c.headingLevel === 1) add(5, 'marked as a heading');
  else if (c.headingLevel !== null) add(2, 'marked as a subheading');
  if (c.indentShift < 0) add(4, 'set apart from the indented body');
  else if (c.indentShift >= CENTRED_SHIFT) add(2, 'indented apart from the body');
  if (weight >= 3 && weight <= 30) add(2, 'headline length');
  // Two sentences ending with a period are a lead paragraph; two without one may be a headline ("A deal. But …").
  if (SENTENCE_PERIOD.test(c.text) && (INNER_SENTENCE_BREAK.test(c.text) || weight > MAX_PERIOD_HEADLINE_WORDS)) return null;
  if (SENTENCE_PERIOD.test(c.text)) add(-2, 'ends with a period');
  else if (LABEL_END.test(c.text)) add(-3, 'ends like a label');
  else add(1, 'no closing period');
  if (/^\p{Ll}/u.test(c.text)) add(-2, 'starts in lowercase');
  const following = lines.slice(i + 1, i + 1 + FOLLOWING_LINES);
  if (following.some((l) => l.dateline)) add(3, 'a dateline follows');
  if (following.some((l) => l.byline)) add(2, 'a byline follows');
  const next = following.filter((l) => !l.excluded);
  if (next.slice(0, 3).some((l) => isProse(l.text))) add(2, 'running text follows');
  if (i === 0) add(2, 'first line');
  // A headline heads running text: the lines between them are a standfirst, a byline, a date, a picture.
  const textStart = context.nextTextStart[i]!;
  if (textStart >= 0 && context.includedBefore[textStart]! - context.includedBefore[i + 1]! <= 4) add(3, 'right above running text');
  const shortAfter = next.slice(0, 3).filter((l) => isShortLabel(l.text) && wordWeight(l.text) <= 4).length;
  if (shortAfter >= 2) add(-2, 'short menu-like lines follow');
  // Running text above a line makes it a subheading or page furniture, unless it was only a page's notice or teaser.
  if (context.nextTextStart[0]! >= 0 && context.nextTextStart[0]! < i) add(-3, 'running text comes before it');
  const folded = foldForComparison(c.text);
  if (folded.length >= 12 && context.repeatedLater(i, folded)) add(2, 'repeated further on');
  return { index: i, score, reasons };
}

/**
 * The best headline among `lines[0..lastIndex]`, or null when none scores as one. Earlier lines win ties: a
 * headline comes before the text it heads.
 */
export function chooseHeadline(
  lines: readonly HeadlineCandidate[],
  lastIndex: number,
  minScore = MIN_HEADLINE_SCORE,
): ScoredHeadline | null {
  const candidates = Math.min(lines.length, lastIndex + 1, MAX_CANDIDATES);
  const n = lines.length;
  const nextTextStart = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) nextTextStart[i] = lines[i]!.startsText ? i : nextTextStart[i + 1]!;
  const includedBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) includedBefore[i + 1] = includedBefore[i]! + (lines[i]!.excluded ? 0 : 1);
  // The folded text of the lines a headline may be repeated in, with where each line starts in it.
  const last = Math.min(n - 1, candidates - 1 + REPEAT_SEARCH_LINES);
  const starts: number[] = [];
  let folded = '';
  for (let i = 0; i <= last; i++) {
    starts.push(folded.length);
    // A headline's repeat opens its line or comes early in it (a video's description, a standfirst).
    folded += `${foldForComparison(lines[i]!.text.slice(0, REPEAT_SEARCH_CHARS))}\n`;
  }
  const context: LineContext = {
    nextTextStart,
    includedBefore,
    repeatedLater: (i, text) => folded.indexOf(text, starts[i + 1] ?? folded.length) >= 0,
  };
  let best: ScoredHeadline | null = null;
  for (let i = 0; i < candidates; i++) {
    const scored = scoreLine(lines, i, context);
    if (scored && scored.score >= minScore && (!best || scored.score > best.score)) best = scored;
  }
  return best;
}

/** Leading corpus numbering in a file name: `zh_02_`, `000-`, `en_bbc_business_077` parts that are codes, not words. */
const FILE_NAME_CODES = /^(?:(?:[a-z]{2,3}|[0-9a-f]{6,})[_-]+|\d+[_\s-]+)+/u;
const HASH_OR_NUMBER = /^[\d\s_.-]*$|^[0-9a-f]{6,}$/iu;
const HAN = /\p{Script=Han}/gu;

/**
 * The headline a file name holds, when it reads like one: words or Han characters, not a number, hash, date or code.
 * `zh_02_越南：2020年50%的社交用户使用本土社交网络.txt` → `越南：2020年50%的社交用户使用本土社交网络`.
 */
export function titleFromFileName(file: string): string | null {
  const base = file
    .split('/')
    .pop()!
    .replace(/\.txt$/iu, '');
  const rest = base.replace(FILE_NAME_CODES, '').trim();
  if (rest === '' || HASH_OR_NUMBER.test(rest)) return null;
  const han = rest.match(HAN)?.length ?? 0;
  if (han >= 6) return rest;
  const words = rest.split(/[\s_-]+/u).filter((w) => /\p{L}{2,}/u.test(w));
  // Slug-like names are words joined by hyphens or underscores: read them with spaces.
  return words.length >= 4 && !/\d{4,}/u.test(rest) ? (rest.includes(' ') ? rest : words.join(' ')) : null;
}

const DERIVED_TITLE_MAX_CHARS = 120;
/** A sentence end; a period after an initial or a title's abbreviation (`M.`, `J.`, `Dr.`, `Mme.`, `Gen.`) is not one. */
const SENTENCE_END =
  /(?<!(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Mme|Mlle|Mgr|Me|Pr|Gen|Col|Lt|Sen|Rep|Gov|Jr|Sr))[.!?。！？；]["'”’)]*(?=\s|$)|[。！？；]/u;
/** Where a long sentence may be cut for a title: after a comma, a colon, a semicolon or a dash. */
const CLAUSE_BREAK = /[,;:，、：；]\s*|\s[–—-]\s/gu;
const CAPITALISED = /^\p{Lu}/u;

/** Two words that belong together: both capitalised (a name) or both digits (a number written with a space). */
function bindsToNext(word: string, next: string): boolean {
  return (CAPITALISED.test(word) && CAPITALISED.test(next)) || (/\d$/u.test(word) && /^\d/u.test(next));
}

/** The words that fit in `max` characters, backing off so the cut never splits a name or a number. */
function cutBeforeName(text: string, max: number): string {
  const words = text.split(' ');
  let n = clipAtWord(text, max).replace(/…$/u, '').split(' ').length;
  while (n > 3 && bindsToNext(words[n - 1]!, words[n] ?? '')) n--;
  return words.slice(0, n).join(' ');
}

/**
 * A short title from the lead for a file with no headline: its first sentence when short, else the sentence cut at
 * a clause boundary, else before a word (never inside a name or a number), marked with an ellipsis.
 */
export function titleFromLead(lead: string): string {
  const end = SENTENCE_END.exec(lead);
  const sentence = (end ? lead.slice(0, end.index + end[0].length) : lead).trim();
  if (sentence.length <= DERIVED_TITLE_MAX_CHARS) return sentence;
  let cut = -1;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index > DERIVED_TITLE_MAX_CHARS) break;
    if (m.index >= 30) cut = m.index;
  }
  const head = cut > 0 ? sentence.slice(0, cut) : cutBeforeName(sentence, DERIVED_TITLE_MAX_CHARS);
  return `${head.replace(/[\s,;:，、：；–—-]+$/u, '')}…`;
}
