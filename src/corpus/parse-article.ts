// Turn one file's bytes into a typed article with provenance and warnings, or into the errors that stop it.
import { decodeArticleBytes } from './decode.ts';
import { findDateline, isDateLine, UNKNOWN_DATE } from './dates.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { findLostApostrophes } from './lost-characters.ts';
import { normaliseText, splitLines } from './normalize.ts';
import { articleSlug, validatePinnedSlug } from './slug.ts';
import { buildStructure } from './structure.ts';
import { clipAtWord, countWords } from './text-stats.ts';
import type { CorpusContext } from './context.ts';
import type { Article, BodyBlock, LanguageCode, ParseResult, PersonRef, Problem, Provenance, TopicRef } from './types.ts';

const SUMMARY_MAX_CHARS = 240;
const DERIVED_TITLE_MAX_CHARS = 140;
const HUGE_PARAGRAPH_CHARS = 10_000;
const EVIDENCE_MAX_CHARS = 160;
/** A dateline is looked for among this many first non-empty lines. */
const DATELINE_SEARCH_LINES = 6;

function evidence(text: string): string {
  return clipAtWord(text, EVIDENCE_MAX_CHARS);
}

/** First sentence of a lead paragraph, for files that carry no headline. */
function firstSentence(text: string): string {
  const end = /[.!?。！？]["'”’)]*(?=\s|$)/u.exec(text);
  const sentence = end ? text.slice(0, end.index + end[0].length) : text;
  return clipAtWord(sentence, DERIVED_TITLE_MAX_CHARS);
}

/** All the text a reader sees in the body, for topic and people matching. */
function bodyTexts(body: readonly BodyBlock[]): string[] {
  const out: string[] = [];
  for (const b of body) {
    if (b.kind === 'figure') {
      if (b.caption) out.push(b.caption);
    } else {
      out.push(b.text);
      if (b.translation) out.push(b.translation.text);
    }
  }
  return out;
}

/** `countWords` remembered per text: the language tallies and the article's word count read the same paragraphs. */
function rememberedWordCounts(): (text: string) => number {
  const counted = new Map<string, number>();
  return (text) => {
    let words = counted.get(text);
    if (words === undefined) counted.set(text, (words = countWords(text)));
    return words;
  };
}

/** Words per language over the body's own paragraphs and their translations. */
function languageWordCounts(
  title: { text: string; lang: LanguageCode },
  body: readonly BodyBlock[],
  wordsIn: (text: string) => number,
): { primary: Map<LanguageCode, number>; all: Map<LanguageCode, number> } {
  const primary = new Map<LanguageCode, number>();
  const all = new Map<LanguageCode, number>();
  const add = (map: Map<LanguageCode, number>, lang: LanguageCode, text: string): void => {
    if (lang !== 'und') map.set(lang, (map.get(lang) ?? 0) + wordsIn(text));
  };
  for (const b of body) {
    if (b.kind !== 'paragraph' && b.kind !== 'subheading') continue;
    add(primary, b.lang, b.text);
    add(all, b.lang, b.text);
    if (b.translation) add(all, b.translation.lang, b.translation.text);
  }
  if (primary.size === 0) add(primary, title.lang, title.text);
  add(all, title.lang, title.text);
  return { primary, all };
}

/** Highest count first; equal counts by code, so the order never depends on input order. */
function byCount(counts: Map<LanguageCode, number>): LanguageCode[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([lang]) => lang);
}

export function parseArticle(file: string, bytes: Uint8Array, ctx: CorpusContext): ParseResult {
  const decoded = decodeArticleBytes(file, bytes);
  if (!decoded.ok) return decoded;
  const fm = splitFrontmatter(file, normaliseText(decoded.text));
  if (fm.errors.length > 0) return { ok: false, errors: fm.errors };
  const o = fm.overrides;
  const lines = splitLines(fm.body, fm.bodyFirstLine);
  const warnings: Problem[] = [];
  const errors: Problem[] = [];
  const warn = (code: string, message: string, hint: string, line?: number): void => {
    warnings.push({ severity: 'warning', code, file, message, hint, ...(line === undefined ? {} : { line }) });
  };
  const provenance: Record<string, Provenance> = {};
  const overridden = Object.keys(o).sort();
  for (const key of overridden) provenance[key] = { line: null, method: 'frontmatter', evidence: '' };

  const contentLines = lines.filter((l) => l.text !== '' && !l.text.startsWith('•'));
  const dateline = o.date ? null : findDateline(contentLines.map((l) => l.text), DATELINE_SEARCH_LINES);
  const datelineLine = dateline ? contentLines[dateline.line - 1]!.line : null;
  const datelineStandsAlone = dateline !== null && isDateLine(contentLines[dateline.line - 1]!.text);

  const s = buildStructure(lines, ctx.detectLanguage, (line) => datelineStandsAlone && line === datelineLine);

  if (s.body.length === 0 && !s.headline) {
    return { ok: false, errors: [{ severity: 'error', code: 'no-text', file, message: 'the file has no article text (only boilerplate, sources or credits)', hint: 'Paste the article text into it, or delete the file.' }] };
  }

  // Title
  let title: string;
  let titleLine: number | null = null;
  if (o.title) title = o.title;
  else if (s.headline) {
    title = s.headline.text;
    titleLine = s.headline.line;
    provenance.title = { line: titleLine, method: 'first line', evidence: evidence(title) };
  } else {
    const lead = s.body.find((b) => b.kind === 'paragraph') ?? s.body[0]!;
    const leadText = lead.kind === 'figure' ? (lead.caption ?? lead.credit ?? lead.image ?? '') : lead.text;
    title = firstSentence(leadText);
    titleLine = lead.line;
    provenance.title = { line: lead.line, method: 'first sentence of the lead (the file has no headline)', evidence: evidence(leadText) };
    warn('no-headline', `no headline line found; the title was taken from the first sentence of line ${lead.line}`, 'Add `title:` in frontmatter if the article has a real headline.', lead.line);
  }
  const titleLang = ctx.detectLanguage(title);
  const titleTranslation = s.titleTranslation ? { text: s.titleTranslation.text, lang: ctx.detectLanguage(s.titleTranslation.text), line: s.titleTranslation.line } : null;

  // Date
  let date = o.date ?? UNKNOWN_DATE;
  if (!o.date && dateline) {
    date = dateline.match.date;
    provenance.date = { line: datelineLine, method: datelineStandsAlone ? 'dateline' : 'date opening a paragraph', evidence: dateline.match.text };
  }
  if (date.precision === 'unknown') {
    warn('no-date', 'no publication date found in the first lines', 'Add `date: YYYY-MM-DD` (or `--MM-DD` when the year is unknown) in frontmatter if you know it.');
  } else if (date.year === null && !o.date) {
    warn('partial-date', `the date "${dateline?.match.text ?? ''}" has no year; it is kept as a day and month only`, 'Add `date: YYYY-MM-DD` in frontmatter if you know the year.', datelineLine ?? undefined);
  }

  // Languages
  const wordsIn = rememberedWordCounts();
  const counts = languageWordCounts({ text: title, lang: titleLang }, s.body, wordsIn);
  const detectedPrimary = byCount(counts.primary)[0] ?? titleLang;
  const language = o.language ?? detectedPrimary;
  if (!o.language) provenance.language = { line: null, method: 'most words among body paragraphs', evidence: byCount(counts.primary).map((l) => `${l}: ${counts.primary.get(l)} words`).join(', ') };
  const languages = [language, ...byCount(counts.all).filter((l) => l !== language)];

  // Topics and people
  const texts = [title, ...(titleTranslation ? [titleTranslation.text] : []), ...bodyTexts(s.body)].join('\n');
  const topics = o.topics ? resolvePinned(o.topics, ctx.topicsBySlug, 'topics', file, errors) : ctx.matchTopics(texts);
  const people = o.people ? resolvePinned(o.people, ctx.peopleBySlug, 'people', file, errors) : ctx.matchPeople(texts);

  // Source and byline
  let source = o.source ?? null;
  if (!o.source && (s.sourceName || s.sourceUrl || s.agency)) {
    source = { name: s.sourceName?.text ?? s.agency?.text ?? null, url: s.sourceUrl?.text ?? null };
    const from = s.sourceUrl ?? s.sourceName ?? s.agency!;
    provenance.source = { line: from.line, method: s.sourceUrl || s.sourceName ? 'source line' : 'agency prefix', evidence: [s.sourceName?.text, s.sourceUrl?.text, s.agency && `(${s.agency.text})`].filter(Boolean).join(' ') };
  }
  const byline = o.byline ?? s.byline?.text ?? null;
  if (!o.byline && s.byline) provenance.byline = { line: s.byline.line, method: 'closing name line', evidence: s.byline.text };

  // Summary, counts, slug
  const paragraphs = s.body.filter((b) => b.kind === 'paragraph');
  const firstParagraph = paragraphs[0]?.text ?? '';
  const summary = clipAtWord(firstParagraph || title, SUMMARY_MAX_CHARS);
  const wordCount = bodyTexts(s.body).reduce((n, t) => n + wordsIn(t), 0);
  let slug = articleSlug(title, firstParagraph);
  if (o.slug) {
    const bad = validatePinnedSlug(o.slug);
    if (bad) errors.push({ severity: 'error', code: 'frontmatter-invalid', file, line: 1, message: `frontmatter \`slug\`: ${bad}`, hint: 'Use lowercase ASCII letters, digits and single hyphens, e.g. `slug: to-lam-meets-xi-jinping`.' });
    else slug = o.slug;
  } else provenance.slug = { line: titleLine, method: 'title, plus a hash of the title and first paragraph', evidence: slug };

  // Warnings about what we could not tell or what looks damaged
  if (paragraphs.length === 0) warn('title-only', 'the article has a title but no body paragraphs', 'Paste the article text under the headline, or delete the file.');
  for (const p of paragraphs) {
    if (p.text.length > HUGE_PARAGRAPH_CHARS) warn('huge-paragraph', `a paragraph of ${p.text.length} characters; line breaks were probably lost in copying`, 'Split the paragraph where the original had line breaks.', p.line);
  }
  if (s.orphanTranslations.length > 0) {
    const lines = s.orphanTranslations.map((t) => t.line);
    const shown = lines.slice(0, 5).join(', ') + (lines.length > 5 ? ` and ${lines.length - 5} more` : '');
    warn('orphan-translation', `${lines.length} \`•\` translation line${lines.length === 1 ? '' : 's'} follow nothing they could translate (line ${shown}); shown as ordinary paragraphs`, 'Put each translation right under the paragraph it translates.', lines[0]);
  }
  const english = s.body.filter((b): b is Extract<BodyBlock, { kind: 'paragraph' }> => b.kind === 'paragraph' && b.lang === 'en');
  for (const lost of findLostApostrophes(english)) {
    warn('lost-apostrophe', `"${lost.word}" looks like "${lost.suggestion}" with the apostrophe lost in copying (text left as it is)`, 'Restore the apostrophe in the file if the original had one.', lost.line);
  }
  if (errors.length > 0) return { ok: false, errors };

  const article: Article = {
    slug,
    sourceFile: file,
    title,
    titleTranslation,
    titleLang,
    date,
    language,
    languages,
    topics,
    people,
    source,
    byline,
    summary,
    wordCount,
    body: s.body,
    dropped: s.dropped,
    provenance,
    overridden,
    warnings,
  };
  return { ok: true, article };
}

/** Frontmatter names topics and people by slug; an unknown slug is an error, never a silent drop. */
function resolvePinned(
  slugs: readonly string[],
  known: ReadonlyMap<string, { slug: string; name: string }>,
  field: string,
  file: string,
  errors: Problem[],
): (TopicRef & PersonRef)[] {
  const out: (TopicRef & PersonRef)[] = [];
  for (const slug of slugs) {
    const ref = known.get(slug);
    if (ref) out.push({ slug: ref.slug, name: ref.name, evidence: ['frontmatter'] });
    else errors.push({ severity: 'error', code: 'frontmatter-invalid', file, line: 1, message: `frontmatter \`${field}\` names "${slug}", which is not in src/data/${field === 'topics' ? 'topics' : 'people'}.yaml`, hint: `Use one of: ${[...known.keys()].join(', ')}; or add it to the data file.` });
  }
  return out.sort((a, b) => a.slug.localeCompare(b.slug));
}
