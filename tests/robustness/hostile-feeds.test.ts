// Hostile text in the machine-readable outputs: the RSS feed (as a feed reader decodes and renders it), the JSON Feed
// (its content_html rendered as a reader would) and articles.json carry it as text, exactly as the file had it. The
// hostile files are built alone, fewer than a feed holds, so every one of them is in both feeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { bySourceFile, readArticlesJson, type PublicArticle } from './helpers/articles-json.ts';
import { readRssItems, type FeedItem } from './helpers/feed-read.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import type { BuildResult } from '../helpers/build-site.ts';
import { materializeCorpus } from './helpers/corpus-spec.ts';
import {
  addHostileFiles,
  FRONTMATTER_BYLINE,
  FRONTMATTER_SOURCE_NAME,
  HOSTILE_ARTICLES,
  MARKUP_BYLINE,
  MARKUP_SOURCE_URL,
  frontmatterArticle,
  javascriptSourceArticle,
  markupArticle,
} from './helpers/hostile-files.ts';

// astro.config.mjs's `site` when SITE_URL is not set.
const ORIGIN = 'http://localhost:4321';
const MARKUP_FIRST_PARAGRAPH =
  'The statement read <img src=x onerror=alert(2)> and {{ title }} and ${process.env.SECRET} and ]]> in plain text, with </script><script>alert(3)</script> and <!-- a comment --> too.';

interface JsonFeedItem {
  url: string;
  external_url?: string;
  title: string;
  summary: string;
  content_html: string;
  authors?: { name: string }[];
  [key: string]: unknown;
}

describe('hostile text in feeds and articles.json', () => {
  let site: BuildResult;
  let articles: PublicArticle[];
  let rss: FeedItem[];
  let jsonItems: JsonFeedItem[];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    site = await sharedBuild({ corpusDir: materializeCorpus('hostile-only', addHostileFiles(new Map())), name: 'robust-hostile-only' });
    expect(site.status, site.output).toBe(0);
    articles = readArticlesJson(site.outDir);
    browser = await launchBrowser();
    page = await browser.newPage();
    rss = await readRssItems(page, readFileSync(join(site.outDir, 'rss.xml'), 'utf8'));
    jsonItems = (JSON.parse(readFileSync(join(site.outDir, 'feed.json'), 'utf8')) as { items: JsonFeedItem[] }).items;
  });
  afterAll(async () => {
    await browser?.close();
  });

  const published = (file: string): PublicArticle => bySourceFile(articles, `hostile/${file}`);
  const rssItem = (file: string): FeedItem | undefined => rss.find((i) => i.link === ORIGIN + published(file).url);
  const jsonItem = (file: string): JsonFeedItem | undefined => jsonItems.find((i) => i.url === ORIGIN + published(file).url);

  it('titles every hostile article with its exact text in articles.json, RSS and the JSON Feed', () => {
    for (const a of HOSTILE_ARTICLES) {
      expect(published(a.file).title, a.file).toBe(a.title);
      expect(rssItem(a.file)?.title, a.file).toBe(a.title);
      expect(jsonItem(a.file)?.title, a.file).toBe(a.title);
    }
  });

  it('makes RSS descriptions show the summary as text in a reader that renders them as HTML', () => {
    const item = rssItem(markupArticle.file)!;
    expect(item.descriptionShown).toBe(MARKUP_FIRST_PARAGRAPH);
    expect(item.creator).toBe(MARKUP_BYLINE);
    // Every description, rendered, is exactly its article's summary: no markup and no entity is interpreted away.
    for (const a of HOSTILE_ARTICLES) expect(rssItem(a.file)?.descriptionShown, a.file).toBe(published(a.file).summary);
  });

  it('keeps the JSON Feed plain text: summary, author, and the source as external_url', () => {
    expect(jsonItem(markupArticle.file)).toMatchObject({
      summary: MARKUP_FIRST_PARAGRAPH,
      authors: [{ name: MARKUP_BYLINE }],
      external_url: MARKUP_SOURCE_URL,
    });
  });

  it('makes content_html show each body as text in a reader that renders it, with no element the text named', async () => {
    for (const a of HOSTILE_ARTICLES) {
      const shown = await page.evaluate((html) => {
        const body = new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;
        return { text: body.textContent ?? '', tags: [...new Set([...body.querySelectorAll('*')].map((e) => e.localName))].sort() };
      }, jsonItem(a.file)!.content_html);
      for (const text of a.bodyShows) expect(shown.text, a.file).toContain(text);
      // The body's own structure only: paragraphs, subheadings, translation pairs and figure captions.
      expect(
        shown.tags.filter((t) => !['div', 'figcaption', 'figure', 'h2', 'p'].includes(t)),
        a.file,
      ).toEqual([]);
    }
  });

  it('publishes the text as data in articles.json, and a javascript: source as no source at all', () => {
    expect(published(markupArticle.file)).toMatchObject({
      summary: MARKUP_FIRST_PARAGRAPH,
      byline: MARKUP_BYLINE,
      source: { name: null, url: MARKUP_SOURCE_URL },
    });
    expect(published(frontmatterArticle.file)).toMatchObject({
      byline: FRONTMATTER_BYLINE,
      source: { name: FRONTMATTER_SOURCE_NAME, url: 'https://example.org/x?a=1&b=2' },
    });
    expect(published(javascriptSourceArticle.file).source).toBeNull();
    expect(jsonItem(javascriptSourceArticle.file)?.external_url).toBeUndefined();
  });
});
