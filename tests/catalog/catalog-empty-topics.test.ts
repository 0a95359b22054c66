// A corpus of one article (seed 004): every taxonomy topic still has its page and feed, honestly empty; a person gets a
// page only once an article mentions them.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, PROJECT_ROOT } from '../helpers/build-site.ts';
import { serveBuiltSite } from '../helpers/served-site.ts';
import { parseRss } from './helpers/xml.ts';
import { archiveOverview } from './helpers/archive.ts';
import { listedArticles } from './helpers/page-data.ts';
import { seedOfTitle } from './helpers/seeds.ts';

const CORPUS = join(TEST_OUTPUT, 'catalog-fixtures', 'only-seed-004');
rmSync(CORPUS, { recursive: true, force: true });
mkdirSync(CORPUS, { recursive: true });
cpSync(join(PROJECT_ROOT, 'seeds/004_3e13e795d483cb92.txt'), join(CORPUS, '004_3e13e795d483cb92.txt'));

const site = serveBuiltSite({ corpusDir: CORPUS, name: 'catalog-one-article' });
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});

describe('topics and people with no article', () => {
  it('/topics/ still lists railways (seed 004 never mentions them), under "No articles yet"', async () => {
    await page.goto(`${site.server.url}topics/`);
    const rail = page.locator('main li', { has: page.locator('a[href="/topics/railways-transport/"]') });
    expect(await rail.locator('xpath=ancestor::section/h2').textContent()).toBe('No articles yet');
    expect(await page.locator('main a[href^="/topics/"]').count()).toBe(10);
  });

  it('the empty topic keeps its page, saying it has no article, and an empty but valid feed', async () => {
    const response = await page.goto(`${site.server.url}topics/railways-transport/`);
    expect(response?.status()).toBe(200);
    expect(await listedArticles(page)).toEqual([]);
    expect(await page.locator('main').textContent()).toContain('No articles on this topic yet.');
    const feed = await parseRss(page, readFileSync(join(site.build.outDir, 'topics/railways-transport/rss.xml'), 'utf8'));
    expect(feed.items).toEqual([]);
  });

  it('a topic seed 004 does carry lists it', async () => {
    await page.goto(`${site.server.url}topics/science-technology/`);
    expect((await listedArticles(page)).map((i) => seedOfTitle(i.title))).toEqual(['004']);
  });

  it('Wang Yi, whom seed 004 never names, has no page; Bùi Thanh Sơn, whom it names, has one', () => {
    expect(existsSync(join(site.build.outDir, 'people/wang-yi/index.html'))).toBe(false);
    expect(existsSync(join(site.build.outDir, 'people/bui-thanh-son/index.html'))).toBe(true);
  });

  it('the archive has only the undated part', async () => {
    await page.goto(`${site.server.url}archive/`);
    expect((await archiveOverview(page)).map((p) => [p.label, p.count])).toEqual([['Undated', '1\u00a0article']]);
  });
});
