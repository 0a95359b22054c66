// Topic, people, archive and 404 pages of the seed build, read in Chromium the way a reader meets them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { archiveOverview, walkArchivePart } from './helpers/archive.ts';
import { listedArticles, type ListedArticle } from './helpers/page-data.ts';
import { seedOfTitle, seedUrls, type Seed } from './helpers/seeds.ts';

/** Every topic slug of src/data/topics.yaml, in file order. */
const TAXONOMY_SLUGS = [
  'railways-transport',
  'science-technology',
  'trade-investment',
  'defence-security',
  'south-china-sea',
  'education-youth',
  'party-state-diplomacy',
  'culture-exchange',
  'environment',
  'party-congress',
];

let server: StaticServer;
let browser: Browser;
let page: Page;
let urls: Record<Seed, string>;

beforeAll(async () => {
  const build = buildSite({ corpusDir: 'seeds', name: 'catalog-pages' });
  expect(build.status, build.output).toBe(0);
  urls = seedUrls(build.outDir);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<number> {
  const response = await page.goto(new URL(path, server.url).href);
  return response?.status() ?? 0;
}

const seedsOf = (items: ListedArticle[]): (Seed | null)[] => items.map((i) => seedOfTitle(i.title));

describe('topic pages', () => {
  // From reading the seeds, what each is about: 000 to 003 report talks or a call between the two parties and states;
  // 000 makes science and technology the highlight of the talks and 004 is about science cooperation ahead of a visit;
  // 002 is the call that follows the 14th Party Congress. The railway, the South China Sea and tourism are mentioned
  // in passing.
  // Newest first: 000 (14 April 2025), then the yearless 001 (14 April), 003 (4 February), 002 (26 January), then undated 004.
  const expected: Record<string, Seed[]> = {
    'party-state-diplomacy': ['000', '001', '003', '002'],
    'science-technology': ['000', '004'],
    'party-congress': ['002'],
    'railways-transport': [],
    'south-china-sea': [],
  };

  for (const [slug, seeds] of Object.entries(expected)) {
    it(`/topics/${slug}/ lists ${seeds.length ? `${seeds.join(', ')} newest first, each linking to its article` : 'no article (the seeds only mention it)'}`, async () => {
      expect(await open(`topics/${slug}/`)).toBe(200);
      const items = await listedArticles(page);
      expect(seedsOf(items)).toEqual(seeds);
      for (const item of items) expect(item.href).toBe(new URL(urls[seedOfTitle(item.title)!], server.origin).href);
    });
  }

  it('a topic page links to its own RSS feed, in the head and visibly', async () => {
    await open('topics/party-congress/');
    const alternates = await page.$$eval('head link[rel="alternate"][type="application/rss+xml"]', (ls) =>
      ls.map((l) => (l as HTMLLinkElement).href),
    );
    expect(alternates).toContain('http://localhost:4321/topics/party-congress/rss.xml');
    const visible = page.locator('main a[href$="/topics/party-congress/rss.xml"]');
    expect(await visible.count()).toBe(1);
    expect(await visible.isVisible()).toBe(true);
  });

  it('/topics/ lists every taxonomy topic with its names in each language and its count', async () => {
    expect(await open('topics/')).toBe(200);
    const hrefs = await page.$$eval('main a[href*="/topics/"]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // Every topic of the taxonomy is linked: those with articles first, then those with none yet, each in taxonomy order.
    expect([...hrefs].sort()).toEqual(TAXONOMY_SLUGS.map((s) => `/topics/${s}/`).sort());
    const entry = page.locator('main li', { has: page.locator('a[href="/topics/south-china-sea/"]') });
    expect(await entry.locator('a').textContent()).toBe('South China Sea / East Sea');
    expect(await entry.locator('[lang="vi"]').textContent()).toBe('Biển Đông');
    expect(await entry.locator('[lang="fr"]').textContent()).toBe('Mer de Chine méridionale');
    expect(await entry.locator('[lang="zh"]').textContent()).toBe('南海');
    const noneYet = page.locator('section', { has: page.locator('h2', { hasText: 'No articles yet' }) });
    expect(await noneYet.locator('a[href="/topics/south-china-sea/"]').count()).toBe(1);
    expect(await noneYet.locator('a[href="/topics/science-technology/"]').count()).toBe(0);
    const science = page.locator('main li', { has: page.locator('a[href="/topics/science-technology/"]') });
    expect(await science.textContent()).toContain('2\u00a0articles');
  });
});

describe('people pages', () => {
  it('/people/wang-yi/ lists only seed 003 (Vương Nghị)', async () => {
    expect(await open('people/wang-yi/')).toBe(200);
    expect(seedsOf(await listedArticles(page))).toEqual(['003']);
  });

  it('/people/to-lam/ lists all five seeds, headed by his own name Tô Lâm, and names him as 苏林 with its language', async () => {
    expect(await open('people/to-lam/')).toBe(200);
    expect(seedsOf(await listedArticles(page))).toEqual(['000', '001', '003', '002', '004']);
    expect(await page.locator('h1').textContent()).toBe('Tô Lâm');
    expect(await page.locator('h1 [lang="vi"]').textContent()).toBe('Tô Lâm');
    expect(await page.title()).toMatch(/^Tô Lâm\b/);
    expect(await page.locator('main [lang="zh"]', { hasText: '苏林' }).count()).toBe(1);
  });

  it('/people/xi-jinping/ is headed 习近平 with Xi Jinping beside it', async () => {
    expect(await open('people/xi-jinping/')).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('习近平 · Xi Jinping');
    expect(await page.locator('h1 [lang="zh"]').textContent()).toBe('习近平');
  });

  it('people no seed mentions have no page and are not in the sitemap', async () => {
    for (const slug of ['nguyen-phu-trong', 'pham-minh-chinh']) {
      expect(await open(`people/${slug}/`), slug).toBe(404);
    }
    const sitemap = await (await fetch(new URL('sitemap-0.xml', server.url))).text();
    expect(sitemap).toContain('/people/to-lam/</loc>');
    expect(sitemap).not.toContain('/people/nguyen-phu-trong/');
    expect(sitemap).not.toContain('/people/pham-minh-chinh/');
  });

  it('/people/ links the seven people the seeds mention, in their own names, with counts, and no "0 articles"', async () => {
    expect(await open('people/')).toBe(200);
    const linked = await page.$$eval('main a[href^="/people/"]', (as) => as.map((a) => a.textContent));
    expect(linked).toEqual([
      'Tô Lâm',
      '习近平 · Xi Jinping',
      '王毅 · Wang Yi',
      'Bùi Thanh Sơn',
      'Lê Hoài Trung',
      'Hồ Chí Minh',
      '毛泽东 · Mao Zedong',
    ]);
    expect(await page.locator('main').textContent()).not.toContain('0\u00a0articles');
    const bui = page.locator('main li', { has: page.locator('a[href="/people/bui-thanh-son/"]') });
    expect(await bui.textContent()).toContain('1\u00a0article');
    expect(await bui.locator('[lang="zh"]').textContent()).toBe('裴青山');
    const xi = page.locator('main li', { has: page.locator('a[href="/people/xi-jinping/"]') });
    expect(await xi.textContent()).toContain('5\u00a0articles');
  });

  it('/people/ lists Phạm Minh Chính and Nguyễn Phú Trọng apart, unlinked, as not yet in the corpus', async () => {
    await open('people/');
    const notYet = page.locator('section', { has: page.locator('h2', { hasText: 'Not yet mentioned in any article' }) });
    expect(await notYet.locator('li > [lang="vi"]').allTextContents()).toEqual(['Phạm Minh Chính', 'Nguyễn Phú Trọng']);
    expect(await notYet.locator('a').count()).toBe(0);
  });
});

describe('article list items', () => {
  it('show the date as precisely as the text gives it, the languages, and the summary in its own language', async () => {
    await open('people/to-lam/');
    const bySeed = new Map((await listedArticles(page)).map((i) => [seedOfTitle(i.title), i]));
    expect(bySeed.get('000')).toMatchObject({
      datetime: '2025-04-14',
      dateText: '14 April 2025',
      languages: ['English', 'Vietnamese'],
      titleLang: 'en',
    });
    expect(bySeed.get('001')).toMatchObject({ datetime: '04-14', dateText: '14 April (year\u00a0not\u00a0stated)' });
    expect(bySeed.get('004')).toMatchObject({ datetime: null, dateText: 'Date not stated' });
    // 002 opens in French ("Le 26 janvier, …") although most of its words are English.
    expect(bySeed.get('002')).toMatchObject({ titleLang: 'fr', summaryLang: 'fr' });
    expect(bySeed.get('002')!.summary).toMatch(/^Le 26 janvier, au siège du Comité central du Parti/);
    expect(bySeed.get('003')).toMatchObject({ titleLang: 'vi', summaryLang: 'vi', languages: ['Vietnamese'] });
  });
});

describe('archive', () => {
  it('lists 2025 (April: 000), then the yearless 001, 003, 002, then 004 as undated, with counts', async () => {
    expect(await open('archive/')).toBe(200);
    const parts = await archiveOverview(page);
    expect(parts.map((p) => [p.label, p.count, new URL(p.href).pathname])).toEqual([
      ['2025', '1\u00a0article', '/archive/2025/'],
      ['Year not stated', '3\u00a0articles', '/archive/year-not-stated/'],
      ['Undated', '1\u00a0article', '/archive/undated/'],
    ]);
    expect(parts[0]!.months.map((m) => [m.label, m.count, new URL(m.href).pathname + new URL(m.href).hash])).toEqual([
      ['April', '1', '/archive/2025/#month-2025-04'],
    ]);
    expect(parts[1]!.months).toEqual([]);
  });

  it('each part lists its articles on its own page: 2025 month by month, the others newest first', async () => {
    const year = await walkArchivePart(page, `${server.url}archive/2025/`);
    expect(year.paths).toEqual(['/archive/2025/']);
    expect(year.sections.map((s) => [s.heading, s.titles.map(seedOfTitle)])).toEqual([['April 2025', ['000']]]);
    expect(await page.locator('#month-2025-04').textContent()).toBe('April 2025');
    expect(await page.locator('h1').textContent()).toBe('2025');
    expect((await walkArchivePart(page, `${server.url}archive/year-not-stated/`)).items.map((i) => seedOfTitle(i.title))).toEqual([
      '001',
      '003',
      '002',
    ]);
    expect(await page.locator('main .archive-summary').textContent()).toContain('day and month but not the year');
    expect((await walkArchivePart(page, `${server.url}archive/undated/`)).items.map((i) => seedOfTitle(i.title))).toEqual(['004']);
    // The way back up.
    expect(await page.locator('main .breadcrumb a').getAttribute('href')).toBe('/archive/');
  });
});

describe('404 page', () => {
  it('is served for an unknown address, with a search form and the topic list', async () => {
    expect(await open('no-such-page/')).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    const form = page.locator('main form[role="search"]');
    expect(await form.count()).toBe(1);
    expect(await form.getAttribute('method')).toBe('get');
    expect(await form.evaluate((f) => new URL((f as HTMLFormElement).action).pathname)).toBe('/search/');
    expect(await form.locator('input[name="q"]').count()).toBe(1);
    const topicLinks = await page.$$eval('main a[href^="/topics/"]', (as) => as.map((a) => a.getAttribute('href')));
    // Only the topics the seeds are filed under (science and technology, party and state diplomacy, the Party Congress),
    // in taxonomy order: an empty topic offers nothing to someone who came looking for a page.
    const filed = ['science-technology', 'party-state-diplomacy', 'party-congress'];
    expect(topicLinks).toEqual(TAXONOMY_SLUGS.filter((s) => filed.includes(s)).map((s) => `/topics/${s}/`));
    expect(await page.locator('head meta[name="robots"]').getAttribute('content')).toBe('noindex');
  });

  it('its search form sends the words to the search page', async () => {
    await open('no-such-page/');
    const form = page.locator('main form[role="search"]');
    await form.locator('input[name="q"]').fill('Vương Nghị');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), form.locator('input[name="q"]').press('Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/search/');
    expect(url.searchParams.get('q')).toBe('Vương Nghị');
  });
});

describe('article JSON-LD', () => {
  it('seed 000 has datePublished 2025-04-14 and no author (it has no byline)', async () => {
    expect(await open(urls['000'])).toBe(200);
    const blocks = await page.$$eval('script[type="application/ld+json"]', (ss) =>
      ss.map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>),
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2025-04-14',
      inLanguage: 'en',
      url: new URL(urls['000'], 'http://localhost:4321').href,
    });
    expect(blocks[0]!.headline).toBe('Party chief To Lam wants science, technology to be new highlight in Vietnam-China cooperation');
    expect(blocks[0]).not.toHaveProperty('author');
    expect(await page.locator('head meta[property="og:type"]').getAttribute('content')).toBe('article');
  });

  it('seed 001 has no datePublished (year not stated) and isBasedOn its thanhnien.vn original', async () => {
    await open(urls['001']);
    const [ld] = await page.$$eval('script[type="application/ld+json"]', (ss) =>
      ss.map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>),
    );
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld!.isBasedOn).toBe('https://thanhnien.vn/trung-quoc-luon-coi-trong-cao-do-quan-he-voi-viet-nam-18525041422183829.htm');
    expect(ld!.publisher).toMatchObject({ '@type': 'Organization', name: 'Thanhnien.vn' });
  });

  it('seed 003 is in Vietnamese with its byline as author', async () => {
    await open(urls['003']);
    const [ld] = await page.$$eval('script[type="application/ld+json"]', (ss) =>
      ss.map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>),
    );
    expect(ld).toMatchObject({ inLanguage: 'vi', author: { '@type': 'Person', name: 'Hoang Trong' } });
    expect(await page.locator('head meta[property="og:locale"]').getAttribute('content')).toBe('vi_VN');
  });
});
