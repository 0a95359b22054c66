// The real `astro build`: a page per article and dist/articles.json from the seeds; another folder via CORPUS_DIR; bad files stop the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesNewestFirst } from '../../src/indexing/index-order.ts';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';

interface PublicArticle {
  id: string;
  sourceFile: string;
  url: string;
  slug: string;
  title: string;
  date: string | null;
  datePartial: string | null;
  datePrecision: string;
  language: string;
  languages: string[];
  topics: { slug: string; name: string }[];
  people: { slug: string; name: string }[];
  source: { name: string | null; url: string | null } | null;
  byline: string | null;
  summary: string;
  wordCount: number;
}

function readArticlesJson(outDir: string): PublicArticle[] {
  return (JSON.parse(readFileSync(join(outDir, 'articles.json'), 'utf8')) as { articles: PublicArticle[] }).articles;
}

describe('astro build of the seed corpus', () => {
  let build: BuildResult;
  let articles: PublicArticle[];
  beforeAll(() => {
    build = buildSite({ corpusDir: 'seeds', name: 'corpus-seeds' });
    articles = build.status === 0 ? readArticlesJson(build.outDir) : [];
  });

  it('succeeds and writes articles.json with one entry per seed file', () => {
    expect(build.status, build.output).toBe(0);
    expect(articles.map((a) => a.sourceFile).sort()).toEqual([
      '000_08c7fae4138fbc52.txt',
      '001_fbf9af1224aa518f.txt',
      '002_23d13732dbed37de.txt',
      '003_6ab2f0264e82a350.txt',
      '004_3e13e795d483cb92.txt',
    ]);
  });

  it('writes a page per article at its url, with the title and the body text', () => {
    for (const a of articles) {
      const page = join(build.outDir, a.url, 'index.html');
      expect(existsSync(page), page).toBe(true);
    }
    const bilingual = articles.find((a) => a.sourceFile.startsWith('000'))!;
    const html = readFileSync(join(build.outDir, bilingual.url, 'index.html'), 'utf8');
    expect(html).toContain('Party chief To Lam wants science, technology to be new highlight in Vietnam-China cooperation');
    expect(html).toContain(
      '<p lang="vi" class="translation">Việt Nam và Trung Quốc cũng sẽ thành lập một ủy ban hợp tác đường sắt để thúc đẩy hợp tác đường sắt.</p>',
    );
  });

  it('states dates only as precisely as the text does', () => {
    const bySeed = (n: string): PublicArticle => articles.find((a) => a.sourceFile.startsWith(n))!;
    expect([bySeed('000').date, bySeed('000').datePrecision]).toEqual(['2025-04-14', 'day']);
    expect([bySeed('001').date, bySeed('001').datePrecision]).toEqual([null, 'month-day']);
    expect([bySeed('004').date, bySeed('004').datePrecision]).toEqual([null, 'unknown']);
  });

  it('publishes each date as precisely as the text states it, a day and month without a year included', () => {
    const bySeed = (n: string): PublicArticle => articles.find((a) => a.sourceFile.startsWith(n))!;
    // 000: "April 14, 2025"; 001: "April 14"; 002: "26 janvier"; 003: "Ngày 4/2" (4 February); 004: no date.
    expect(['000', '001', '002', '003', '004'].map((n) => bySeed(n).datePartial)).toEqual([
      '2025-04-14',
      '--04-14',
      '--01-26',
      '--02-04',
      null,
    ]);
  });

  it('hands the search index the articles newest first: dated, then day and month without a year, then undated', () => {
    const seedOf = new Map(articles.map((a) => [a.slug, a.sourceFile.slice(0, 3)]));
    expect(articlesNewestFirst(build.outDir).map((a) => seedOf.get(a.slug))).toEqual(['000', '001', '003', '002', '004']);
  });

  it('keeps source, byline and people as public data', () => {
    const seed001 = articles.find((a) => a.sourceFile.startsWith('001'))!;
    expect(seed001.source).toEqual({
      name: 'Thanhnien.vn',
      url: 'https://thanhnien.vn/trung-quoc-luon-coi-trong-cao-do-quan-he-voi-viet-nam-18525041422183829.htm',
    });
    const seed003 = articles.find((a) => a.sourceFile.startsWith('003'))!;
    expect(seed003.byline).toBe('Hoang Trong');
    expect(seed003.people.map((p) => p.slug)).toEqual(expect.arrayContaining(['wang-yi', 'le-hoai-trung']));
    for (const a of articles) expect(a.url).toBe(`/articles/${a.slug}/`);
  });
});

describe('astro build with CORPUS_DIR and BASE_PATH', () => {
  it('builds another folder, with urls under the base path', () => {
    const build = buildSite({ corpusDir: 'tests/fixtures/duplicate-titles/corpus', name: 'corpus-other', basePath: '/vn-cn/' });
    expect(build.status, build.output).toBe(0);
    const articles = readArticlesJson(build.outDir);
    expect(articles.map((a) => a.title)).toEqual(['Vietnam and China hold talks', 'Vietnam and China hold talks']);
    for (const a of articles) {
      expect(a.url.startsWith('/vn-cn/articles/')).toBe(true);
      expect(existsSync(join(build.outDir, a.url.replace('/vn-cn/', ''), 'index.html'))).toBe(true);
    }
  });

  it('fails on a folder with bad files, naming each with its reason and place, and publishes nothing', () => {
    const corpus = join(PROJECT_ROOT, 'tests/fixtures/mixed-bad-files/corpus');
    const build = buildSite({ corpusDir: corpus, name: 'corpus-bad' });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('empty.txt: the file is empty');
    expect(build.output).toMatch(/latin1\.txt \(line 1, byte 3\): not valid UTF-8/);
    expect(build.output).toContain('Re-save the file as UTF-8');
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });
});
