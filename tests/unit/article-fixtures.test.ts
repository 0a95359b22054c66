// Fixture cases: each folder of tests/fixtures holds an input (input.txt, or a corpus/ folder) and expected.json written by hand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { parseArticle } from '../../src/corpus/parse-article.ts';
import { parseCorpus } from '../../src/corpus/parse-corpus.ts';
import type { Article, BodyBlock } from '../../src/corpus/types.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const ctx = createCorpusContext();

interface ExpectedArticle {
  [field: string]: unknown;
}
interface ExpectedError {
  code: string;
  file?: string;
  line?: number;
  byte?: number;
  messageIncludes?: string;
}
interface Expected {
  /** The name the file is parsed under (its bytes still come from input.txt), for titles taken from file names. */
  fileName?: string;
  article?: ExpectedArticle;
  errors?: ExpectedError[];
  corpus?: {
    articles: number;
    errors: ExpectedError[];
    warnings?: ExpectedError[];
    sourceFiles?: string[];
    ignoredFiles?: string[];
    sameTitleDifferentSlugs?: string;
  };
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'expected.json')))
  .map((d) => d.name)
  .sort();

function paragraphsView(body: readonly BodyBlock[]): string[][] {
  return body.filter((b) => b.kind === 'paragraph').map((b) => (b.translation ? [b.lang, b.translation.lang] : [b.lang]));
}

/** The input as a reader sees it: NFC, runs of white space as one space (a phrase may wrap onto the next line). */
const readable = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ');

/** Compare only what the fixture states; each key is a property a reader of the site would notice. */
function checkArticle(a: Article, e: ExpectedArticle, input: string): void {
  const direct = ['title', 'titleLang', 'titleTranslation', 'language', 'languages', 'source', 'byline', 'slug', 'overridden'] as const;
  for (const key of direct) if (key in e) expect(a[key], key).toEqual(e[key]);
  if ('date' in e) expect(a.date, 'date').toMatchObject(e.date as object);
  if ('dateProvenance' in e) expect(a.provenance.date, 'date provenance').toMatchObject(e.dateProvenance as object);
  if ('titleProvenance' in e) expect(a.provenance.title, 'title provenance').toMatchObject(e.titleProvenance as object);
  if ('titleStartsWith' in e) expect(a.title.startsWith(e.titleStartsWith as string), `title "${a.title}"`).toBe(true);
  if ('titleEndsWith' in e) expect(a.title.endsWith(e.titleEndsWith as string), `title "${a.title}"`).toBe(true);
  if ('paragraphs' in e) expect(paragraphsView(a.body), 'paragraph languages').toEqual(e.paragraphs);
  if ('subheadings' in e)
    expect(
      a.body.filter((b) => b.kind === 'subheading').map((b) => b.text),
      'subheadings',
    ).toEqual(e.subheadings);
  if ('figures' in e) {
    const figures = a.body.flatMap((b) => (b.kind === 'figure' ? [{ image: b.image, caption: b.caption, credit: b.credit }] : []));
    expect(figures, 'figures').toEqual(e.figures);
  }
  if ('dropped' in e)
    expect(
      a.dropped.map((d) => [d.line, d.reason]),
      'lines kept out of the body',
    ).toEqual(e.dropped);
  if ('people' in e)
    expect(
      a.people.map((p) => p.slug),
      'people',
    ).toEqual(e.people);
  if ('personEvidence' in e) {
    for (const [slug, words] of Object.entries(e.personEvidence as Record<string, string[]>)) {
      expect(a.people.find((p) => p.slug === slug)?.evidence, `evidence for ${slug}`).toEqual(expect.arrayContaining(words));
    }
  }
  if ('topics' in e)
    expect(
      a.topics.map((t) => t.slug),
      'topics',
    ).toEqual(e.topics);
  if ('topicsInclude' in e)
    expect(
      a.topics.map((t) => t.slug),
      'topics',
    ).toEqual(expect.arrayContaining(e.topicsInclude as string[]));
  // What the article is at least arguably about: every topic it is tagged with is one of these, the first a main one.
  if ('topicsWithin' in e) for (const t of a.topics) expect(e.topicsWithin, `topic ${t.slug}`).toContain(t.slug);
  if ('topicsInclude' in e && a.topics.length > 0) expect(e.topicsInclude, 'first topic').toContain(a.topics[0]!.slug);
  // The words a reader would point to for a topic; and whatever else is shown as evidence is really in the text, at most 5.
  if ('topicEvidence' in e) {
    for (const [slug, words] of Object.entries(e.topicEvidence as Record<string, string[]>)) {
      expect(a.topics.find((t) => t.slug === slug)?.evidence, `evidence for ${slug}`).toEqual(expect.arrayContaining(words));
    }
    for (const t of a.topics) {
      expect(t.evidence.length, `evidence count for ${t.slug}`).toBeGreaterThan(0);
      expect(t.evidence.length, `evidence count for ${t.slug}`).toBeLessThanOrEqual(5);
      for (const words of t.evidence) expect(readable(input), `evidence for ${t.slug}`).toContain(words);
    }
  }
  if ('summaryStartsWith' in e) expect(a.summary.startsWith(e.summaryStartsWith as string), `summary "${a.summary}"`).toBe(true);
  if ('slugStartsWith' in e) expect(a.slug.startsWith(e.slugStartsWith as string), `slug ${a.slug}`).toBe(true);
  if ('warningCodes' in e) expect([...new Set(a.warnings.map((w) => w.code))].sort(), 'warnings').toEqual(e.warningCodes);
  if ('lostApostropheWords' in e) {
    const messages = a.warnings
      .filter((w) => w.code === 'lost-apostrophe')
      .map((w) => w.message)
      .join('\n');
    for (const word of e.lostApostropheWords as string[]) expect(messages).toContain(`"${word}"`);
  }
}

function checkErrors(
  actual: readonly { code: string; file: string; line?: number; byte?: number; message: string; hint: string }[],
  expected: readonly ExpectedError[],
  kind = 'error',
): void {
  expect(actual.map((p) => p.code).sort(), `${kind} codes`).toEqual(expected.map((p) => p.code).sort());
  for (const e of expected) {
    const found = actual.find((p) => p.code === e.code && (e.file === undefined || p.file === e.file));
    expect(found, `${kind} ${e.code} ${e.file ?? ''}`).toBeDefined();
    if (e.line !== undefined) expect(found!.line, 'line').toBe(e.line);
    if (e.byte !== undefined) expect(found!.byte, 'byte').toBe(e.byte);
    if (e.messageIncludes) expect(actual.map((p) => p.message).join('\n')).toContain(e.messageIncludes);
    expect(found!.hint.length, `every ${kind} carries a hint`).toBeGreaterThan(10);
  }
}

describe('article fixtures', () => {
  for (const name of cases) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
      if (expected.corpus) {
        const result = parseCorpus(join(FIXTURES, name, 'corpus'), ctx);
        expect(result.articles.length, 'articles').toBe(expected.corpus.articles);
        checkErrors(result.errors, expected.corpus.errors);
        if (expected.corpus.warnings) checkErrors(result.warnings, expected.corpus.warnings, 'warning');
        if (expected.corpus.sourceFiles)
          expect(
            result.articles.map((a) => a.sourceFile),
            'published files',
          ).toEqual(expected.corpus.sourceFiles);
        if (expected.corpus.ignoredFiles) expect(result.ignoredFiles).toEqual(expected.corpus.ignoredFiles);
        if (expected.corpus.sameTitleDifferentSlugs) {
          const same = result.articles.filter((a) => a.title === expected.corpus!.sameTitleDifferentSlugs);
          expect(same.length).toBe(2);
          expect(new Set(same.map((a) => a.slug)).size).toBe(2);
        }
        return;
      }
      const input = readFileSync(join(FIXTURES, name, 'input.txt'));
      const parsed = parseArticle(expected.fileName ?? 'input.txt', input, ctx);
      if (expected.errors) {
        expect(parsed.ok, 'the file is refused').toBe(false);
        if (!parsed.ok) checkErrors(parsed.errors, expected.errors);
        return;
      }
      if (!parsed.ok) throw new Error(`expected an article, got errors: ${parsed.errors.map((e) => e.message).join('; ')}`);
      checkArticle(parsed.article, expected.article!, input.toString('utf8'));
    });
  }
});
