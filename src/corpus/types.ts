// The data model of the corpus library: what one raw text file becomes.

/** A language we detect and label. `und` means undetermined (too short, or unknown script). */
export type LanguageCode = 'en' | 'vi' | 'fr' | 'zh' | 'und';

/** Where an inferred value came from, so an editor can check a guess. */
export interface Provenance {
  /** 1-based line in the normalised text (after frontmatter, counting from the file's first line). */
  line: number | null;
  /** How it was found, in words: `dateline`, `first line`, `frontmatter`, `source line`, … */
  method: string;
  /** The text that said it (clipped). */
  evidence: string;
}

/** How much of a date the text told us. */
export type DatePrecision = 'day' | 'month' | 'year' | 'month-day' | 'unknown';

/** A date as far as the text states it; missing parts stay missing, nothing is invented. */
export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
  /** ISO `YYYY-MM-DD` only when year, month and day are all known; else null. */
  iso: string | null;
}

/** A problem with one input file. `error` stops the build; `warning` is reported and the file is kept. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. `not-utf8`, `empty`, `no-date`. */
  code: string;
  /** The input file name (relative to the corpus folder). */
  file: string;
  /** 1-based line where it applies, when known. */
  line?: number;
  /** 0-based byte offset where it applies, when known (decoding problems). */
  byte?: number;
  message: string;
  /** What to do about it. */
  hint: string;
}

/** A paragraph of running text with its detected language, and its translation when the file pairs them. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  lang: LanguageCode;
  line: number;
  translation: TranslationText | null;
}

export interface TranslationText {
  text: string;
  lang: LanguageCode;
  line: number;
}

/** A short line with no final punctuation that introduces a section. */
export interface SubheadingBlock {
  kind: 'subheading';
  text: string;
  lang: LanguageCode;
  line: number;
  translation: TranslationText | null;
}

/** An image reference (the corpus has names, never image files), its caption and its credit; any part may be missing. */
export interface FigureBlock {
  kind: 'figure';
  image: string | null;
  caption: string | null;
  credit: string | null;
  lang: LanguageCode;
  line: number;
}

export type BodyBlock = ParagraphBlock | SubheadingBlock | FigureBlock;

/** A line kept out of the body, with the reason, so nothing is dropped silently. */
export interface DroppedLine {
  line: number;
  reason:
    | 'repeated-title'
    | 'boilerplate'
    | 'source-line'
    | 'byline'
    | 'dateline'
    | 'title'
    | 'title-translation'
    /** Menus, breadcrumbs, link residue, code, form fields: the page around the article. */
    | 'page-chrome'
    /** Below the article's last paragraph in a pasted page: related links, newsletters, footers. */
    | 'after-article'
    /** A related article's title shown as a link card. */
    | 'related-links'
    /** The same line twice in a row (an image's alt text and its caption). */
    | 'repeated-line'
    /** A Markdown rule (`---`) or an empty heading: markup with no text. */
    | 'markup';
  text: string;
}

export interface TopicRef {
  slug: string;
  name: string;
  /** How much the text is about the topic (src/corpus/topic-relevance.ts); absent when frontmatter pins the topics. */
  score?: number;
  /** The words in the text that matched the topic's patterns. */
  evidence: string[];
}

export interface PersonRef {
  slug: string;
  name: string;
  /** The aliases found in the text. */
  evidence: string[];
}

export interface SourceInfo {
  name: string | null;
  url: string | null;
}

/** One article, as parsed from one file. */
export interface Article {
  /** Slug; unique across the corpus by a deterministic rule. */
  slug: string;
  /** File name relative to the corpus folder. */
  sourceFile: string;
  title: string;
  /** The headline's translation in bilingual files. */
  titleTranslation: TranslationText | null;
  /** Language of the headline itself (may differ from the article's primary language). */
  titleLang: LanguageCode;
  date: PartialDate;
  /** Primary language: the one with most words in the body. */
  language: LanguageCode;
  /** Every language present, primary first, then by word count. */
  languages: LanguageCode[];
  topics: TopicRef[];
  people: PersonRef[];
  source: SourceInfo | null;
  byline: string | null;
  summary: string;
  wordCount: number;
  body: BodyBlock[];
  dropped: DroppedLine[];
  /** Provenance of each inferred field, keyed by field name. */
  provenance: Record<string, Provenance>;
  /** Fields an editor set in frontmatter. */
  overridden: string[];
  warnings: Problem[];
  /** Other files with the same text, not published: this article stands for them (src/corpus/duplicates.ts). Absent when there are none. */
  copies?: string[];
}

/** The result of parsing one file: an article (possibly with warnings) or the errors that stop it. */
export type ParseResult =
  | { ok: true; article: Article }
  /** The file is not published: `errors` stop the build; a warning alone (a page with no article text left) does not. */
  | { ok: false; errors: Problem[] };
