// One URL per article across the corpus. Files with the same text become one article (the first file name stands for
// the others, which are named in warnings, never dropped silently), and articles whose title and first paragraph
// coincide, so that articleSlug gives them one URL, are told apart by a hash of each one's whole text. Both rules read
// each article's own text only, so the outcome depends neither on the order files are listed in nor on which of them
// were parsed again: an incremental build settles the whole set the way a clean parse does.
import { articlePath } from '../site/urls.ts';
import { articleSlug, wholeTextSlug } from './slug.ts';
import type { Article, Problem, Provenance } from './types.ts';

/** A body block as settling reads it: its text, never its source line (a parse reused from the content store has none). */
type TextBlock =
  | { kind: 'paragraph' | 'subheading'; text: string; translation: { text: string } | null }
  | { kind: 'figure'; image: string | null; caption: string | null; credit: string | null };

/**
 * What settling reads of a file's parse: a whole Article, or the page data the content store keeps of it, which
 * stands in for the parse of an unchanged file (src/content/page-article.ts). Settling gives back the same kind.
 */
export interface SettleableArticle {
  slug: string;
  sourceFile: string;
  title: string;
  titleTranslation: { text: string } | null;
  body: readonly TextBlock[];
  overridden: readonly string[];
  warnings: Problem[];
  copies?: string[];
  /** A whole parse's provenance, corrected where settling moves the slug; page data keeps none. */
  provenance?: Record<string, Provenance>;
}

const DUPLICATE_FILE = 'duplicate-file';
const SLUG_FROM_WHOLE_TEXT = 'slug-from-whole-text';
/** The warnings settling adds. A reused parse carries those of the build it came from; they are settled afresh. */
const SETTLING_CODES: ReadonlySet<string> = new Set([DUPLICATE_FILE, SLUG_FROM_WHOLE_TEXT]);

/** Provenance methods of the slug: the one parseArticle writes (put back on a reused parse), and the one an article gets when it is told apart. */
const TITLE_AND_LEAD_METHOD = 'title, plus a hash of the title and first paragraph';
const WHOLE_TEXT_METHOD = 'title, plus a hash of the whole text (the title and first paragraph are shared with another article)';

/**
 * The hash lengths tried, in order, on the whole text. Six hex digits apart almost always; the longer ones exist so two
 * different texts can never be left on one URL by a coincidence of six digits.
 */
const WHOLE_TEXT_HASH_DIGITS = [6, 16, 64] as const;

/** What became of one parsed file: published as an article, or a copy of another file, with the warning that says so. */
export type Settled<A extends SettleableArticle = Article> = { published: true; article: A } | { published: false; warning: Problem };

/** Settles every parsed article of the corpus; the answer for each is at its index. */
export function settleArticles<A extends SettleableArticle>(parsed: readonly A[]): Settled<A>[] {
  const own = parsed.map(withoutSettling);
  const textOf = remembered(articleText);
  const groupOf = sameTextGroups(own, textOf);
  const keepers = own.filter((a) => groupOf.get(a)![0] === a);
  const slugs = settleSlugs(keepers, textOf);
  return own.map((a): Settled<A> => {
    const [keeper, ...copies] = groupOf.get(a)!;
    const copyFiles = copies.map((c) => c.sourceFile);
    if (a !== keeper) return { published: false, warning: copyWarning(a.sourceFile, keeper!.sourceFile, copyFiles) };
    return { published: true, article: settled(a, slugs.get(a)!, copyFiles) };
  });
}

/**
 * Each article's group of files with the same text, in file-name order (the first is published). Copies share the
 * first line of their text (the title), so only articles that do are compared whole: the whole texts of a large
 * corpus cost far more to build than its titles.
 */
function sameTextGroups<A extends SettleableArticle>(articles: readonly A[], textOf: (a: A) => string): Map<A, A[]> {
  const groupOf = new Map<A, A[]>();
  for (const candidates of groupBy(articles, firstTextLine).values()) {
    const groups = candidates.length === 1 ? [candidates] : [...groupBy(candidates, textOf).values()];
    for (const group of groups) {
      group.sort(byFileName);
      for (const a of group) groupOf.set(a, group);
    }
  }
  return groupOf;
}

function remembered(f: (a: SettleableArticle) => string): (a: SettleableArticle) => string {
  const known = new Map<SettleableArticle, string>();
  return (a) => {
    let value = known.get(a);
    if (value === undefined) {
      value = f(a);
      known.set(a, value);
    }
    return value;
  };
}

/**
 * The article's own text, as copies are compared and as its whole-text slug hashes it: the title, its translation, and
 * each body block's text (paragraphs and subheadings with their translations; figures' image, caption and credit), one
 * piece a line, each NFC with every run of whitespace as one space. Line ends, a byte-order mark and trailing spaces
 * differ between copies saved by different editors, never the words.
 */
export function articleText<T extends TextParts>(a: T): string {
  return [...textLines(a)].join('\n');
}

type TextParts = Pick<SettleableArticle, 'title' | 'titleTranslation' | 'body'>;

function* textLines(a: TextParts): Generator<string> {
  yield* collapsedLines([a.title, a.titleTranslation?.text ?? null]);
  for (const block of a.body) yield* collapsedLines(blockPieces(block));
}

function* collapsedLines(pieces: readonly (string | null)[]): Generator<string> {
  for (const piece of pieces) {
    const line = piece === null ? '' : collapseWhitespace(piece);
    if (line !== '') yield line;
  }
}

/** The first line of articleText, without building the rest. */
function firstTextLine(a: TextParts): string {
  for (const line of textLines(a)) return line;
  return '';
}

function blockPieces(b: TextBlock): (string | null)[] {
  if (b.kind === 'figure') return [b.image, b.caption, b.credit];
  return [b.text, b.translation?.text ?? null];
}

/** Whitespace other than a single inner space. Parsed text rarely has any, and testing is several times cheaper than replacing. */
const LOOSE_WHITESPACE = /[^\S ]| {2}|^ | $/u;

function collapseWhitespace(s: string): string {
  const nfc = s.normalize('NFC');
  return LOOSE_WHITESPACE.test(nfc) ? nfc.replace(/\s+/gu, ' ').trim() : nfc;
}

/**
 * The article as its file's parse gave it. A reused parse may come from an earlier settling, with its copies, its
 * warnings and, where it was told apart from another, its whole-text slug; each is settled again from the start.
 */
function withoutSettling<A extends SettleableArticle>(a: A): A {
  const own: A = { ...a, warnings: a.warnings.filter((w) => !SETTLING_CODES.has(w.code)) };
  delete own.copies;
  const wasMoved = a.warnings.some((w) => w.code === SLUG_FROM_WHOLE_TEXT);
  if (!wasMoved) return own;
  const slug = articleSlug(a.title, firstParagraph(a));
  // A parse reused from the content store keeps no provenance; there is nothing to put back then.
  const provenance = a.provenance && {
    ...a.provenance,
    slug: { line: a.provenance.slug?.line ?? null, method: TITLE_AND_LEAD_METHOD, evidence: slug },
  };
  return { ...own, slug, ...(provenance ? { provenance } : {}) };
}

function groupBy<T>(items: readonly T[], key: (item: T, index: number) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  items.forEach((item, i) => {
    const k = key(item, i);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  });
  return groups;
}

/** Code-point order, as the corpus folder is listed: the same on every machine and locale. */
function byFileName(a: SettleableArticle, b: SettleableArticle): number {
  return a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0;
}

const isPinned = (a: SettleableArticle): boolean => a.overridden.includes('slug');

/** The first body paragraph's text, as parseArticle hashes it into the slug. */
function firstParagraph(a: SettleableArticle): string {
  for (const b of a.body) if (b.kind === 'paragraph') return b.text;
  return '';
}

/** An article's settled slug, and, when it could not keep its first choice, that URL and who else claimed it. */
interface SlugOutcome {
  slug: string;
  moved: { from: string; claimedBy: string[] } | null;
}

/**
 * One article's claim on a URL. Its choices, strongest first: its own slug (pinned, or of its title and lead), then
 * its whole-text slugs by hash length; a pinned slug is its only choice.
 */
interface Claim {
  article: SettleableArticle;
  /** How many choices it has given up. */
  at: number;
  slug: string;
  moved: SlugOutcome['moved'];
}

const hasChoiceLeft = (c: Claim): boolean => !isPinned(c.article) && c.at < WHOLE_TEXT_HASH_DIGITS.length;

function moveOn(c: Claim, group: readonly Claim[], text: string): void {
  c.moved ??= { from: c.slug, claimedBy: otherFiles(group, c) };
  c.slug = wholeTextSlug(c.article.title, text, WHOLE_TEXT_HASH_DIGITS[c.at]!);
  c.at++;
}

/**
 * Gives each article a URL no other article has, where a rule allows it. Where several claim one URL, the strongest
 * claim keeps it (a pinned slug, then the title-and-lead slug, then shorter whole-text hashes) and the others move
 * to their next choice; claims equally strong all move, so which file came first never decides. Repeated until no
 * URL is shared, which ends because every move goes one choice further. Only articles with no choice left (two
 * pinning the same slug) can still share one: findSlugCollisions reports them.
 */
function settleSlugs(
  articles: readonly SettleableArticle[],
  textOf: (a: SettleableArticle) => string,
): Map<SettleableArticle, SlugOutcome> {
  const claims: Claim[] = articles.map((article) => ({ article, at: 0, slug: article.slug, moved: null }));
  for (;;) {
    const shared = [...groupBy(claims, (c) => c.slug).values()].filter((group) => group.length > 1);
    // Every move is decided before any is made, so the order of the groups never matters.
    const moving = shared
      .flatMap((group) => weakerClaims(group).map((claim) => ({ claim, group })))
      .filter(({ claim }) => hasChoiceLeft(claim));
    if (moving.length === 0) break;
    for (const { claim, group } of moving) moveOn(claim, group, textOf(claim.article));
  }
  return new Map(claims.map((c) => [c.article, { slug: c.slug, moved: c.moved }]));
}

/** The claims on one URL that give it up: all but the strongest, or all when the strongest is not alone. */
function weakerClaims(group: readonly Claim[]): Claim[] {
  const strength = (c: Claim): number => (isPinned(c.article) ? -1 : c.at);
  const strongest = Math.min(...group.map(strength));
  const atStrongest = group.filter((c) => strength(c) === strongest);
  return atStrongest.length === 1 ? group.filter((c) => c !== atStrongest[0]) : [...group];
}

function otherFiles(group: readonly Claim[], claim: Claim): string[] {
  return group
    .filter((c) => c !== claim)
    .map((c) => c.article.sourceFile)
    .sort();
}

/** The published article: its settled slug (and where it came from), its copies and the warnings that name them. */
function settled<A extends SettleableArticle>(a: A, outcome: SlugOutcome, copies: string[]): A {
  const warnings = [...a.warnings];
  if (copies.length > 0) warnings.push(keeperWarning(a.sourceFile, copies));
  if (outcome.moved) warnings.push(movedWarning(a.sourceFile, outcome.slug, outcome.moved));
  // A parse reused from the content store keeps no provenance; there is nothing to correct then.
  const provenance =
    outcome.moved && a.provenance
      ? { ...a.provenance, slug: { line: a.provenance.slug?.line ?? null, method: WHOLE_TEXT_METHOD, evidence: outcome.slug } }
      : undefined;
  return { ...a, slug: outcome.slug, warnings, ...(provenance ? { provenance } : {}), ...(copies.length > 0 ? { copies } : {}) };
}

const list = (files: readonly string[]): string => files.join(', ');

function keeperWarning(file: string, copies: readonly string[]): Problem {
  const verb = copies.length === 1 ? 'has' : 'have';
  return {
    severity: 'warning',
    code: DUPLICATE_FILE,
    file,
    message: `${list(copies)} ${verb} the same text as this file; the article is published once, from this file (the first of their names in order)`,
    hint: 'Delete the copies; if one of them is meant to be a different article, correct its text.',
  };
}

function copyWarning(file: string, keeper: string, copies: readonly string[]): Problem {
  const others = copies.filter((c) => c !== file);
  return {
    severity: 'warning',
    code: DUPLICATE_FILE,
    file,
    message: `the same text as ${keeper}, which is published in its place; this file is not published${others.length ? ` (also copied in ${list(others)})` : ''}`,
    hint: `Delete this file if it is a copy of ${keeper}; if it is meant to be a different article, correct its text.`,
  };
}

function movedWarning(file: string, slug: string, moved: NonNullable<SlugOutcome['moved']>): Problem {
  return {
    severity: 'warning',
    code: SLUG_FROM_WHOLE_TEXT,
    file,
    message:
      `its title and first paragraph give the URL ${articlePath(moved.from)}, which ${list(moved.claimedBy)} also ` +
      `${moved.claimedBy.length === 1 ? 'claims' : 'claim'}; its URL hashes its whole text instead: ${articlePath(slug)}`,
    hint: 'Nothing to do if these are different articles. If the title is site boilerplate rather than the headline, put the headline on the first line or pin `title:` in frontmatter; `slug:` in frontmatter pins a URL by hand.',
  };
}
