// One URL per article: copies of one text become one article with a warning on every file, articles that share a title
// and first paragraph get slugs from their whole text, and only two pinned slugs can still clash (an error).
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content/article-schema.ts';
import { pageArticle, type PageArticle } from '../../src/content/page-article.ts';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { articleText, settleArticles } from '../../src/corpus/duplicates.ts';
import { parseArticle } from '../../src/corpus/parse-article.ts';
import { parseCorpus, placeParses, readCorpus, settleCorpus, type CorpusResult } from '../../src/corpus/parse-corpus.ts';
import { articleSlug, slugifyTitle } from '../../src/corpus/slug.ts';
import type { Article } from '../../src/corpus/types.ts';
import { TEST_OUTPUT } from '../helpers/build-site.ts';

const ctx = createCorpusContext();
const ROOT = join(TEST_OUTPUT, 'unit-duplicates');

/** A fresh corpus folder holding exactly `files` (relative name → text or bytes). */
function corpus(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

const sha256 = (text: string, digits: number): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, digits);
const bySource = (result: CorpusResult, file: string): Article => result.articles.find((a) => a.sourceFile === file)!;
const warningsOf = (result: CorpusResult, file: string, code: string): string[] =>
  result.warnings.filter((w) => w.file === file && w.code === code).map((w) => w.message);

const TITLE = 'Vietnam and China hold talks';
const LEAD = 'To Lam and Xi Jinping held talks in Hanoi on Monday.';
const RAILWAY = 'The two leaders agreed to speed up the Lao Cai railway.';
const FISHERIES = 'They also signed a memorandum on fisheries in the Gulf of Tonkin.';
const TRADE = 'Trade between the two countries grew by a fifth last year.';
const article = (...paragraphs: string[]): string => `${TITLE}\n\nApril 14, 2025\n\n${paragraphs.join('\n\n')}\n`;

describe('articleText', () => {
  it('is the title and each block, one a line, NFC, with every run of whitespace as one space', () => {
    const text = articleText({
      title: ' Tô  Lâm '.normalize('NFD'),
      titleTranslation: { text: 'To Lam', lang: 'en', line: 2 },
      body: [
        {
          kind: 'paragraph',
          text: 'First\u00a0line\t and  more ',
          lang: 'en',
          line: 3,
          translation: { text: 'Dòng đầu', lang: 'vi', line: 4 },
        },
        { kind: 'figure', image: 'map.jpg', caption: null, credit: 'VNA', lang: 'en', line: 5 },
      ],
    });
    expect(text).toBe('Tô Lâm\nTo Lam\nFirst line and more\nDòng đầu\nmap.jpg\nVNA');
  });
});

describe('files with the same text', () => {
  const text = article(LEAD, RAILWAY);
  const windows = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '  \r\n'), 'utf8')]);

  it('become one article, from the first name, with a warning on every file naming the others', () => {
    const result = parseCorpus(
      corpus('same-text', { 'b.txt': text, 'c-windows.txt': windows, 'a.txt': text.replace(LEAD, LEAD.replace(/ /g, '   ')) }),
      ctx,
    );
    expect(result.errors).toEqual([]);
    expect(result.articles.map((a) => a.sourceFile)).toEqual(['a.txt']);
    expect(result.articles[0]!.copies).toEqual(['b.txt', 'c-windows.txt']);
    expect(warningsOf(result, 'a.txt', 'duplicate-file')).toEqual([
      'b.txt, c-windows.txt have the same text as this file; the article is published once, from this file (the first of their names in order)',
    ]);
    expect(warningsOf(result, 'b.txt', 'duplicate-file')).toEqual([
      'the same text as a.txt, which is published in its place; this file is not published (also copied in c-windows.txt)',
    ]);
    expect(warningsOf(result, 'c-windows.txt', 'duplicate-file')).toEqual([
      'the same text as a.txt, which is published in its place; this file is not published (also copied in b.txt)',
    ]);
  });

  it('keep the URL of the text alone: the slug of its title and first paragraph', () => {
    const result = parseCorpus(corpus('same-text-url', { 'one.txt': text, 'two.txt': windows }), ctx);
    expect(result.articles.map((a) => a.slug)).toEqual([articleSlug(TITLE, LEAD)]);
  });

  it('keep the first file name, in code-point order, whatever order the parses arrive in', () => {
    const parse = (file: string): Article => {
      const parsed = parseArticle(file, Buffer.from(text), ctx);
      if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
      return parsed.article;
    };
    // Upper case sorts before lower case, and a folder name is part of the file name.
    const files = ['b.txt', 'B.txt', 'a/z.txt'];
    const orders = [files, [...files].reverse(), [files[1]!, files[0]!, files[2]!]];
    for (const order of orders) {
      const settled = settleArticles(order.map(parse));
      const published = settled.flatMap((s) => (s.published ? [s.article] : []));
      expect(
        published.map((a) => a.sourceFile),
        order.join(' '),
      ).toEqual(['B.txt']);
      expect(published[0]!.copies).toEqual(['a/z.txt', 'b.txt']);
      expect(settled.filter((s) => !s.published)).toHaveLength(2);
    }
  });

  it('are different files when a later paragraph differs', () => {
    const result = parseCorpus(corpus('not-copies', { 'a.txt': article(LEAD, RAILWAY), 'b.txt': article(LEAD, RAILWAY, TRADE) }), ctx);
    expect(result.articles).toHaveLength(2);
    expect(result.warnings.filter((w) => w.code === 'duplicate-file')).toEqual([]);
  });
});

describe('articles that share a title and first paragraph', () => {
  const morning = article(LEAD, RAILWAY);
  const evening = article(LEAD, FISHERIES);
  const trade = article(LEAD, TRADE);
  const wholeTextSlug = (...paragraphs: string[]): string => `${slugifyTitle(TITLE)}-${sha256([TITLE, ...paragraphs].join('\n'), 6)}`;
  const MORNING_SLUG = wholeTextSlug(LEAD, RAILWAY);
  const EVENING_SLUG = wholeTextSlug(LEAD, FISHERIES);

  it('each get the slug of their whole text, with a warning naming the other file', () => {
    const result = parseCorpus(corpus('shared-lead', { 'morning.txt': morning, 'evening.txt': evening }), ctx);
    expect(result.errors).toEqual([]);
    expect(bySource(result, 'morning.txt').slug).toBe(MORNING_SLUG);
    expect(bySource(result, 'evening.txt').slug).toBe(EVENING_SLUG);
    expect(MORNING_SLUG).not.toBe(EVENING_SLUG);
    expect(warningsOf(result, 'morning.txt', 'slug-from-whole-text')).toEqual([
      `its title and first paragraph give the URL /articles/${articleSlug(TITLE, LEAD)}/, which evening.txt also claims; its URL hashes its whole text instead: /articles/${MORNING_SLUG}/`,
    ]);
  });

  it('keep those slugs whatever the other files and their names', () => {
    const layouts: Record<string, Record<string, string>> = {
      swapped: { 'a.txt': evening, 'b.txt': morning },
      nested: { 'zz/0.txt': morning, '000.txt': evening, 'other.txt': `Another headline\n\nMay 1, 2025\n\n${RAILWAY}\n` },
      three: { 'x.txt': trade, 'y.txt': evening, 'z.txt': morning },
    };
    for (const [name, files] of Object.entries(layouts)) {
      const result = parseCorpus(corpus(`shared-lead-${name}`, files), ctx);
      const slugOf = (text: string): string => bySource(result, Object.keys(files).find((f) => files[f] === text)!).slug;
      expect(result.errors, name).toEqual([]);
      expect(slugOf(morning), name).toBe(MORNING_SLUG);
      expect(slugOf(evening), name).toBe(EVENING_SLUG);
    }
  });

  it('leave every other article its title-and-lead slug', () => {
    const alone = `${TITLE}\n\nApril 15, 2025\n\n${TRADE}\n`;
    const result = parseCorpus(corpus('shared-lead-others', { 'morning.txt': morning, 'evening.txt': evening, 'alone.txt': alone }), ctx);
    expect(bySource(result, 'alone.txt').slug).toBe(articleSlug(TITLE, TRADE));
    expect(bySource(result, 'alone.txt').warnings.map((w) => w.code)).not.toContain('slug-from-whole-text');
  });

  it('move off a URL that another article pins, which keeps it without an error', () => {
    const pinned = `---\nslug: ${articleSlug(TITLE, LEAD)}\n---\nA pinned article\n\nMay 2, 2025\n\n${TRADE}\n`;
    const result = parseCorpus(corpus('pinned-wins', { 'morning.txt': morning, 'pinned.txt': pinned }), ctx);
    expect(result.errors).toEqual([]);
    expect(bySource(result, 'pinned.txt').slug).toBe(articleSlug(TITLE, LEAD));
    expect(bySource(result, 'morning.txt').slug).toBe(MORNING_SLUG);
  });

  it('take a longer hash of their whole text when the six-digit one is taken too', () => {
    const pinned = `---\nslug: ${MORNING_SLUG}\n---\nA pinned article\n\nMay 2, 2025\n\n${TRADE}\n`;
    const result = parseCorpus(corpus('longer-hash', { 'morning.txt': morning, 'evening.txt': evening, 'pinned.txt': pinned }), ctx);
    expect(result.errors).toEqual([]);
    expect(bySource(result, 'pinned.txt').slug).toBe(MORNING_SLUG);
    expect(bySource(result, 'morning.txt').slug).toBe(`${slugifyTitle(TITLE)}-${sha256([TITLE, LEAD, RAILWAY].join('\n'), 16)}`);
    expect(bySource(result, 'evening.txt').slug).toBe(EVENING_SLUG);
  });
});

describe('slugs pinned in frontmatter', () => {
  const pinning = (slug: string, title: string, lead: string): string => `---\nslug: ${slug}\n---\n${title}\n\nApril 14, 2025\n\n${lead}\n`;

  it('two different articles pinning one slug are an error on each file, naming the other', () => {
    const result = parseCorpus(
      corpus('pinned-clash', {
        'hanoi.txt': pinning('vietnam-china-talks', 'Talks in Hanoi', LEAD),
        'beijing.txt': pinning('vietnam-china-talks', 'Talks in Beijing', TRADE),
      }),
      ctx,
    );
    expect(result.errors.map((e) => [e.code, e.file])).toEqual([
      ['slug-collision', 'beijing.txt'],
      ['slug-collision', 'hanoi.txt'],
    ]);
    expect(result.errors[0]!.message).toBe(
      "the slug 'vietnam-china-talks' pinned in its frontmatter is also claimed by hanoi.txt; two different articles cannot share a URL",
    );
    expect(result.errors[0]!.hint).toContain('slug:');
  });

  it('two copies of one text pinning one slug are one article, not an error', () => {
    const text = pinning('vietnam-china-talks', 'Talks in Hanoi', LEAD);
    const result = parseCorpus(corpus('pinned-copies', { 'a.txt': text, 'b.txt': text.replace(/\n/g, '\r\n') }), ctx);
    expect(result.errors).toEqual([]);
    expect(result.articles.map((a) => [a.sourceFile, a.slug])).toEqual([['a.txt', 'vietnam-china-talks']]);
  });
});

describe('a corpus built again from reused parses', () => {
  const morning = article(LEAD, RAILWAY);
  const evening = article(LEAD, FISHERIES);
  const reuseFrom = (earlier: CorpusResult, project: (a: Article) => Article) => {
    const byFile = new Map(earlier.articles.map((a) => [a.sourceFile, project(a)]));
    return (file: string): Article | undefined => byFile.get(file);
  };
  // The content store keeps page data only (no provenance, no source lines), serialised; the loader hands it back as
  // the earlier parse of an unchanged file, and keeps each new parse as page data too.
  const stored = (articles: readonly PageArticle[]): PageArticle[] => articleSchema.array().parse(JSON.parse(JSON.stringify(articles)));
  const parseAsLoader = (dir: string, earlier: readonly PageArticle[] = []): CorpusResult<PageArticle> => {
    const byFile = new Map(stored(earlier).map((a) => [a.sourceFile, a]));
    const read = readCorpus<PageArticle>(dir, (file) => byFile.get(file));
    return settleCorpus(
      read.listing,
      placeParses(
        read,
        read.jobs.map((job) => parseArticle(job.file, job.bytes, ctx)),
        pageArticle,
      ),
    );
  };

  it('settles as a clean parse does when a colliding file goes away', () => {
    const before = parseCorpus(corpus('reuse-before', { 'morning.txt': morning, 'evening.txt': evening }), ctx);
    const dir = corpus('reuse-after', { 'morning.txt': morning });
    const clean = parseCorpus(dir, ctx);
    expect(clean.articles[0]!.slug).toBe(articleSlug(TITLE, LEAD));
    expect(
      JSON.stringify(
        parseCorpus(
          dir,
          ctx,
          reuseFrom(before, (a) => a),
        ),
      ),
    ).toBe(JSON.stringify(clean));
    const storedBefore = parseAsLoader(corpus('reuse-before', { 'morning.txt': morning, 'evening.txt': evening })).articles;
    const fromStore = parseAsLoader(dir, storedBefore);
    expect(fromStore.articles.map((a) => a.slug)).toEqual([articleSlug(TITLE, LEAD)]);
    expect(fromStore.warnings).toEqual(clean.warnings);
  });

  it('settles as a clean parse does when a copy is added under an earlier name', () => {
    const before = parseCorpus(corpus('reuse-copy-before', { 'b.txt': morning }), ctx);
    const dir = corpus('reuse-copy-after', { 'a.txt': morning, 'b.txt': morning });
    const clean = parseCorpus(dir, ctx);
    const again = parseCorpus(
      dir,
      ctx,
      reuseFrom(before, (a) => a),
    );
    const fromStore = parseAsLoader(dir, parseAsLoader(corpus('reuse-copy-before', { 'b.txt': morning })).articles);
    for (const result of [again, fromStore]) {
      expect(result.articles.map((a) => [a.sourceFile, a.slug, a.copies])).toEqual([['a.txt', articleSlug(TITLE, LEAD), ['b.txt']]]);
      expect(result.warnings).toEqual(clean.warnings);
    }
  });

  it('gives the same result as the first parse when nothing changed', () => {
    const dir = corpus('reuse-same', { 'morning.txt': morning, 'evening.txt': evening, 'copy.txt': morning });
    const clean = parseCorpus(dir, ctx);
    expect(
      JSON.stringify(
        parseCorpus(
          dir,
          ctx,
          reuseFrom(clean, (a) => a),
        ),
      ),
    ).toBe(JSON.stringify(clean));
  });
});
