// Turn one file's bytes into a typed article with provenance and warnings, or into the errors that stop it.
// Each step is a module of its own; this file only composes them, in the order the text is read.
import { completeFromSourceUrl, findArticleDateline } from './article-dateline.ts';
import { findArticleExtent } from './article-extent.ts';
import { articleLanguages } from './article-languages.ts';
import { chooseTitle, continueLeadAfterTitle } from './article-title.ts';
import { bodyWarnings } from './article-warnings.ts';
import { decodeArticleBytes } from './decode.ts';
import { UNKNOWN_DATE } from './partial-date-text.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { LINE_ROLES } from './line-roles.ts';
import { normaliseText } from './normalize.ts';
import { MIN_HEADLINE_SCORE, MIN_HEADLINE_SCORE_OVER_FILE_NAME, titleFromFileName } from './headline.ts';
import { readPageLines } from './page-lines.ts';
import { joinTopicTexts, topicLength, topicTexts } from './topic-texts.ts';
import { articleSlug, validatePinnedSlug } from './slug.ts';
import { creditMethod } from './source-byline.ts';
import { buildStructure } from './structure.ts';
import { clipAtWord, countWords } from './text-stats.ts';
import type { CorpusContext } from './context.ts';
import type { Article, BodyBlock, ParseResult, PersonRef, Problem, Provenance, TopicRef } from './types.ts';

const SUMMARY_MAX_CHARS = 240;

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
    if (words === undefined) {
      words = countWords(text);
      counted.set(text, words);
    }
    return words;
  };
}

export function parseArticle(file: string, bytes: Uint8Array, ctx: CorpusContext): ParseResult {
  const decoded = decodeArticleBytes(file, bytes);
  if (!decoded.ok) return decoded;
  const fm = splitFrontmatter(file, normaliseText(decoded.text));
  if (fm.errors.length > 0) return { ok: false, errors: fm.errors };
  const o = fm.overrides;
  const warnings: Problem[] = [...decoded.notes];
  const errors: Problem[] = [];
  const warn = (w: { code: string; message: string; hint: string; line?: number }): void => {
    warnings.push({ severity: 'warning', file, ...w });
  };
  const provenance: Record<string, Provenance> = {};
  const overridden = Object.keys(o).sort();
  for (const key of overridden) provenance[key] = { line: null, method: 'frontmatter', evidence: '' };

  // Lines, unwrapping and Markdown; then the article's extent inside the page.
  const page = readPageLines(fm.body, fm.bodyFirstLine);
  const extent = findArticleExtent(
    page.lines,
    LINE_ROLES,
    titleFromFileName(file) ? MIN_HEADLINE_SCORE_OVER_FILE_NAME : MIN_HEADLINE_SCORE,
  );
  const underHeadline = extent.headline ? extent.lines.filter((l) => l !== extent.headline) : extent.lines;
  // With a date pinned in frontmatter, the dateline is still found: it stays out of the body either way.
  const dateline = findArticleDateline(underHeadline);
  const s = buildStructure(
    extent.lines,
    ctx.detectLanguage,
    (line) => dateline?.standsAlone === true && line === dateline.line,
    extent.headline?.line ?? null,
  );
  const dropped = [...page.dropped, ...extent.dropped, ...s.dropped].sort((a, b) => a.line - b.line);

  if (s.body.length === 0 && !s.headline) {
    if (page.lines.length === 0) {
      return {
        ok: false,
        errors: [
          {
            severity: 'error',
            code: 'no-text',
            file,
            message: 'the file has no article text (only Markdown rules or empty headings)',
            hint: 'Paste the article text into it, or delete the file.',
          },
        ],
      };
    }
    // A saved page that holds no article (a script notice, a bare menu) is reported and left out; the rest still builds.
    const first = dropped[0];
    const example = first ? `, e.g. line ${first.line}: "${clipAtWord(first.text, 60)}"` : '';
    return {
      ok: false,
      errors: [
        {
          severity: 'warning',
          code: 'no-article-text',
          file,
          message: `not published: no article text is left once the page's menus, links, notices and footers are set aside (${dropped.length} line${dropped.length === 1 ? '' : 's'}${example})`,
          hint: 'Paste the article itself into the file (headline and paragraphs), or delete the file.',
          ...(first ? { line: first.line } : {}),
        },
      ],
    };
  }

  // Title
  const chosen = chooseTitle(file, s.headline, extent.headlineReasons, s.body);
  // The summary and the word count read the lead whole, whatever part of it the title shows.
  const firstParagraph = s.body.find((b) => b.kind === 'paragraph')?.text ?? '';
  const wholeBody = s.body;
  if (chosen.fromLead && !o.title) s.body = continueLeadAfterTitle(s.body, chosen.text);
  const title = o.title ?? chosen.text;
  const titleLine = o.title ? null : chosen.line;
  if (!o.title) {
    provenance.title = chosen.provenance;
    if (chosen.noHeadline)
      warn({ code: chosen.provenance.method === 'file name' ? 'headline-from-file-name' : 'no-headline', ...chosen.noHeadline });
  }
  const titleLang = ctx.detectLanguage(title);
  const titleTranslation = s.titleTranslation
    ? { text: s.titleTranslation.text, lang: ctx.detectLanguage(s.titleTranslation.text), line: s.titleTranslation.line }
    : null;

  // Date
  let date = o.date ?? UNKNOWN_DATE;
  if (!o.date && dateline) {
    date = dateline.date;
    provenance.date = {
      line: dateline.line,
      method: dateline.standsAlone ? 'dateline' : 'date opening a paragraph',
      evidence: dateline.text,
    };
  }
  const completed = o.date ? null : completeFromSourceUrl(date, s.sourceUrl?.text ?? null);
  if (completed) {
    provenance.date = {
      line: s.sourceUrl!.line,
      method: date.precision === 'unknown' ? 'source URL' : `${provenance.date!.method}, year from the source URL`,
      evidence: s.sourceUrl!.text,
    };
    date = completed;
  }
  if (date.precision === 'unknown') {
    warn({
      code: 'no-date',
      message: 'no publication date found under the headline',
      hint: 'Add `date: YYYY-MM-DD` (or `--MM-DD` when the year is unknown) in frontmatter if you know it.',
    });
  } else if (date.year === null && !o.date) {
    warn({
      code: 'partial-date',
      message: `the date "${dateline?.text ?? ''}" has no year (nor has the source URL); it is kept as a day and month only`,
      hint: 'Add `date: YYYY-MM-DD` in frontmatter if you know the year.',
      ...(dateline ? { line: dateline.line } : {}),
    });
  }

  // Languages
  const wordsIn = rememberedWordCounts();
  const langs = articleLanguages({ text: title, lang: titleLang }, s.body, wordsIn);
  const language = o.language ?? langs.primary;
  if (!o.language) provenance.language = { line: null, method: 'most words among body paragraphs', evidence: langs.evidence };
  const languages = [language, ...langs.all.filter((l) => l !== language)];

  // Topics and people
  const wordCount = bodyTexts(wholeBody).reduce((n, t) => n + wordsIn(t), 0);
  const units = topicTexts({ text: title, lang: titleLang }, titleTranslation, wholeBody);
  const topics = o.topics
    ? resolvePinned(o.topics, ctx.topicsBySlug, 'topics', file, errors)
    : ctx.matchTopics(units, topicLength(wholeBody));
  // The same string the topic matcher cut into words: its tokens are reused.
  const people = o.people ? resolvePinned(o.people, ctx.peopleBySlug, 'people', file, errors) : ctx.matchPeople(joinTopicTexts(units).text);

  // Source and byline
  let source = o.source ?? null;
  if (!o.source && (s.sourceName || s.sourceUrl || s.agency)) {
    source = { name: s.sourceName?.text ?? s.agency?.text ?? null, url: s.sourceUrl?.text ?? null };
    const from = s.sourceUrl ?? s.sourceName ?? s.agency!;
    provenance.source = {
      line: from.line,
      method: s.sourceUrl && !s.sourceName ? 'source line' : creditMethod((s.sourceName ?? s.agency!).form),
      evidence: [s.sourceName?.text, s.sourceUrl?.text, s.agency && `(${s.agency.text})`].filter(Boolean).join(' '),
    };
  }
  const byline = o.byline ?? s.byline?.text ?? null;
  if (!o.byline && s.byline) provenance.byline = { line: s.byline.line, method: creditMethod(s.byline.form), evidence: s.byline.text };

  // Summary, counts, slug
  const summary = clipAtWord(firstParagraph || title, SUMMARY_MAX_CHARS);
  // The slug hashes the lead as the body shows it (after a title taken from it), as duplicates.ts recomputes it.
  let slug = articleSlug(title, s.body.find((b) => b.kind === 'paragraph')?.text ?? '');
  if (o.slug) {
    const bad = validatePinnedSlug(o.slug);
    if (bad)
      errors.push({
        severity: 'error',
        code: 'frontmatter-invalid',
        file,
        line: 1,
        message: `frontmatter \`slug\`: ${bad}`,
        hint: 'Use lowercase ASCII letters, digits and single hyphens, e.g. `slug: to-lam-meets-xi-jinping`.',
      });
    else slug = o.slug;
  } else provenance.slug = { line: titleLine, method: 'title, plus a hash of the title and first paragraph', evidence: slug };

  for (const w of bodyWarnings(s.body, s.orphanTranslations)) warn(w);
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
    dropped,
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
    else
      errors.push({
        severity: 'error',
        code: 'frontmatter-invalid',
        file,
        line: 1,
        message: `frontmatter \`${field}\` names "${slug}", which is not in src/data/${field === 'topics' ? 'topics' : 'people'}.yaml`,
        hint: `Use one of: ${[...known.keys()].join(', ')}; or add it to the data file.`,
      });
  }
  return out.sort((a, b) => a.slug.localeCompare(b.slug));
}
