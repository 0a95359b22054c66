// A corpus of 60 short railway articles, one a day from 1 January 2024: the site feeds, and the railway topic's feed,
// hold the 50 newest, newest first, and say where the other ten are.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { parseRss } from './helpers/xml.ts';

const COUNT = 60;
const MONTHS = ['January', 'February'];

/** Round `n` (1–60) of the talks took place on day n of 2024: 1 January … 29 February. */
function roundDate(n: number): { text: string; month: string; day: number } {
  const date = new Date(Date.UTC(2024, 0, n));
  return { text: `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, 2024`, month: MONTHS[date.getUTCMonth()]!, day: date.getUTCDate() };
}

const title = (n: number): string => `Railway project talks, round ${n}`;

let corpusDir: string;
let outDir: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  corpusDir = mkdtempSync(join(tmpdir(), 'feed-size-'));
  for (let n = 1; n <= COUNT; n++) {
    const { text, month, day } = roundDate(n);
    // File names in an order unrelated to the dates (7 and 60 share no factor, so every name is used once).
    const file = `${String((n * 7) % COUNT).padStart(2, '0')}-talks.txt`;
    const body = `Officials of Vietnam and China met on ${month} ${day} for round ${n} of the railway project talks on the Lao Cai line.`;
    writeFileSync(join(corpusDir, file), `${title(n)}\n\n${text}\n\n${body}\n\nBoth sides agreed to meet again.\n`);
  }
  const build = buildSite({ corpusDir, name: 'feed-size' });
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  if (corpusDir) rmSync(corpusDir, { recursive: true, force: true });
});

/** Rounds 60 down to 11: the fifty latest talks, latest first. */
const NEWEST_FIFTY = Array.from({ length: 50 }, (_, i) => title(COUNT - i));

const read = (file: string): string => readFileSync(join(outDir, file), 'utf8');

describe('feeds of a 60-article corpus', () => {
  it('rss.xml holds the 50 newest articles, newest first, each with its date', async () => {
    const feed = await parseRss(page, read('rss.xml'));
    expect(feed.items.map((i) => i.title)).toEqual(NEWEST_FIFTY);
    expect(new Date(feed.items[0]!.pubDate!).toISOString().slice(0, 10)).toBe('2024-02-29');
    expect(new Date(feed.items[49]!.pubDate!).toISOString().slice(0, 10)).toBe('2024-01-11');
  });

  it('feed.json holds the same 50, newest first, and every article stays in articles.json', () => {
    const feed = JSON.parse(read('feed.json')) as { items: { title: string; date_published: string }[] };
    expect(feed.items.map((i) => i.title)).toEqual(NEWEST_FIFTY);
    expect(feed.items[0]!.date_published).toBe('2024-02-29T00:00:00Z');
    const listed = JSON.parse(read('articles.json')) as { articles: { title: string }[] };
    expect(listed.articles.map((a) => a.title).sort()).toEqual(Array.from({ length: COUNT }, (_, i) => title(i + 1)).sort());
  });

  it("the railway topic's feed holds its 50 newest too, and points to the topic page that lists all 60", async () => {
    const feed = await parseRss(page, read('topics/railways-transport/rss.xml'));
    expect(feed.items.map((i) => i.title)).toEqual(NEWEST_FIFTY);
    expect(feed.channel.description).toContain('at most 50, newest first');
    expect(feed.channel.description).toContain('http://localhost:4321/topics/railways-transport/');
    expect(read('topics/railways-transport/index.html')).toContain('60\u00a0articles');
  });
});
