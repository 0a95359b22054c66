// The default build (UI_LANG unset): English around every page, while an article page's own labels speak the article's
// language. Seed 003 is Vietnamese, so its facts, topics, people, neighbours and photo notes are labelled in Vietnamese
// under an English header and footer; the English seeds are labelled in English, the mostly English seed 002 included,
// French headline and all. Expected words are read from en.ts, vi.ts, topics.yaml and the seeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { topicNames } from '../helpers/data-file-names.ts';
import { englishPhrases, findPhrases, readInterfaceWords } from '../helpers/untranslated-text.ts';
import { type SeedSite, sharedSeedSite } from './seed-site.ts';

const EN_TOPICS = topicNames('en');
const VI_TOPICS = topicNames('vi');

describe('article labels in the default build follow the article’s language', () => {
  let site: SeedSite;
  let browser: Browser;
  let page: Page;
  const open = async (seed: string): Promise<void> => {
    const response = await page.goto(site.pageOf(seed));
    expect(response?.status()).toBe(200);
  };
  const texts = (selector: string): Promise<string[]> => page.locator(selector).allInnerTexts();
  const langOf = (selector: string): Promise<string | null> => page.locator(selector).first().getAttribute('lang');
  /** Each topic link of the article's facts and tags, as slug and shown name. */
  const topicLinks = async (): Promise<[string, string][]> =>
    page
      .locator('.article-meta a[href*="/topics/"], .article-tags a[href*="/topics/"]')
      .evaluateAll((as) => as.map((a) => [/\/topics\/([^/]+)\/$/.exec(a.getAttribute('href')!)?.[1] ?? '', (a as HTMLElement).innerText]));

  beforeAll(async () => {
    site = await sharedSeedSite();
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
  });

  describe('seed 003, a Vietnamese article', () => {
    beforeAll(() => open('003'));

    it('keeps the site’s header and footer in English', async () => {
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await langOf('header.site-header')).toBe('en');
      expect(await texts('header.site-header nav a')).toEqual(['Topics', 'People', 'Archive']);
      expect(await texts('.skip-link')).toEqual(['Skip to content']);
      expect(await texts('header .search-box button')).toEqual(['Search']);
      expect(await langOf('footer.site-footer')).toBe('en');
      expect(await page.locator('footer.site-footer').innerText()).toContain(
        'Follow new articles in a feed reader: RSS\u00a0feed · JSON Feed',
      );
      // The default build links to no other interface language.
      expect(await page.locator('footer .language-sites').count()).toBe(0);
    });

    it('labels its facts in Vietnamese: Ngày, Ngôn ngữ, Thời gian đọc, Nguồn, Tác giả, then Chủ đề', async () => {
      expect(await langOf('.article-meta')).toBe('vi');
      // The short facts first; the topics on a row of their own last. "(TAP)" names its source, "Hoang Trong" signs it.
      expect(await page.locator('.article-meta dt').allTextContents()).toEqual([
        'Ngày',
        'Ngôn ngữ',
        'Thời gian đọc',
        'Nguồn',
        'Tác giả',
        'Chủ đề',
      ]);
      // "Ngày 4/2": 4 February, no year.
      expect(await texts('.article-meta time')).toEqual(['4 tháng 2 (không\u00a0rõ\u00a0năm)']);
      const readingTime = page.locator('.article-meta div').filter({ has: page.locator('dt', { hasText: 'Thời gian đọc' }) });
      expect(await readingTime.locator('dd').innerText()).toMatch(/^Khoảng \d+\u00a0phút$/);
    });

    it('names its topics by their Vietnamese names, under "Chủ đề" and "Nhân vật"', async () => {
      expect(await langOf('.article-tags')).toBe('vi');
      expect(await texts('.article-tags h2')).toEqual(['Chủ đề', 'Nhân vật']);
      const links = await topicLinks();
      expect(links.length).toBeGreaterThan(0);
      for (const [slug, name] of links) expect(name, slug).toBe(VI_TOPICS.get(slug));
    });

    it('labels its neighbours "Mới hơn:" (001) and "Cũ hơn:" (002)', async () => {
      const nav = page.locator('nav.neighbours');
      expect(await nav.getAttribute('lang')).toBe('vi');
      expect(await nav.getAttribute('aria-label')).toBe('Bài mới hơn và cũ hơn');
      expect(await texts('.neighbour-label')).toEqual(['Mới hơn:', 'Cũ hơn:']);
      const hrefs = await page.locator('a.neighbour').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual([site.pathOf('001'), site.pathOf('002')]);
    });

    it('says "Ảnh trong bài gốc, không đăng lại ở đây" where each of its photos was', async () => {
      const notes = page.locator('.article-body .figure-note');
      expect(await notes.count()).toBeGreaterThan(0);
      for (const note of await notes.all()) {
        expect(await note.textContent()).toBe('Ảnh trong bài gốc, không đăng lại ở đây');
        expect(await note.getAttribute('lang')).toBe('vi');
      }
    });

    it('leaves no English label among its Vietnamese ones', async () => {
      // Read last: reading the words blanks the rest of the page (the English header, footer and title included).
      const labels = await readInterfaceWords(page, 'vi', { withTitle: false });
      expect(labels).toMatch(/Thời gian đọc/i);
      expect(findPhrases(labels, englishPhrases('vi'))).toEqual([]);
    });
  });

  describe('seed 000, an English article with a Vietnamese translation', () => {
    beforeAll(() => open('000'));

    it('labels its facts, topics and neighbours in English', async () => {
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await langOf('.article-meta')).toBe('en');
      expect(await page.locator('.article-meta dt').allTextContents()).toEqual(['Date', 'Languages', 'Reading time', 'Topics']);
      // "April 14, 2025"
      expect(await texts('.article-meta time')).toEqual(['14 April 2025']);
      expect(await texts('.article-tags h2')).toEqual(['Topics', 'People']);
      for (const [slug, name] of await topicLinks()) expect(name, slug).toBe(EN_TOPICS.get(slug));
      // The newest seed has no newer neighbour.
      expect(await texts('.neighbour-label')).toEqual(['Older:']);
    });

    it('offers its paragraphs in both languages or in one, in English words, each language by its own name', async () => {
      const control = page.locator('[data-bilingual-control]');
      expect(await control.getAttribute('lang')).toBe('en');
      expect(await control.locator('.bilingual-label').innerText()).toBe('Show');
      expect(await control.locator('button').allInnerTexts()).toEqual(['Both', 'English', 'Tiếng Việt']);
    });

    it('relates seed 004 under "Related articles", its card dated in English', async () => {
      const related = page.locator('.related');
      expect(await related.getAttribute('lang')).toBe('en');
      expect(await related.locator('h2').innerText()).toBe('Related articles');
      expect(await related.locator('.card-title a').getAttribute('href')).toBe(site.pathOf('004'));
      // 004 states no date.
      expect(await related.locator('.card .date').innerText()).toBe('Date not stated');
    });
  });

  it('labels seed 002 in English, its language tags read out in English, though its headline is French', async () => {
    await open('002');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').getAttribute('lang')).toBe('fr');
    expect(await page.locator('.article-meta dt').first().textContent()).toBe('Date');
    // "Le 26 janvier", no year.
    expect(await texts('.article-meta time')).toEqual(['26 January (year\u00a0not\u00a0stated)']);
    const tag = page.locator('#article-body p[lang="fr"] .lang-tag').first();
    expect(await tag.getAttribute('lang')).toBe('en');
    expect(await tag.locator('.visually-hidden').textContent()).toBe('in French: ');
  });

  it('labels seed 004 in English: "Author", the date not stated, its related card from 000', async () => {
    await open('004');
    expect(await page.locator('.article-meta dt').allTextContents()).toEqual(expect.arrayContaining(['Date', 'Author']));
    expect(await texts('.article-meta .date')).toEqual(['Date not stated']);
    expect(await page.locator('.related h2').innerText()).toBe('Related articles');
    expect(await page.locator('.related .card .date').innerText()).toBe('14 April 2025');
    expect(await texts('.article-body .figure-note')).not.toHaveLength(0);
    for (const note of await page.locator('.article-body .figure-note').allTextContents()) expect(note).toBe('Photo not included');
  });
});
