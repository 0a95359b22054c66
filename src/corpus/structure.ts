// Classify an article's lines: headline, translations, figures, subheadings, paragraphs, and the lines kept out of the body.
import type { BodyBlock, DroppedLine, FigureBlock, LanguageCode, TranslationText } from './types.ts';
import {
  endsLikeSentence,
  isBoilerplate,
  isImageName,
  matchCreditLine,
  matchSourceUrl,
  splitTrailingCredit,
  stripTranslationBullet,
} from './line-patterns.ts';
import { readCredits, type CreditFound } from './source-byline.ts';
import { foldForComparison } from './text-stats.ts';

export interface FoundText {
  text: string;
  line: number;
}

export interface ArticleStructure {
  /** The headline, or null when the file has none (the caller derives one from the lead and says so). */
  headline: FoundText | null;
  titleTranslation: FoundText | null;
  body: BodyBlock[];
  dropped: DroppedLine[];
  /** The publisher or agency a credit line names (source-byline.ts); `form` says which shape of credit. */
  sourceName: CreditFound | null;
  sourceUrl: FoundText | null;
  /** The agency opening the lead. */
  agency: CreditFound | null;
  byline: CreditFound | null;
  /** Translation lines with nothing before them to translate. */
  orphanTranslations: FoundText[];
}

const SUBHEADING_MAX_CHARS = 120;
const SUBHEADING_MAX_WORDS = 16;
const CAPTION_MAX_CHARS = 400;

/** `set-aside`: a line another step already kept out of the body (a byline, a source line). */
type LineKind = 'text' | 'translation' | 'credit' | 'image' | 'boilerplate' | 'source-url' | 'set-aside';

interface ClassifiedLine extends FoundText {
  kind: LineKind;
}

function classifyLine(l: FoundText): ClassifiedLine {
  const translated = stripTranslationBullet(l.text);
  if (translated !== null) return { line: l.line, text: translated, kind: 'translation' };
  if (isBoilerplate(l.text)) return { ...l, kind: 'boilerplate' };
  if (matchSourceUrl(l.text)) return { ...l, kind: 'source-url' };
  if (matchCreditLine(l.text)) return { ...l, kind: 'credit' };
  if (isImageName(l.text)) return { ...l, kind: 'image' };
  return { ...l, kind: 'text' };
}

function isSubheadingLike(text: string): boolean {
  return text.length <= SUBHEADING_MAX_CHARS && text.split(' ').length <= SUBHEADING_MAX_WORDS && !endsLikeSentence(text);
}

/** Headlines repeat with different spacing or case; the test compares lines with `headline` loosely (folded once). */
function repeatsHeadline(headline: string): (text: string) => boolean {
  const folded = foldForComparison(headline);
  return (text) => {
    // Lengths differ by more than the punctuation and spacing folding can remove: not the same line (and no folding cost).
    if (Math.abs(text.length - headline.length) > Math.max(text.length, headline.length) / 2) return false;
    return foldForComparison(text) === folded;
  };
}

/**
 * The article's blocks from its lines. The caller owns the choice of the headline (`headlineLine`, from the page-extent
 * step) and of the dateline (`isStandaloneDateline(line)`, from date parsing); credits are read by source-byline.ts.
 */
export function buildStructure(
  lines: readonly FoundText[],
  detect: (text: string) => LanguageCode,
  isStandaloneDateline: (line: number) => boolean,
  headlineLine: number | null,
): ArticleStructure {
  const items = lines.filter((l) => l.text !== '').map(classifyLine);
  const s: ArticleStructure = {
    headline: null,
    titleTranslation: null,
    body: [],
    dropped: [],
    sourceName: null,
    sourceUrl: null,
    agency: null,
    byline: null,
    orphanTranslations: [],
  };
  const drop = (it: ClassifiedLine, reason: DroppedLine['reason']): void => {
    s.dropped.push({ line: it.line, reason, text: it.text });
  };

  // The headline (and its translation) leave the lines; a line above it (a pasted kicker) stays in the body, first.
  const at = headlineLine === null ? -1 : items.findIndex((it) => it.line === headlineLine);
  if (at >= 0) {
    const headline = items.splice(at, 1)[0]!;
    s.headline = { text: headline.text, line: headline.line };
    drop(headline, 'title');
    if (items[at]?.kind === 'translation') {
      const translation = items.splice(at, 1)[0]!;
      s.titleTranslation = { text: translation.text, line: translation.line };
      drop(translation, 'title-translation');
    }
  }

  const credits = readCredits(
    items.map((it) => ({ text: it.text, line: it.line, prose: it.kind === 'text' })),
    Math.max(0, at),
    isStandaloneDateline,
  );
  for (const it of items) {
    const reason = credits.creditLines.get(it.line);
    if (reason) {
      drop(it, reason);
      it.kind = 'set-aside';
    } else it.text = credits.trimmed.get(it.line) ?? it.text;
  }
  s.dropped.push(...credits.cut);
  s.sourceName = credits.source;
  s.agency = credits.agency;
  s.byline = credits.byline;

  const lastBodyTextIndex = findLastIndex(items, (it) => it.kind === 'text');
  const isRepeatedHeadline = s.headline ? repeatsHeadline(s.headline.text) : (): boolean => false;
  let last: BodyBlock | null = null;
  let droppedRepeat = false;
  for (let index = 0; index < items.length; index++) {
    const it = items[index]!;
    switch (it.kind) {
      case 'boilerplate':
        drop(it, 'boilerplate');
        droppedRepeat = false;
        continue;
      case 'set-aside':
        droppedRepeat = false;
        continue;
      case 'source-url':
        s.sourceUrl ??= { text: matchSourceUrl(it.text)!, line: it.line };
        drop(it, 'source-line');
        continue;
      case 'translation': {
        const translation: TranslationText = { text: it.text, lang: detect(it.text), line: it.line };
        if (droppedRepeat) drop(it, 'repeated-title');
        else if (last && (last.kind === 'paragraph' || last.kind === 'subheading') && !last.translation) last.translation = translation;
        else {
          // Nothing to pair it with: show it as a paragraph of its own rather than lose it.
          s.orphanTranslations.push({ text: it.text, line: it.line });
          s.body.push({ kind: 'paragraph', text: it.text, lang: translation.lang, line: it.line, translation: null });
          last = null;
        }
        droppedRepeat = false;
        continue;
      }
      case 'image':
      case 'credit': {
        const figure = readFigure(items, index, detect);
        s.body.push(figure.block);
        last = figure.block;
        index = figure.lastIndex;
        droppedRepeat = false;
        continue;
      }
      case 'text':
        break;
    }
    droppedRepeat = false;
    if (isRepeatedHeadline(it.text)) {
      drop(it, 'repeated-title');
      droppedRepeat = true;
      continue;
    }
    if (isStandaloneDateline(it.line)) {
      drop(it, 'dateline');
      continue;
    }
    const text = it.text;
    const next = items[index + 1];
    if (next?.kind === 'credit' && text.length <= CAPTION_MAX_CHARS) {
      const figure = readFigure(items, index, detect);
      s.body.push(figure.block);
      last = figure.block;
      index = figure.lastIndex;
      continue;
    }
    const captioned = text.length <= CAPTION_MAX_CHARS ? splitTrailingCredit(text) : null;
    if (captioned) {
      last = figureBlock(null, captioned.caption, captioned.credit, it.line, detect);
      s.body.push(last);
      continue;
    }
    // The closing line is never a subheading, and neither is a short line followed by another short line (a list).
    // A credit line set aside still stands on the page below this one, as short as it is.
    const nextIsShortLine = (next?.kind === 'text' || next?.kind === 'set-aside') && isSubheadingLike(next.text);
    if (isSubheadingLike(text) && index < lastBodyTextIndex && !nextIsShortLine) {
      last = { kind: 'subheading', text, lang: detect(text), line: it.line, translation: null };
    } else {
      last = { kind: 'paragraph', text, lang: detect(text), line: it.line, translation: null };
    }
    s.body.push(last);
  }
  s.dropped.sort((a, b) => a.line - b.line);
  return s;
}

function figureBlock(
  image: string | null,
  caption: string | null,
  credit: string | null,
  line: number,
  detect: (t: string) => LanguageCode,
): FigureBlock {
  return { kind: 'figure', image, caption, credit, lang: caption ? detect(caption) : 'und', line };
}

/** An image name, then optionally a caption (which may end with its credit), then optionally a credit line. */
function readFigure(
  items: readonly ClassifiedLine[],
  start: number,
  detect: (t: string) => LanguageCode,
): { block: FigureBlock; lastIndex: number } {
  let i = start;
  const first = items[i]!;
  let image: string | null = null;
  let caption: string | null = null;
  let credit: string | null = null;
  if (first.kind === 'image') {
    image = first.text;
    const next = items[i + 1];
    if (next?.kind === 'text' && next.text.length <= CAPTION_MAX_CHARS) {
      i++;
      const split = splitTrailingCredit(next.text);
      caption = split ? split.caption : next.text;
      credit = split ? split.credit : null;
    }
  } else if (first.kind === 'text') {
    caption = first.text;
  } else {
    credit = first.text;
  }
  const after = items[i + 1];
  if (credit === null && after?.kind === 'credit') {
    credit = after.text;
    i++;
  }
  return { block: figureBlock(image, caption, credit, first.line, detect), lastIndex: i };
}

function findLastIndex<T>(list: readonly T[], test: (t: T) => boolean, from = list.length - 1): number {
  for (let i = from; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}
