// Article pages of the seeds, built under a base path: headline and translation, honest dates, source, byline,
// figures without images, topics and people, related articles, previous and next.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSeedSite, type SeedSite } from './seed-site.ts';

const BASE = '/vn-cn/';

describe('article pages', () => {
  let site: SeedSite;
  let browser: Browser;
  let page: Page;
  const open = async (seed: string): Promise<void> => {
    const response = await page.goto(site.pageOf(seed));
    expect(response?.status()).toBe(200);
  };
  const metaValue = (label: string): Promise<string> =>
    page
      .locator('.article-meta div')
      .filter({ has: page.locator('dt', { hasText: label }) })
      .locator('dd')
      .innerText();

  beforeAll(async () => {
    site = await buildSeedSite('reading-article', BASE);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
  });

  describe('the bilingual seed 000', () => {
    beforeAll(() => open('000'));

    it('shows the English headline and its Vietnamese translation, each with its language', async () => {
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      const h1 = page.locator('h1');
      expect(await h1.innerText()).toBe('Party chief To Lam wants science, technology to be new highlight in Vietnam-China cooperation');
      expect(await h1.getAttribute('lang')).toBe('en');
      const translation = page.locator('hgroup p');
      expect(await translation.innerText()).toBe(
        'Tổng Bí thư Tô Lâm muốn khoa học, công nghệ trở thành điểm sáng mới trong hợp tác Việt-Trung',
      );
      expect(await translation.getAttribute('lang')).toBe('vi');
    });

    it('dates it 14 April 2025 in a machine-readable <time>', async () => {
      const time = page.locator('.article-meta time');
      expect(await time.getAttribute('datetime')).toBe('2025-04-14');
      expect(await time.innerText()).toBe('14 April 2025');
    });

    it('pairs all 15 paragraphs with their translations', async () => {
      const pairs = await page
        .locator('.article-body [data-pair]')
        .evaluateAll((divs) => divs.map((d) => [...d.children].map((p) => p.getAttribute('lang')).join('+')));
      expect(pairs).toEqual(Array(15).fill('en+vi'));
      expect(await page.locator('.article-body [data-pair]').last().innerText()).toContain(
        'Xi is on a two-day state visit to Vietnam from April 14-15.',
      );
    });

    it('names its languages in the page’s own words, and estimates a few minutes of reading for ~500 English words', async () => {
      expect(await page.locator('.article-meta .languages li').allTextContents()).toEqual(['English', 'Vietnamese']);
      // The reader reads one language of each pair: about 500 words at ~230 a minute.
      expect(await metaValue('Reading time')).toMatch(/^About [23]\u00a0minutes$/);
    });

    it('keeps the chrome in English while the content carries its own languages', async () => {
      for (const selector of ['header.site-header', 'footer.site-footer', '.article-meta', '.article-tags', '.related', '.neighbours']) {
        expect(await page.locator(selector).getAttribute('lang'), selector).toBe('en');
      }
    });

    it('has no previous article (it is the newest), links the next one, 001, and relates 004 only', async () => {
      expect(await page.locator('a[rel="prev"]').count()).toBe(0);
      expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(site.pathOf('001'));
      // 001 reports the same talks but is already the next link; 004 is about the science cooperation 000 puts first.
      const related = await page.locator('.related .card-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(related).toEqual([site.pathOf('004')]);
    });
  });

  describe('seed 001: a date without a year, a source, figures', () => {
    beforeAll(() => open('001'));

    it('says the year is not stated and marks up only the day and month', async () => {
      const time = page.locator('.article-meta time');
      expect(await time.innerText()).toBe('14 April (year\u00a0not\u00a0stated)');
      expect(await time.getAttribute('datetime')).toBe('04-14');
    });

    it('links the source to thanhnien.vn by the publisher name', async () => {
      const link = page.locator('.article-meta a.source-link');
      expect(await link.innerText()).toBe('Thanhnien.vn');
      expect(await link.getAttribute('href')).toBe(
        'https://thanhnien.vn/trung-quoc-luon-coi-trong-cao-do-quan-he-voi-viet-nam-18525041422183829.htm',
      );
      expect(await link.getAttribute('rel')).toContain('noopener');
    });

    it('shows the three photo captions with their credit, and no image at all', async () => {
      const figures = await page
        .locator('.article-body figure')
        .evaluateAll((figs) =>
          figs.map((f) => ({ caption: f.querySelector('.caption')?.textContent, credit: f.querySelector('.credit')?.textContent })),
        );
      expect(figures).toEqual([
        { caption: 'General Secretary To Lam and General Secretary and President of China Xi Jinping', credit: 'PHOTO: THAO PHAM' },
        { caption: 'General Secretary To Lam at the meeting', credit: 'PHOTO: THAO PHAM' },
        { caption: 'General Secretary and President of China Xi Jinping at the meeting', credit: 'PHOTO: THAO PHAM' },
      ]);
      expect(await page.locator('img').count()).toBe(0);
      // The reader is told a photo existed; nothing is left to fail to load.
      expect(await page.locator('.article-body figure').first().innerText()).toMatch(/^Photo not included/i);
    });

    it('shows the subheading as a heading', async () => {
      expect(await page.locator('.article-body h2').innerText()).toBe('China invites Vietnamese youth to join "Red Journey"');
    });

    it('links its topics and people under the base path', async () => {
      const topics = await page
        .locator('.article-tags a[href*="/topics/"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      // It reports the talks between the two parties' leaders; the South China Sea comes up in one closing paragraph.
      expect(topics).toContain(`${BASE}topics/party-state-diplomacy/`);
      expect(topics).not.toContain(`${BASE}topics/south-china-sea/`);
      expect(topics.every((href) => href!.startsWith(`${BASE}topics/`))).toBe(true);
      // Each by the name they write themselves: Tô Lâm in Vietnamese, 习近平 in Chinese with his English name beside it.
      const people = await page.locator('.article-tags a[href*="/people/"]').evaluateAll((links) => links.map((a) => a.textContent));
      expect(people).toEqual(['Tô Lâm', '习近平 · Xi Jinping']);
      expect(await page.locator('.article-tags a[href*="/people/to-lam/"] [lang="vi"]').textContent()).toBe('Tô Lâm');
      expect(await page.locator('.article-tags a[href*="/people/xi-jinping/"] [lang="zh"]').textContent()).toBe('习近平');
    });

    it('links previous (000) and next (003) in the home page order, and following "previous" opens 000', async () => {
      expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe(site.pathOf('000'));
      expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(site.pathOf('003'));
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(site.pageOf('000'));
      expect(await page.locator('h1').innerText()).toContain('Party chief To Lam');
    });

    it('has no bilingual control: nothing is paired', async () => {
      await open('001');
      expect(await page.locator('[data-bilingual-control]').count()).toBe(0);
    });

    it('prints without navigation, with the source address written out', async () => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header nav').isVisible()).toBe(false);
      expect(await page.locator('.search-box').isVisible()).toBe(false);
      expect(await page.locator('.neighbours').isVisible()).toBe(false);
      const after = await page.locator('a.source-link').evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('https://thanhnien.vn/trung-quoc-luon-coi-trong');
      await page.emulateMedia({ media: 'screen' });
    });
  });

  describe('seed 003: a Vietnamese article with a byline, labelled in Vietnamese', () => {
    beforeAll(() => open('003'));

    it('is a Vietnamese page with a Vietnamese headline', async () => {
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await page.locator('h1').getAttribute('lang')).toBe('vi');
      expect(await page.locator('.article-body p').first().getAttribute('lang')).toBe('vi');
    });

    it('shows the byline Hoang Trong and the agency as its source, unlinked, under Vietnamese labels', async () => {
      expect(await page.locator('.article-meta dt').allTextContents()).toEqual([
        'Ngày',
        'Ngôn ngữ',
        'Thời gian đọc',
        'Nguồn',
        'Tác giả',
        'Chủ đề',
      ]);
      expect(await metaValue('Tác giả')).toBe('Hoang Trong');
      expect(await metaValue('Nguồn')).toBe('TAP');
      expect(await page.locator('.article-meta a.source-link').count()).toBe(0);
    });

    it('dates it 4 February without a year ("Ngày 4/2"), in Vietnamese', async () => {
      expect(await page.locator('.article-meta time').getAttribute('datetime')).toBe('02-04');
      expect(await page.locator('.article-meta time').innerText()).toBe('4 tháng 2 (không\u00a0rõ\u00a0năm)');
    });

    it('links Wang Yi, whom it is about, as 王毅 with his Vietnamese name beside, and has no related section beyond its neighbours', async () => {
      expect(await page.locator('.article-tags h2').allTextContents()).toEqual(['Chủ đề', 'Nhân vật']);
      const wang = page.locator(`.article-tags a[href="${BASE}people/wang-yi/"]`);
      expect(await wang.textContent()).toBe('王毅 · Vương Nghị');
      expect(await page.locator(`.article-tags a[href="${BASE}people/le-hoai-trung/"]`).textContent()).toBe('Lê Hoài Trung');
      // 001 and 002, its neighbours, are linked as previous and next; the others share only what most seeds share.
      expect(await page.locator('.related').count()).toBe(0);
    });
  });

  describe('seed 002: a French headline over a mostly English text', () => {
    it('marks the headline French and the page English', async () => {
      await open('002');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('h1').getAttribute('lang')).toBe('fr');
      const languages = await page.locator('.article-meta .languages li').allTextContents();
      expect(languages.sort()).toEqual(['English', 'French', 'Vietnamese']);
    });
  });

  describe('seed 004: no date at all', () => {
    beforeAll(() => open('004'));

    it('says "Date not stated" and claims no machine-readable date', async () => {
      expect(await metaValue('Date')).toBe('Date not stated');
      expect(await page.locator('.article-meta time').count()).toBe(0);
    });

    it('is last: a previous link to 002 and no next link', async () => {
      expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe(site.pathOf('002'));
      expect(await page.locator('a[rel="next"]').count()).toBe(0);
    });

    it('shows the byline Tran Thuong and both photo credits', async () => {
      expect(await metaValue('Author')).toBe('Tran Thuong');
      const credits = await page.locator('.article-body .credit').allInnerTexts();
      expect(credits).toEqual(['Photo: Agibot', 'Photo: Lao Cai Newspaper']);
    });
  });
});
