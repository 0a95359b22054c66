// Find the article inside a pasted page: its headline, where its text starts and ends, and the page chrome around it.
import { chooseHeadline, type HeadlineCandidate } from './headline.ts';
import { chromeShape, isProse, isShortLabel, SENTENCE_END, wordWeight, type ChromeShape } from './page-chrome.ts';
import { foldForComparison } from './text-stats.ts';
import type { DroppedLine } from './types.ts';
import type { PageLine } from './page-lines.ts';

export interface ArticleExtent {
  /** The article's lines in order, the headline among them. */
  lines: PageLine[];
  headline: PageLine | null;
  /** Why the headline was chosen, for `corpus:check`. */
  headlineReasons: string[];
  dropped: DroppedLine[];
}

/** What the extent finder needs to know of lines it does not classify itself. */
export interface LineRoles {
  /** Datelines and bylines: never a headline, never chrome, and the headline sits above them. */
  isDateline: (text: string) => boolean;
  isByline: (text: string) => boolean;
  /** A source, credit, image or translation line: structure, not chrome. */
  isStructural: (text: string) => boolean;
  /** A photo credit: the line above it is a caption. */
  isCredit: (text: string) => boolean;
}

/** Consecutive non-prose lines that end the article in a page dump (chrome-shaped lines count double). */
const END_GAP = 4;

/** What the roles say of one line, asked once. */
interface LineFacts {
  dateline: boolean;
  byline: boolean;
  dateOrByline: boolean;
  structural: boolean;
  credit: boolean;
  /** The chrome shape of a line no other step owns. */
  shape: ChromeShape | null;
}

function lineFacts(line: PageLine, roles: LineRoles): LineFacts {
  const dateline = roles.isDateline(line.text);
  const byline = roles.isByline(line.text);
  const structural = roles.isStructural(line.text);
  const owned = dateline || byline || structural;
  return {
    dateline,
    byline,
    dateOrByline: dateline || byline,
    structural,
    credit: roles.isCredit(line.text),
    shape: owned ? null : chromeShape(line.text),
  };
}

function proseWeight(line: PageLine, shape: ChromeShape | null): number {
  return shape === null && isProse(line.text) ? wordWeight(line.text) : 0;
}

/** Prose clusters are separated by more than this many non-prose lines. */
const CLUSTER_GAP = 2;
/** A cluster of at least this many words of prose, in two lines or more, is running text a headline may stand above. */
const SUBSTANTIAL_CLUSTER_WORDS = 30;

interface ProseCluster {
  start: number;
  weight: number;
  /** How many prose lines it holds: one long line alone is more often a notice (copyright, cookies) than an article. */
  lines: number;
}

/** Runs of prose lines with at most CLUSTER_GAP other lines inside each run. */
function proseClusters(lines: readonly PageLine[], shapes: readonly (ChromeShape | null)[]): ProseCluster[] {
  const clusters: ProseCluster[] = [];
  let current: ProseCluster | null = null;
  let gap = 0;
  lines.forEach((line, i) => {
    const weight = proseWeight(line, shapes[i]!);
    if (weight === 0) {
      gap++;
      if (gap > CLUSTER_GAP) current = null;
      return;
    }
    gap = 0;
    if (!current) {
      current = { start: i, weight: 0, lines: 0 };
      clusters.push(current);
    }
    current.weight += weight;
    current.lines++;
  });
  return clusters;
}

/**
 * Index one past the article's last line in a page dump: the last prose before a long run of non-prose lines (share
 * buttons, newsletters, "most read" lists, footers). A list of four short items inside a page's article ends it too:
 * pages print their footers' link lists in the same shape.
 */
function findBodyEnd(lines: readonly PageLine[], facts: readonly LineFacts[], from: number): number {
  let lastProse = from;
  let gap = 0;
  for (let i = from; i < lines.length; i++) {
    if (facts[i]!.shape === null && isProse(lines[i]!.text)) {
      lastProse = i;
      gap = 0;
      continue;
    }
    gap += facts[i]!.shape === null ? 1 : 2;
    if (gap >= END_GAP) break;
  }
  // A short run of other lines closing the file is the article's own ending (credits, a source line, a note).
  if (gap < END_GAP) return lines.length;
  let end = lastProse + 1;
  // A byline or source line closing the article belongs to it.
  while (end < lines.length && facts[end]!.shape === null && (facts[end]!.dateOrByline || facts[end]!.structural)) end++;
  return end;
}

/** Equal lines, case, spacing and punctuation aside (lengths are compared first: most neighbours differ there). */
function sameLine(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) / 4) return false;
  const folded = foldForComparison(a);
  return folded !== '' && folded === foldForComparison(b);
}

/**
 * A line shown twice in a row is printed once: an image's alt text above its caption, a copy-paste slip. In a page,
 * a pair under a short label ("Read more", "Sur le même sujet"), or an unpunctuated pair, is a link card (a related
 * article's title twice), which goes whole.
 */
function dropRepeats(lines: PageLine[], isPage: boolean, drop: (l: PageLine, reason: DroppedLine['reason']) => void): PageLine[] {
  const out: PageLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    // In a pasted article only a line repeated on the very next line is a slip; apart, the author set it twice.
    if (!next || (!isPage && next.line !== line.lastLine + 1) || !sameLine(line.text, next.text)) {
      out.push(line);
      continue;
    }
    const label = out.at(-1);
    const underLabel = label !== undefined && isShortLabel(label.text);
    if (!isPage || (SENTENCE_END.test(line.text) && !underLabel)) {
      out.push(line);
      drop(next, 'repeated-line');
    } else {
      if (underLabel) drop(out.pop()!, 'related-links');
      drop(line, 'related-links');
      drop(next, 'related-links');
    }
    i++;
  }
  return out;
}

/** Pages print the writer's name above the byline that repeats it ("Katie Bo Lillis" / "By Katie Bo Lillis, CNN"). */
function namesNextByline(lines: readonly PageLine[], facts: readonly LineFacts[], i: number): boolean {
  const name = lines[i]!.text;
  for (let j = i + 1; j <= i + 2 && j < lines.length; j++)
    if (facts[j]!.byline && name.length >= 4 && lines[j]!.text.includes(name)) return true;
  return false;
}

/** `minHeadlineScore` is higher when the file name already offers a headline (see headline.ts). */
export function findArticleExtent(all: readonly PageLine[], roles: LineRoles, minHeadlineScore: number): ArticleExtent {
  const dropped: DroppedLine[] = [];
  const drop = (l: PageLine, reason: DroppedLine['reason']): void => void dropped.push({ line: l.line, reason, text: l.text });
  const facts = all.map((l) => lineFacts(l, roles));
  const shapes = facts.map((f) => f.shape);
  const clusters = proseClusters(all, shapes);
  // The article's running text is the largest cluster of prose; earlier ones may be a standfirst or page furniture.
  const main = clusters.reduce<ProseCluster | null>((best, c) => (!best || c.weight > best.weight ? c : best), null);
  const bodyStart = main?.start ?? Math.max(0, shapes.indexOf(null));
  const substantial = clusters.filter((c) => (c.weight >= SUBSTANTIAL_CLUSTER_WORDS && c.lines >= 2) || c === main);
  const textStarts = new Set(substantial.map((c) => c.start));
  // A page (chrome, or headings set apart by indentation) may print a notice or a teaser above its headline; a pasted
  // article's headline comes before any running text.
  const looksLikePage = shapes.some((sh) => sh !== null) || all.some((l) => l.indentShift < 0);
  const headlineSearchEnd = looksLikePage ? bodyStart : (substantial[0]?.start ?? bodyStart);
  const candidates: HeadlineCandidate[] = all.map((l, i) => ({
    text: l.text,
    headingLevel: l.headingLevel,
    indentShift: l.indentShift,
    // A line right above a photo credit is that photo's caption.
    excluded:
      shapes[i] !== null ||
      facts[i]!.dateOrByline ||
      facts[i]!.structural ||
      facts[i + 1]?.credit === true ||
      namesNextByline(all, facts, i),
    chrome: shapes[i] !== null,
    dateline: facts[i]!.dateline,
    byline: facts[i]!.byline,
    startsText: textStarts.has(i),
  }));
  const chosen = chooseHeadline(candidates, headlineSearchEnd, minHeadlineScore);
  const start = chosen ? chosen.index : looksLikePage ? bodyStart : 0;
  // Before the headline (or, in a page with none, before the running text): the page's header and menus.
  let kept: PageLine[] = [];
  for (let i = 0; i < start; i++) {
    const line = all[i]!;
    if ((chosen && looksLikePage) || shapes[i] !== null || isShortLabel(line.text)) drop(line, 'page-chrome');
    else kept.push(line);
  }
  const isPageDump = looksLikePage || start - kept.length >= 2;
  const end = isPageDump ? findBodyEnd(all, facts, Math.max(start, bodyStart)) : all.length;
  for (let i = start; i < end; i++) {
    const line = all[i]!;
    if (shapes[i] !== null) drop(line, 'page-chrome');
    // Between a page's headline and its main text, short lines are labels, counters and buttons; a heading the page
    // sets apart (outdented, as text-mode browsers print them) is the article's own subheading.
    else if (
      isPageDump &&
      i > start &&
      i < bodyStart &&
      isShortLabel(line.text) &&
      line.indentShift >= 0 &&
      !facts[i]!.dateOrByline &&
      !facts[i]!.structural
    )
      drop(line, 'page-chrome');
    else kept.push(line);
  }
  for (let i = end; i < all.length; i++) drop(all[i]!, 'after-article');
  kept = dropRepeats(kept, isPageDump, drop);
  dropped.sort((a, b) => a.line - b.line);
  return { lines: kept, headline: chosen ? all[chosen.index]! : null, headlineReasons: chosen?.reasons ?? [], dropped };
}
