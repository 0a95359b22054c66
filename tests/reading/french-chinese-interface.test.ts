// The seeds built with UI_LANG=fr and UI_LANG=zh, read in Chromium: the navigation, the home page, a date, a count, the
// search status line and the 404 page in the build's language, and no English interface phrase on those pages.
// Expected words are read from fr.ts and zh.ts and the seeds (000 "April 14, 2025", 001 "April 14", 002 "26 janvier").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { englishPhrases, findPhrases, readInterfaceWords } from '../helpers/untranslated-text.ts';
import { SEARCH_INPUT, STATUS } from '../search/helpers/search-ui.ts';
import { uiLangSite } from '../site/site-builds.ts';
import { type SeedSite, sharedSiteOf } from './seed-site.ts';

/** A word found only in seed 002 ("Le 26 janvier"). */
const QUERY = 'janvier';

interface Expected {
  lang: 'fr' | 'zh';
  nav: string[];
  siteName: string;
  latest: string;
  /** The home page's introduction ends with the number of seeds. */
  introEnd: string;
  /** Seed 000, 001 and 004's dates, as the home page's first, second and last cards show them. */
  dates: [string, string, string];
  /** /archive/: the 2025 part holds seed 000 alone, the part without a year 001, 002 and 003. */
  archiveParts: string[];
  status: string;
  notFound: string;
  /** The footer's words before the links to the other builds, and those links, each named in its own language. */
  otherLanguages: { label: string; links: string[] };
}

const FRENCH: Expected = {
  lang: 'fr',
  nav: ['Thèmes', 'Personnes', 'Archives'],
  siteName: 'Revue de presse Viêt Nam–Chine',
  latest: 'Derniers articles',
  introEnd: 'avec les traductions en regard quand la source en donne. 5\u00a0articles\u00a0à ce jour.',
  dates: ['14 avril 2025', '14 avril (année\u00a0non\u00a0précisée)', 'Date non précisée'],
  // French counts one article in the singular.
  archiveParts: ['2025 1\u00a0article', 'Année non précisée 3\u00a0articles', 'Sans date 1\u00a0article'],
  status: `1\u00a0article trouvé pour «\u00a0${QUERY}\u00a0».`,
  notFound: 'Page introuvable',
  otherLanguages: { label: 'Ce site dans d’autres langues\u00a0:', links: ['English', 'Tiếng Việt', '中文'] },
};

const CHINESE: Expected = {
  lang: 'zh',
  nav: ['主题', '人物', '归档'],
  siteName: '越中关系新闻',
  latest: '最新文章',
  // A Chinese sentence ends with a full-width stop.
  introEnd: '来源附有译文时并列显示。共 5\u00a0篇文章。',
  dates: ['2025年4月14日', '4月14日（年份不详）', '日期不详'],
  archiveParts: ['2025年 1\u00a0篇文章', '年份不详 3\u00a0篇文章', '日期不详 1\u00a0篇文章'],
  status: `找到 1\u00a0篇与“${QUERY}”相关的文章。`,
  notFound: '找不到页面',
  otherLanguages: { label: '本站其他语言版本：', links: ['English', 'Tiếng Việt', 'Français'] },
};

describe.each([FRENCH, CHINESE])('a build with UI_LANG=$lang', (expected) => {
  let site: SeedSite;
  let browser: Browser;
  let page: Page;
  const open = async (path: string): Promise<number | undefined> =>
    (await page.goto(site.server.origin + path, { waitUntil: path.startsWith('/search/') ? 'networkidle' : 'load' }))?.status();
  const texts = (selector: string): Promise<string[]> => page.locator(selector).allInnerTexts();
  /** Read last on a page: it blanks the corpus's words. */
  const englishLeft = async (): Promise<string[]> =>
    findPhrases(await readInterfaceWords(page, expected.lang), englishPhrases(expected.lang)).map((p) => `${p.text} (${p.key})`);

  beforeAll(async () => {
    site = await sharedSiteOf(uiLangSite(expected.lang));
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
  });

  it('greets the reader on the home page in the build’s language: navigation, headings, count, dates, other languages', async () => {
    await open('/');
    expect(await page.getAttribute('html', 'lang')).toBe(expected.lang);
    expect(await texts('header.site-header nav a')).toEqual(expected.nav);
    expect(await texts('main h1')).toEqual([expected.siteName]);
    expect(await texts('#latest-heading')).toEqual([expected.latest]);
    const intro = await page.locator('.home-intro p').innerText();
    expect(intro.slice(-expected.introEnd.length)).toBe(expected.introEnd);
    const dates = await texts('.home-latest .card .date');
    expect([dates[0], dates[1], dates.at(-1)]).toEqual(expected.dates);
    expect(await texts('footer #language-sites-label')).toEqual([expected.otherLanguages.label]);
    expect(await texts('footer .language-sites a')).toEqual(expected.otherLanguages.links);
    expect(await englishLeft()).toEqual([]);
  });

  it('counts the archive’s parts in the build’s language', async () => {
    await open('/archive/');
    expect(await texts('.archive-part h2')).toEqual(expected.archiveParts);
    expect(await englishLeft()).toEqual([]);
  });

  it('reports what a query typed in the box found in the build’s language', async () => {
    await open('/search/');
    await page.fill(SEARCH_INPUT, QUERY);
    await page.waitForFunction(
      ([selector, q]) =>
        (document.querySelector(selector!)?.textContent ?? '').includes(q!) &&
        document.querySelector('[data-search-app]')?.getAttribute('aria-busy') !== 'true',
      [STATUS, QUERY] as const,
    );
    expect(await page.locator(STATUS).innerText()).toBe(expected.status);
    expect(await englishLeft()).toEqual([]);
  });

  it('answers an address with no page with its 404 page in the build’s language', async () => {
    expect(await open('/no-such-page/')).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe(expected.lang);
    expect(await texts('main h1')).toEqual([expected.notFound]);
    expect(await englishLeft()).toEqual([]);
  });

  it('labels an English article in the build’s language while the article stays English', async () => {
    // Seed 001 is English, dated "April 14" without a year.
    await open(site.pathOf('001'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.article-meta').getAttribute('lang')).toBe(expected.lang);
    expect(await texts('.article-meta time')).toEqual([expected.dates[1]]);
    expect(await englishLeft()).toEqual([]);
  });
});
