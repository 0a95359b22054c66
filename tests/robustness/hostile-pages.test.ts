// Survivable hostile files build, and their text reaches each page as text: headline, <title>, description, OpenGraph,
// JSON-LD, byline, source, captions, body — read in Chromium, as the browser decoded them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { archiveOverview, walkArchivePart } from '../catalog/helpers/archive.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { bySourceFile, readArticlesJson, type PublicArticle } from './helpers/articles-json.ts';
import { hostileSite, type HostileSite } from './helpers/hostile-site.ts';
import { attribute, jsonLd, texts } from './helpers/page-text.ts';
import {
  ARABIC_PARAGRAPH,
  CDATA_SOURCE_LINE,
  FRONTMATTER_BYLINE,
  FRONTMATTER_SOURCE_NAME,
  HEBREW_PARAGRAPH,
  HOSTILE_ARTICLES,
  HUGE_END,
  JAVASCRIPT_SOURCE_LINE,
  MARKUP_BYLINE,
  MARKUP_CAPTION,
  MARKUP_CREDIT,
  MARKUP_SOURCE_URL,
  frontmatterArticle,
  hugeArticle,
  javascriptSourceArticle,
  markupArticle,
  pinnedLongTitleArticle,
  rtlArticle,
  sameHeadlineArticles,
  titleOnlyArticle,
  type HostileArticle,
} from './helpers/hostile-files.ts';

const SITE_NAME = 'Vietnam–China Reader';
const MARKUP_FIRST_PARAGRAPH =
  'The statement read <img src=x onerror=alert(2)> and {{ title }} and ${process.env.SECRET} and ]]> in plain text, with </script><script>alert(3)</script> and <!-- a comment --> too.';

describe('hostile text on article pages', () => {
  let site: HostileSite;
  let articles: PublicArticle[];
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    site = await hostileSite();
    expect(site.status, site.output).toBe(0);
    articles = readArticlesJson(site.outDir);
    server = await serveStatic(site.outDir);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (a: HostileArticle): Promise<PublicArticle> => {
    const published = bySourceFile(articles, `hostile/${a.file}`);
    const response = await page.goto(server.origin + published.url);
    expect(response?.status(), published.url).toBe(200);
    return published;
  };

  it('shows every hostile file as an article whose headline, <title>, og:title and JSON-LD headline are its exact text', async () => {
    for (const a of HOSTILE_ARTICLES) {
      await open(a);
      expect(await texts(page, 'h1'), a.file).toEqual([a.title]);
      expect(await page.title(), a.file).toBe(`${a.title} · ${SITE_NAME}`);
      expect(await attribute(page, 'meta[property="og:title"]', 'content'), a.file).toBe(a.title);
      expect((await jsonLd(page)).headline, a.file).toBe(a.title);
      const body = (await texts(page, '#article-body'))[0] ?? '';
      for (const shown of a.bodyShows) expect(body, `${a.file} body`).toContain(shown);
    }
  });

  it('keeps markup in the description, OpenGraph, JSON-LD, byline, source link and caption as text', async () => {
    // Under 240 characters, so the summary is the whole first paragraph.
    expect(MARKUP_FIRST_PARAGRAPH.length).toBeLessThan(240);
    await open(markupArticle);
    expect(await attribute(page, 'meta[name="description"]', 'content')).toBe(MARKUP_FIRST_PARAGRAPH);
    expect(await attribute(page, 'meta[property="og:description"]', 'content')).toBe(MARKUP_FIRST_PARAGRAPH);
    expect(await jsonLd(page)).toMatchObject({
      description: MARKUP_FIRST_PARAGRAPH,
      author: { name: MARKUP_BYLINE },
      isBasedOn: MARKUP_SOURCE_URL,
    });
    expect(await texts(page, '.byline')).toEqual([MARKUP_BYLINE]);
    expect(await attribute(page, 'a.source-link', 'href')).toBe(MARKUP_SOURCE_URL);
    expect(await texts(page, 'figure .caption')).toEqual([MARKUP_CAPTION]);
    expect(await texts(page, 'figure .credit')).toEqual([MARKUP_CREDIT]);
    // Nothing in the text became an element: the body holds only the site's own paragraph and figure markup.
    expect(await page.$$eval('#article-body *', (els) => [...new Set(els.map((e) => e.localName))].sort())).toEqual([
      'figcaption',
      'figure',
      'p',
    ]);
  });

  it('shows markup pinned in frontmatter as text: the source name is the link text, the byline is text', async () => {
    await open(frontmatterArticle);
    expect(await texts(page, 'a.source-link')).toEqual([FRONTMATTER_SOURCE_NAME]);
    expect(await texts(page, '.byline')).toEqual([FRONTMATTER_BYLINE]);
    expect((await jsonLd(page)).author).toEqual({ '@type': 'Person', name: FRONTMATTER_BYLINE });
  });

  it('never turns a `Source: javascript:` line (or one holding `]]>`) into a link: each stays a paragraph of text', async () => {
    await open(javascriptSourceArticle);
    expect(await page.$$('a.source-link')).toHaveLength(0);
    expect(await texts(page, '#article-body p')).toEqual(expect.arrayContaining([CDATA_SOURCE_LINE, JAVASCRIPT_SOURCE_LINE]));
    expect(
      await page.$$eval('a', (links) => links.map((a) => a.getAttribute('href') ?? '').filter((h) => /^\s*javascript:/i.test(h))),
    ).toEqual([]);
    expect((await jsonLd(page)).isBasedOn).toBeUndefined();
  });

  it('sets right-to-left passages with dir="auto", so Arabic and Hebrew read right to left and English stays left to right', async () => {
    await open(rtlArticle);
    const paragraphs = await page.$$eval('#article-body p', (ps) =>
      ps.map((p) => ({ text: p.textContent, dir: p.getAttribute('dir'), rtl: p.matches(':dir(rtl)') })),
    );
    expect(paragraphs.find((p) => p.text === ARABIC_PARAGRAPH)).toEqual({ text: ARABIC_PARAGRAPH, dir: 'auto', rtl: true });
    expect(paragraphs.find((p) => p.text === HEBREW_PARAGRAPH)).toEqual({ text: HEBREW_PARAGRAPH, dir: 'auto', rtl: true });
    const english = paragraphs.filter((p) => p.text?.startsWith('Newspapers') || p.text?.startsWith('Editors'));
    expect(english.map((p) => [p.dir, p.rtl])).toEqual([
      [null, false],
      [null, false],
    ]);
  });

  it('keeps the whole 1 MB paragraph, to its last words', async () => {
    await open(hugeArticle);
    const body = (await texts(page, '#article-body p'))[0] ?? '';
    expect(body.length).toBeGreaterThan(1_000_000);
    expect(body.endsWith(HUGE_END)).toBe(true);
  });

  it('publishes a title with no body as a page with no paragraphs, described by its title', async () => {
    await open(titleOnlyArticle);
    expect(await page.$$('#article-body p')).toHaveLength(0);
    expect(await attribute(page, 'meta[name="description"]', 'content')).toBe(titleOnlyArticle.title);
  });

  it('gives two files with the same headline two pages, each with its own text', async () => {
    const urls = new Set<string>();
    for (const a of sameHeadlineArticles) {
      urls.add((await open(a)).url);
      expect(await texts(page, 'h1')).toEqual([a.title]);
    }
    expect(urls.size).toBe(2);
  });

  it('keeps a URL short for a 500-character title', async () => {
    const published = await open(pinnedLongTitleArticle);
    expect(pinnedLongTitleArticle.title).toHaveLength(500);
    // README: at most ~80 characters from the title, a hyphen and six hex characters.
    expect(published.slug.length).toBeLessThanOrEqual(87);
    expect(published.slug).toMatch(/^leaders-pin-a-very-long-title-[a-z0-9-]+-[0-9a-f]{6}$/);
  });

  it('lists every hostile article in the archive under its exact title, linked to its page', async () => {
    await page.goto(`${server.url}archive/`);
    const links: [string, string][] = [];
    for (const part of await archiveOverview(page)) {
      for (const item of (await walkArchivePart(page, part.href)).items) links.push([item.title, new URL(item.href).pathname]);
    }
    for (const a of HOSTILE_ARTICLES) {
      const url = bySourceFile(articles, `hostile/${a.file}`).url;
      expect(links, a.file).toContainEqual([a.title, url]);
    }
  });
});
