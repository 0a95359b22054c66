// Under BASE_PATH=/vn-cn/ and SITE_URL=https://example.org: feeds, sitemap, robots.txt, head metadata and links all carry the
// base path; the feeds carry each date as precisely as the text states it, and the pages link the site feed visibly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { headAttr, jsonLdBlocks } from './helpers/page-data.ts';
import { ALL_SEEDS, seedOfTitle, seedUrls, type Seed } from './helpers/seeds.ts';
import { parseRss, parseSitemapLocs } from './helpers/xml.ts';

const SITE = 'https://example.org';
const BASE = '/vn-cn/';
const ABS = `${SITE}${BASE}`;
const NEWEST_FIRST: Seed[] = ['000', '001', '003', '002', '004'];

let server: StaticServer;
let browser: Browser;
let page: Page;
let urls: Record<Seed, string>;

beforeAll(async () => {
  const build = buildSite({ corpusDir: 'seeds', name: 'catalog-base-path', basePath: BASE, siteUrl: SITE });
  expect(build.status, build.output).toBe(0);
  urls = seedUrls(build.outDir);
  server = await serveStatic(build.outDir, BASE);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function fetchText(path: string): Promise<string> {
  const response = await fetch(new URL(path, server.url));
  expect(response.status, path).toBe(200);
  return response.text();
}

/** An absolute site URL (https://example.org/vn-cn/…) as a path on the local server. */
const localPath = (absolute: string): string => absolute.slice(ABS.length);

describe('site RSS feed', () => {
  it('is RSS 2.0 with the five seeds, newest first, absolute links under the base path, guid = link', async () => {
    const feed = await parseRss(page, await fetchText('rss.xml'));
    expect(feed.version).toBe('2.0');
    expect(feed.channel.link).toBe(ABS);
    expect(feed.channel.hasLastBuildDate).toBe(false);
    expect(feed.items.map((i) => seedOfTitle(i.title ?? ''))).toEqual(NEWEST_FIRST);
    for (const item of feed.items) {
      const seed = seedOfTitle(item.title ?? '')!;
      expect(item.link).toBe(`${SITE}${urls[seed]}`);
      expect(item.link!.startsWith(`${ABS}articles/`)).toBe(true);
      expect(item.guid).toBe(item.link);
      expect(item.guidIsPermaLink).toBe('true');
    }
  });

  it('gives a pubDate only to seed 000, the one article whose full date is stated', async () => {
    const feed = await parseRss(page, await fetchText('rss.xml'));
    const dated = feed.items.filter((i) => i.pubDate !== null);
    expect(dated.map((i) => seedOfTitle(i.title ?? ''))).toEqual(['000']);
    expect(new Date(dated[0]!.pubDate!).toISOString().slice(0, 10)).toBe('2025-04-14');
    // Seed 001 says "On the afternoon of April 14" and no year: still listed, with no invented date.
    const seed001 = feed.items.find((i) => seedOfTitle(i.title ?? '') === '001');
    expect(seed001?.link).toBe(`${SITE}${urls['001']}`);
    expect(seed001?.pubDate).toBeNull();
  });

  it('states its language and links to itself at its own address, under the base path', async () => {
    const feed = await parseRss(page, await fetchText('rss.xml'));
    expect(feed.channel.language).toBe('en');
    expect(feed.channel.selfLink).toBe(`${ABS}rss.xml`);
  });

  it('says it holds the newest articles, at most 50, and where every article is: the archive and articles.json', async () => {
    const { description } = (await parseRss(page, await fetchText('rss.xml'))).channel;
    expect(description).toContain('at most 50, newest first');
    expect(description).toContain(`${ABS}archive/`);
    expect(description).toContain(`${ABS}articles.json`);
    // Following the description's articles.json address gives every article.
    const listed = JSON.parse(await fetchText(localPath(/\S+articles\.json/.exec(description ?? '')![0]))) as { articles: unknown[] };
    expect(listed.articles).toHaveLength(ALL_SEEDS.length);
  });

  it('describes each item by its summary, with its language and topics', async () => {
    const feed = await parseRss(page, await fetchText('rss.xml'));
    const bySeed = new Map(feed.items.map((i) => [seedOfTitle(i.title ?? ''), i]));
    expect(bySeed.get('001')!.description).toMatch(/^On the afternoon of April 14, at the Party Central Committee headquarters/);
    expect(bySeed.get('003')!.language).toBe('vi');
    expect(bySeed.get('003')!.creator).toBe('Hoang Trong');
    // 000 makes science and technology the highlight of the talks; it mentions the railway only in passing.
    expect(bySeed.get('000')!.categories).toEqual(['Science and technology', 'Party and state diplomacy']);
    expect(bySeed.get('004')!.categories).not.toContain('Railways and transport links');
  });
});

describe('JSON Feed', () => {
  it('is JSON Feed 1.1 with the five seeds and absolute URLs under the base path', async () => {
    const feed = JSON.parse(await fetchText('feed.json')) as {
      version: string;
      feed_url: string;
      home_page_url: string;
      items: Record<string, unknown>[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${ABS}feed.json`);
    expect(feed.home_page_url).toBe(ABS);
    expect(feed.items.map((i) => seedOfTitle(String(i.title)))).toEqual(NEWEST_FIRST);
    for (const item of feed.items) {
      const seed = seedOfTitle(String(item.title))!;
      expect(item.url).toBe(`${SITE}${urls[seed]}`);
      expect(item.id).toBe(item.url);
    }
    const bySeed = new Map(feed.items.map((i) => [seedOfTitle(String(i.title)), i]));
    expect(bySeed.get('000')!.date_published).toBe('2025-04-14T00:00:00Z');
    for (const seed of ['001', '002', '003', '004'] as const) expect(bySeed.get(seed), seed).not.toHaveProperty('date_published');
    expect(bySeed.get('001')!.external_url).toBe(
      'https://thanhnien.vn/trung-quoc-luon-coi-trong-cao-do-quan-he-voi-viet-nam-18525041422183829.htm',
    );
    expect(bySeed.get('004')!.authors).toEqual([{ name: 'Tran Thuong' }]);
    expect(bySeed.get('000')).not.toHaveProperty('authors');
  });

  it('carries each date as the text states it: full dates as date_published, the rest in the _vn_cn_reader extension', async () => {
    const feed = JSON.parse(await fetchText('feed.json')) as { items: Record<string, unknown>[] };
    const bySeed = new Map(feed.items.map((i) => [seedOfTitle(String(i.title)), i]));
    // 000: "April 14, 2025"; 001: "On the afternoon of April 14"; 002: "Le 26 janvier"; 003: "Ngày 4/2"; 004: no date.
    expect(bySeed.get('000')!._vn_cn_reader).toEqual({ date_partial: '2025-04-14', date_precision: 'day' });
    expect(bySeed.get('001')!._vn_cn_reader).toEqual({ date_partial: '--04-14', date_precision: 'month-day' });
    expect(bySeed.get('002')!._vn_cn_reader).toEqual({ date_partial: '--01-26', date_precision: 'month-day' });
    expect(bySeed.get('003')!._vn_cn_reader).toEqual({ date_partial: '--02-04', date_precision: 'month-day' });
    expect(bySeed.get('004')!._vn_cn_reader).toEqual({ date_partial: null, date_precision: 'unknown' });
    expect(bySeed.get('001')).not.toHaveProperty('date_published');
  });

  it("gives a feed reader the whole article: seed 001's content_html holds its paragraphs, summary stays the opening", async () => {
    const feed = JSON.parse(await fetchText('feed.json')) as { items: Record<string, unknown>[] };
    const item = feed.items.find((i) => seedOfTitle(String(i.title)) === '001')!;
    expect(item.summary).toMatch(/^On the afternoon of April 14, at the Party Central Committee headquarters/);
    const paragraphs = await page.evaluate(
      (html) => [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('p')].map((p) => p.textContent),
      String(item.content_html),
    );
    expect(paragraphs).toContain(
      "General Secretary To Lam emphasized that Vietnam always considers developing relations with China an objective requirement, a strategic choice and a top priority in Vietnam's overall foreign policy.",
    );
    expect(paragraphs.length).toBeGreaterThan(5);
  });

  it('says it holds the newest articles, at most 50, and links back to the home page', async () => {
    const feed = JSON.parse(await fetchText('feed.json')) as { description: string; home_page_url: string };
    expect(feed.home_page_url).toBe(ABS);
    expect(feed.description).toContain('at most 50, newest first');
    expect(feed.description).toContain(`${ABS}articles.json`);
  });
});

describe('visible feed links', () => {
  it('the home page links the site RSS feed, and following it gives the feed of the newest articles', async () => {
    await page.goto(server.url);
    const link = page.locator('main a', { hasText: 'RSS feed' });
    await expect(link.count()).resolves.toBe(1);
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    const feed = await parseRss(page, await (await fetch(href)).text());
    expect(feed.channel.selfLink).toBe(`${ABS}rss.xml`);
    expect(feed.items.map((i) => seedOfTitle(i.title ?? ''))).toEqual(NEWEST_FIRST);
  });

  it('every page footer links the RSS feed and the JSON Feed, both working', async () => {
    for (const path of ['', 'topics/', localPath(`${SITE}${urls['003']}`)]) {
      await page.goto(`${server.url}${path}`);
      const rss = await page.locator('footer a', { hasText: 'RSS feed' }).evaluate((a) => (a as HTMLAnchorElement).href);
      const json = await page.locator('footer a', { hasText: 'JSON Feed' }).evaluate((a) => (a as HTMLAnchorElement).href);
      expect((await parseRss(page, await (await fetch(rss)).text())).channel.selfLink, path).toBe(`${ABS}rss.xml`);
      const feed = (await (await fetch(json)).json()) as { feed_url: string; items: unknown[] };
      expect(feed.feed_url, path).toBe(`${ABS}feed.json`);
      expect(feed.items).toHaveLength(ALL_SEEDS.length);
    }
  });
});

describe('topic feeds', () => {
  it('/topics/science-technology/rss.xml lists 000 then 004, linking back to the topic page', async () => {
    const feed = await parseRss(page, await fetchText('topics/science-technology/rss.xml'));
    expect(feed.channel.link).toBe(`${ABS}topics/science-technology/`);
    expect(feed.items.map((i) => seedOfTitle(i.title ?? ''))).toEqual(['000', '004']);
    expect(feed.items.map((i) => i.link)).toEqual([`${SITE}${urls['000']}`, `${SITE}${urls['004']}`]);
    expect(feed.items.map((i) => i.pubDate === null)).toEqual([false, true]);
    expect(feed.channel.language).toBe('en');
    expect(feed.channel.selfLink).toBe(`${ABS}topics/science-technology/rss.xml`);
    expect(feed.channel.description).toContain(`${ABS}topics/science-technology/ and published as data at ${ABS}articles.json`);
  });

  it('/topics/party-congress/rss.xml lists 002, the call after the Congress, without a date it does not state', async () => {
    const feed = await parseRss(page, await fetchText('topics/party-congress/rss.xml'));
    expect(feed.channel.link).toBe(`${ABS}topics/party-congress/`);
    expect(feed.items.map((i) => seedOfTitle(i.title ?? ''))).toEqual(['002']);
    expect(feed.items.map((i) => i.link)).toEqual([`${SITE}${urls['002']}`]);
    expect(feed.items.every((i) => i.pubDate === null)).toBe(true);
  });

  it('every topic page links, in the head and visibly, to a feed that exists and parses', async () => {
    await page.goto(`${server.url}topics/`);
    const topicPages = await page.$$eval('main a[href*="/topics/"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(topicPages).toHaveLength(10);
    for (const topicPage of topicPages) {
      await page.goto(topicPage);
      const slug = new URL(topicPage).pathname.split('/').at(-2)!;
      const alternate = await page.$$eval('head link[rel="alternate"][type="application/rss+xml"]', (ls) =>
        ls.map((l) => l.getAttribute('href')),
      );
      expect(alternate).toContain(`${ABS}topics/${slug}/rss.xml`);
      const visible = await page.$eval('main a[href$="rss.xml"]', (a) => (a as HTMLAnchorElement).href);
      expect(new URL(visible).pathname).toBe(`${BASE}topics/${slug}/rss.xml`);
      const feed = await parseRss(page, await (await fetch(visible)).text());
      expect(feed.channel.link).toBe(`${ABS}topics/${slug}/`);
      expect(feed.channel.selfLink).toBe(`${ABS}topics/${slug}/rss.xml`);
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('robots.txt points to the absolute sitemap index, which lists a sitemap of every page', async () => {
    const robots = await fetchText('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemapLines = robots.split('\n').filter((l) => l.startsWith('Sitemap:'));
    expect(sitemapLines).toEqual([`Sitemap: ${ABS}sitemap-index.xml`]);

    const indexLocs = await parseSitemapLocs(page, await fetchText('sitemap-index.xml'));
    expect(indexLocs.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const loc of indexLocs) {
      expect(loc.startsWith(ABS)).toBe(true);
      locs.push(...(await parseSitemapLocs(page, await fetchText(localPath(loc)))));
    }
    for (const seed of ALL_SEEDS) expect(locs).toContain(`${SITE}${urls[seed]}`);
    for (const path of ['', 'topics/', 'topics/party-congress/', 'people/', 'people/wang-yi/', 'archive/'])
      expect(locs).toContain(`${ABS}${path}`);
    expect(locs.every((l) => l.startsWith(ABS))).toBe(true);
    expect(locs.some((l) => l.includes('404'))).toBe(false);
    // Every listed page really exists.
    for (const loc of locs) expect((await fetch(new URL(localPath(loc), server.url))).status, loc).toBe(200);
  });
});

describe('head metadata', () => {
  it('a topic page has an absolute canonical URL, OpenGraph and the feed links, all under the base path', async () => {
    await page.goto(`${server.url}topics/railways-transport/`);
    const canonical = `${ABS}topics/railways-transport/`;
    expect(await headAttr(page, 'link[rel="canonical"]', 'href')).toBe(canonical);
    expect(await headAttr(page, 'meta[property="og:url"]', 'content')).toBe(canonical);
    expect(await headAttr(page, 'meta[property="og:type"]', 'content')).toBe('website');
    expect(await headAttr(page, 'meta[property="og:title"]', 'content')).toBe('Railways and transport links');
    expect(await headAttr(page, 'meta[property="og:site_name"]', 'content')).toBe('Vietnam–China Reader');
    expect(await headAttr(page, 'meta[property="og:locale"]', 'content')).toBe('en_US');
    const description = await headAttr(page, 'meta[name="description"]', 'content');
    expect(description).toBeTruthy();
    expect(await headAttr(page, 'meta[property="og:description"]', 'content')).toBe(description);
    expect(await headAttr(page, 'link[rel="alternate"][type="application/rss+xml"]', 'href')).toBe(`${ABS}rss.xml`);
    expect(await headAttr(page, 'link[rel="alternate"][type="application/feed+json"]', 'href')).toBe(`${ABS}feed.json`);
  });

  it('an article page is og:type article with JSON-LD whose url is its absolute address', async () => {
    await page.goto(new URL(urls['003'], server.origin).href);
    const canonical = `${SITE}${urls['003']}`;
    expect(await headAttr(page, 'link[rel="canonical"]', 'href')).toBe(canonical);
    expect(await headAttr(page, 'meta[property="og:type"]', 'content')).toBe('article');
    expect(await headAttr(page, 'link[rel="alternate"][type="application/rss+xml"]', 'href')).toBe(`${ABS}rss.xml`);
    const [ld] = await jsonLdBlocks(page);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', url: canonical, inLanguage: 'vi' });
  });
});

describe('links on the catalogue pages', () => {
  it('stay under the base path and lead to pages that exist', async () => {
    const pages = ['topics/', 'topics/science-technology/', 'people/', 'people/to-lam/', 'archive/'];
    const seen = new Set<string>();
    for (const path of pages) {
      await page.goto(`${server.url}${path}`);
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== server.origin || url.hash) continue;
        expect(url.pathname.startsWith(BASE), `${href} on ${path}`).toBe(true);
        seen.add(url.href);
      }
    }
    for (const href of seen) expect((await fetch(href)).status, href).toBe(200);
    for (const seed of ALL_SEEDS) expect(seen).toContain(new URL(urls[seed], server.origin).href);
  });

  it('the 404 page offers the search form and topic links under the base path', async () => {
    const response = await page.goto(`${server.url}no-such-article/`);
    expect(response?.status()).toBe(404);
    const action = await page.$eval('main form[role="search"]', (f) => new URL((f as HTMLFormElement).action).pathname);
    expect(action).toBe(`${BASE}search/`);
    const topics = await page.$$eval('main a[href*="/topics/"]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // The three topics the seeds are filed under; empty topics are left off the 404 page.
    expect(topics).toHaveLength(3);
    for (const t of topics) expect(t.startsWith(`${BASE}topics/`)).toBe(true);
  });
});
