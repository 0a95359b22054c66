// A generated corpus of 140 articles, big enough to paginate: topic, person and archive pages list 50 articles a page,
// newest first, page 1 at the permanent URL and later pages at page/<n>/, each article exactly once, with a working
// "Pages" navigation; under BASE_PATH the navigation's links carry the base path. Its build log caps the warnings.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateCorpus, type GenerationResult } from '../../bench/generate-corpus.ts';
import { buildSite, cleanEnv, PROJECT_ROOT, TEST_OUTPUT } from '../helpers/build-site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { archiveOverview, walkArchivePart } from './helpers/archive.ts';
import { headAttr, listedArticles } from './helpers/page-data.ts';
import { parseRss } from './helpers/xml.ts';

const CORPUS = join(TEST_OUTPUT, 'paging-corpus');
const SIZE = 50;
const TOPIC = 'party-state-diplomacy';
const BASE = '/vn-cn/';

interface JsonArticle {
  url: string;
  slug: string;
  sourceFile: string;
  topics: { slug: string }[];
  people: { slug: string }[];
}

let corpus: GenerationResult;
let buildOutput: string;
let articles: JsonArticle[];
let outDir: string;
let baseOutDir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  corpus = generateCorpus({ articles: 140, out: CORPUS });
  const build = buildSite({ corpusDir: CORPUS, name: 'paging-site' });
  expect(build.status, build.output).toBe(0);
  buildOutput = build.output;
  outDir = build.outDir;
  const based = buildSite({ corpusDir: CORPUS, name: 'paging-base-path', basePath: BASE });
  expect(based.status, based.output).toBe(0);
  baseOutDir = based.outDir;
  articles = (JSON.parse(readFileSync(join(outDir, 'articles.json'), 'utf8')) as { articles: JsonArticle[] }).articles;
  server = await serveStatic(outDir);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Newest first, independently of the site's code: the generator's intended dates, full dates first, then day-and-month, then none; ties by slug. */
function newestFirst(list: JsonArticle[]): string[] {
  const intended = new Map(corpus.files.map((f) => [f.file, f.date]));
  const key = (a: JsonArticle): string => {
    const date = intended.get(a.sourceFile) ?? null;
    if (date === null) return '1';
    return date.startsWith('--') ? `2${date.slice(2)}` : `3${date}`;
  };
  return [...list]
    .sort((a, b) => (key(a) !== key(b) ? (key(a) < key(b) ? 1 : -1) : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map((a) => a.url);
}

/** Walk a paginated list from its first page by following rel="next", collecting each page's items and nav text. */
async function walk(
  firstPath: string,
): Promise<{ paths: string[]; items: string[][]; positions: string[]; titles: string[]; canonicals: string[] }> {
  const result = {
    paths: [] as string[],
    items: [] as string[][],
    positions: [] as string[],
    titles: [] as string[],
    canonicals: [] as string[],
  };
  let next: string | null = new URL(firstPath, server.url).href;
  while (next) {
    const response = await page.goto(next);
    expect(response?.status(), next).toBe(200);
    result.paths.push(new URL(page.url()).pathname);
    result.items.push((await listedArticles(page)).map((i) => new URL(i.href).pathname));
    const nav = page.locator('nav[aria-label="Pages"]');
    result.positions.push((await nav.count()) > 0 ? ((await nav.locator('.pagination-position').textContent()) ?? '') : '');
    result.titles.push(await page.title());
    result.canonicals.push(new URL((await headAttr(page, 'link[rel="canonical"]', 'href')) ?? '').pathname);
    const link = page.locator('nav[aria-label="Pages"] a[rel="next"]');
    next = (await link.count()) > 0 ? new URL((await link.getAttribute('href'))!, page.url()).href : null;
    expect(result.paths.length, 'pagination loops').toBeLessThan(20);
  }
  return result;
}

describe('the build log of a large corpus', () => {
  it('shows the first 50 warnings, then how many more and where to read them all', () => {
    const check = spawnSync('npm', ['run', '--silent', 'corpus:check', '--', CORPUS, '--json'], {
      cwd: PROJECT_ROOT,
      env: cleanEnv(),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const total = (JSON.parse(check.stdout) as { warnings: unknown[] }).warnings.length;
    expect(total).toBeGreaterThan(50);
    // Astro colours its log when CI is set: compare the text without the colour codes.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour codes stripped from the log.
    const log = buildOutput.replace(/\u001b\[[0-9;]*m/g, '');
    expect(log.match(/\[WARN\] \[corpus-loader\] .*paging-corpus\/\d{5}_/g)).toHaveLength(50);
    expect(log).toContain(`… and ${total - 50} more warnings: \`npm run corpus:check -- ${CORPUS}\` lists them all`);
  });
});

describe('topic pages, paginated', () => {
  it('the corpus has enough articles on the diplomacy topic to need several pages', () => {
    expect(articles.filter((a) => a.topics.some((t) => t.slug === TOPIC)).length).toBeGreaterThan(2 * SIZE);
  });

  it(`/topics/${TOPIC}/ shows 50 articles, the total count, "Page 1 of N" and a next link that works`, async () => {
    const total = articles.filter((a) => a.topics.some((t) => t.slug === TOPIC)).length;
    const pages = Math.ceil(total / SIZE);
    await page.goto(`${server.url}topics/${TOPIC}/`);
    expect(await listedArticles(page)).toHaveLength(SIZE);
    expect(await page.locator('main .topic-summary').textContent()).toContain(`${total}\u00a0articles`);
    const nav = page.locator('nav[aria-label="Pages"]');
    expect(await nav.textContent()).toContain(`Page 1 of ${pages}`);
    expect(await nav.locator('a[rel="prev"]').count()).toBe(0);
    await nav.locator('a[rel="next"]').click();
    await page.waitForURL(`**/topics/${TOPIC}/page/2/`);
    expect(await page.locator('nav[aria-label="Pages"]').textContent()).toContain(`Page 2 of ${pages}`);
    expect(await page.locator('main .topic-summary').textContent()).toContain(`${total}\u00a0articles`);
    expect(await page.locator('nav[aria-label="Pages"] a[rel="prev"]').getAttribute('href')).toBe(`/topics/${TOPIC}/`);
  });

  it('every article of the topic appears exactly once across the pages, newest first; the last page holds the remainder', async () => {
    const expected = newestFirst(articles.filter((a) => a.topics.some((t) => t.slug === TOPIC)));
    const pages = Math.ceil(expected.length / SIZE);
    const walked = await walk(`topics/${TOPIC}/`);
    expect(walked.paths).toEqual([`/topics/${TOPIC}/`, ...Array.from({ length: pages - 1 }, (_, i) => `/topics/${TOPIC}/page/${i + 2}/`)]);
    expect(walked.items.map((items) => items.length)).toEqual([
      ...Array<number>(pages - 1).fill(SIZE),
      expected.length - SIZE * (pages - 1),
    ]);
    expect(walked.items.flat()).toEqual(expected);
    expect(walked.positions).toEqual(walked.paths.map((_, i) => `Page ${i + 1} of ${pages}`));
    // Each page is its own canonical URL; pages after the first say which page they are in the title.
    expect(walked.canonicals).toEqual(walked.paths);
    expect(walked.titles[0]).not.toContain('(page');
    walked.titles.slice(1).forEach((title, i) => {
      expect(title).toContain(`(page ${i + 2})`);
    });
  });

  it("a page past the last does not exist, and the topic feed holds the 50 newest, page 1's articles", async () => {
    const total = articles.filter((a) => a.topics.some((t) => t.slug === TOPIC)).length;
    const response = await fetch(new URL(`topics/${TOPIC}/page/${Math.ceil(total / SIZE) + 1}/`, server.url));
    expect(response.status).toBe(404);
    const feed = readFileSync(join(outDir, `topics/${TOPIC}/rss.xml`), 'utf8');
    const firstPage = (await walk(`topics/${TOPIC}/`)).items[0];
    expect(total).toBeGreaterThan(50);
    expect((await parseRss(page, feed)).items.map((i) => new URL(i.link!).pathname)).toEqual(firstPage);
  });
});

describe('person pages, paginated', () => {
  it('the most mentioned person is paginated the same way, every article once, newest first', async () => {
    const counts = new Map<string, number>();
    for (const a of articles) for (const p of a.people) counts.set(p.slug, (counts.get(p.slug) ?? 0) + 1);
    const [slug, total] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(total).toBeGreaterThan(SIZE);
    const walked = await walk(`people/${slug}/`);
    const pages = Math.ceil(total / SIZE);
    expect(walked.paths[1]).toBe(`/people/${slug}/page/2/`);
    expect(walked.positions).toEqual(walked.paths.map((_, i) => `Page ${i + 1} of ${pages}`));
    expect(walked.items.flat()).toEqual(newestFirst(articles.filter((a) => a.people.some((p) => p.slug === slug))));
    expect(await page.locator('main h2').first().textContent()).toContain(`(${total}\u00a0articles)`);
  });
});

describe('archive parts, paginated', () => {
  it('lists every article exactly once under its year, "Year not stated" or "Undated", newest first, with the counts the overview shows', async () => {
    const intended = new Map(corpus.files.map((f) => [f.file, f.date]));
    const partOf = (a: JsonArticle): string => {
      const date = intended.get(a.sourceFile) ?? null;
      return date === null ? 'Undated' : date.startsWith('--') ? 'Year not stated' : date.slice(0, 4);
    };
    const expected = new Map<string, JsonArticle[]>();
    for (const a of articles) expected.set(partOf(a), [...(expected.get(partOf(a)) ?? []), a]);
    const years = [...expected.keys()]
      .filter((k) => /^\d{4}$/.test(k))
      .sort()
      .reverse();

    await page.goto(`${server.url}archive/`);
    const overview = await archiveOverview(page);
    expect(overview.map((p) => p.label)).toEqual([...years, 'Year not stated', 'Undated']);
    for (const part of overview) {
      const list = expected.get(part.label)!;
      expect(part.count, part.label).toBe(`${list.length}\u00a0articles`);
      const walked = await walkArchivePart(page, part.href);
      expect(walked.paths.length, part.label).toBe(Math.ceil(list.length / SIZE));
      expect(
        walked.items.map((i) => new URL(i.href).pathname),
        part.label,
      ).toEqual(newestFirst(list));
      // A year's month links land on the month's heading.
      for (const month of part.months) {
        await page.goto(month.href);
        const heading = month.label === 'Month not stated' ? `${part.label}, month not stated` : `${month.label} ${part.label}`;
        expect(await page.locator(`[id="${new URL(month.href).hash.slice(1)}"]`).textContent()).toBe(heading);
      }
    }
  });
});

describe('under BASE_PATH', () => {
  it(`the pagination links start with ${BASE}`, () => {
    const first = readFileSync(join(baseOutDir, `topics/${TOPIC}/index.html`), 'utf8');
    const second = readFileSync(join(baseOutDir, `topics/${TOPIC}/page/2/index.html`), 'utf8');
    const navLinks = (html: string): string[] =>
      [...(html.match(/<nav[^>]*aria-label="Pages"[\s\S]*?<\/nav>/)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(navLinks(first)).toEqual([`${BASE}topics/${TOPIC}/page/2/`]);
    expect(navLinks(second)[0]).toBe(`${BASE}topics/${TOPIC}/`);
    expect(navLinks(second).every((href) => href.startsWith(BASE))).toBe(true);
  });
});
