// The seeds built with UI_LANG=vi, read in Chromium as a Vietnamese reader meets them: every page's own words are
// Vietnamese (navigation, headings, dates, counts, topic names, search, the 404 page, the footer), article pages keep
// their article's language for the text and label it in Vietnamese, and no English interface word is left anywhere.
// Expected words are read from vi.ts, topics.yaml and people.yaml and the seeds; the English ones to look for from en.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { topicNames } from '../helpers/data-file-names.ts';
import { listPages } from '../helpers/page-inventory.ts';
import { parseRss } from '../catalog/helpers/xml.ts';
import { englishPhrases, findPhrases, readInterfaceWords } from '../helpers/untranslated-text.ts';
import { SEARCH_INPUT, STATUS } from '../search/helpers/search-ui.ts';
import { VI_SITE } from '../site/site-builds.ts';
import { type SeedSite, sharedSiteOf } from './seed-site.ts';

const SEEDS = ['000', '001', '002', '003', '004'] as const;
type Seed = (typeof SEEDS)[number];

/** Each seed's own language, as its text reads: 002 has a French headline over mostly English paragraphs. */
const ARTICLE_LANG: Record<Seed, string> = { '000': 'en', '001': 'en', '002': 'en', '003': 'vi', '004': 'en' };

/**
 * Each seed's date as the text states it, written the Vietnamese way: 000 "April 14, 2025"; 001 "April 14", 002
 * "26 janvier" and 003 "Ngày 4/2" without a year; 004 states none.
 */
const DATE_SHOWN: Record<Seed, string> = {
  '000': '14 tháng 4, 2025',
  '001': '14 tháng 4 (không\u00a0rõ\u00a0năm)',
  '002': '26 tháng 1 (không\u00a0rõ\u00a0năm)',
  '003': '4 tháng 2 (không\u00a0rõ\u00a0năm)',
  '004': 'Không rõ ngày',
};

/** Newest first; day-and-month dates without a year after the dated ones, the undated last. */
const HOME_ORDER: Seed[] = ['000', '001', '003', '002', '004'];

const VI_TOPICS = topicNames('vi');
const EN_TOPICS = topicNames('en');
const FR_TOPICS = topicNames('fr');
const ZH_TOPICS = topicNames('zh');

/** A word found only in seed 002 ("Le 26 janvier"), and one found in none. */
const ONE_ARTICLE_QUERY = 'janvier';
const NO_ARTICLE_QUERY = 'xyzzy';

interface View {
  name: string;
  path: string;
  /** Drives the page after it loads (types a query), for the views a reader reaches by doing something. */
  act?: (page: Page) => Promise<void>;
}

async function typeQuery(page: Page, query: string): Promise<void> {
  await page.fill(SEARCH_INPUT, query);
  await page.waitForFunction(
    ([selector, q]) =>
      (document.querySelector(selector!)?.textContent ?? '').includes(q!) &&
      document.querySelector('[data-search-app]')?.getAttribute('aria-busy') !== 'true',
    [STATUS, query] as const,
  );
}

/** What one pass over a view reads: the page is changed by the last reading, so each view is opened once for all. */
interface ViewReading {
  view: View;
  htmlLang: string | null;
  chrome: Record<string, unknown>;
  topicLinks: { href: string; text: string }[];
  /** The footer's links to the same page in the other builds (UI_LANG_SITES). */
  languageSites: { href: string | null; hreflang: string | null; lang: string | null; text: string }[];
  interfaceWords: string;
}

async function readView(page: Page, origin: string, view: View): Promise<ViewReading> {
  await page.goto(origin + view.path, { waitUntil: view.path.startsWith('/search/') ? 'networkidle' : 'load' });
  await view.act?.(page);
  const texts = (selector: string): Promise<string[]> => page.locator(selector).allInnerTexts();
  const footer = page.locator('footer.site-footer');
  return {
    view,
    htmlLang: await page.getAttribute('html', 'lang'),
    chrome: {
      headerLang: await page.locator('header.site-header').getAttribute('lang'),
      skipLink: await texts('.skip-link'),
      siteName: await texts('.site-name'),
      nav: await texts('header.site-header nav a'),
      navLabel: await page.locator('header.site-header nav').getAttribute('aria-label'),
      searchPlaceholder: await page.locator('header .search-box input').getAttribute('placeholder'),
      searchButton: await texts('header .search-box button'),
      footerLang: await footer.getAttribute('lang'),
      footer: (await footer.locator('p').allInnerTexts()).slice(0, 2),
    },
    topicLinks: await page
      .locator('a[href^="/topics/"]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: (a as HTMLElement).innerText }))),
    languageSites: await footer.locator('.language-sites a').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href'),
        hreflang: a.getAttribute('hreflang'),
        lang: a.getAttribute('lang'),
        text: (a as HTMLElement).innerText,
      })),
    ),
    interfaceWords: await readInterfaceWords(page, 'vi'),
  };
}

describe('a Vietnamese build (UI_LANG=vi)', () => {
  let site: SeedSite;
  let browser: Browser;
  let page: Page;
  const readings: ViewReading[] = [];
  const urlOf = (seed: Seed): string => site.pathOf(seed);
  const open = async (path: string): Promise<number | undefined> => {
    const response = await page.goto(site.server.origin + path, { waitUntil: path.startsWith('/search/') ? 'networkidle' : 'load' });
    return response?.status();
  };
  const texts = (selector: string): Promise<string[]> => page.locator(selector).allInnerTexts();

  beforeAll(async () => {
    site = await sharedSiteOf(VI_SITE);
    browser = await launchBrowser();
    page = await browser.newPage();
    const views: View[] = [
      ...listPages(site.outDir).map((p) => ({ name: p.type, path: p.urlPath })),
      { name: 'search with results', path: '/search/', act: (p) => typeQuery(p, ONE_ARTICLE_QUERY) },
      { name: 'search without results', path: '/search/', act: (p) => typeQuery(p, NO_ARTICLE_QUERY) },
      { name: 'an address with no page', path: '/khong-co-trang-nay/' },
    ];
    const reader = await browser.newPage();
    for (const view of views) readings.push(await readView(reader, site.server.origin, view));
    await reader.close();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
  });

  it('marks every page Vietnamese, but for article pages, which take their article’s language', () => {
    const articleUrls = new Map(SEEDS.map((seed) => [urlOf(seed), ARTICLE_LANG[seed]]));
    const wrong = readings.flatMap(({ view, htmlLang }) => {
      const expected = articleUrls.get(view.path) ?? 'vi';
      return htmlLang === expected ? [] : [`${view.path}: lang="${htmlLang}", expected "${expected}"`];
    });
    expect(readings.filter((r) => r.view.name === 'article')).toHaveLength(SEEDS.length);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('has the same Vietnamese header and footer on every page, article pages included', () => {
    for (const { view, chrome } of readings) {
      expect(chrome, `${view.name} ${view.path}`).toEqual({
        headerLang: 'vi',
        skipLink: ['Chuyển đến nội dung'],
        siteName: ['Đọc báo Việt – Trung'],
        nav: ['Chủ đề', 'Nhân vật', 'Lưu trữ'],
        navLabel: 'Điều hướng chính',
        searchPlaceholder: 'Tìm (mọi ngôn ngữ)',
        searchButton: ['Tìm'],
        footerLang: 'vi',
        footer: [
          'Các bài báo về quan hệ Việt Nam – Trung Quốc, đăng lại từ các trang tin; bài nào có ghi nguồn thì được dẫn nguồn. ' +
            'Ngày tháng chỉ ghi chính xác đến mức nguồn nêu rõ.',
          'Theo dõi bài mới bằng trình đọc tin: Kênh\u00a0RSS · Kênh JSON Feed',
        ],
      });
    }
  });

  it('shows no English interface word on any page: every message of en.ts, whole or its fixed parts', () => {
    const phrases = englishPhrases('vi');
    // The catalogue's own words are looked for, short labels included: a list that lost them would check little.
    expect(phrases.map((p) => p.text)).toEqual(expect.arrayContaining(['Topics', 'Related articles', 'Author', 'year not stated']));
    const found = readings.flatMap(({ view, interfaceWords }) =>
      findPhrases(interfaceWords, phrases).map((phrase) => `${view.name} ${view.path}: "${phrase.text}" (${phrase.key})`),
    );
    expect(found, found.join('\n')).toEqual([]);
  });

  it('the English check finds a label left in English, in any letter case, but not the English of an article', async () => {
    const scratch = await browser.newPage();
    await scratch.setContent(`<html lang="en"><body>
      <header lang="vi"><nav><a>Chủ đề</a><a>Nhân vật</a></nav></header>
      <main><h1 lang="en">Related articles on the Year of People-to-People Exchange</h1>
      <dl lang="vi"><dt style="text-transform: uppercase">Source</dt><dd>TAP</dd></dl>
      <div class="article-body"><p lang="en">Related articles by the same author list the topics of the talks.</p></div>
      <section lang="vi"><h2>Bài liên quan</h2></section></main></body></html>`);
    const words = await readInterfaceWords(scratch, 'vi');
    expect(findPhrases(words, englishPhrases('vi')).map((p) => p.text)).toEqual(['Source']);
    await scratch.close();
  });

  it('names every topic, wherever it is linked, by its Vietnamese name from topics.yaml', () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const { view, topicLinks } of readings) {
      for (const { href, text } of topicLinks) {
        const slug = /^\/topics\/([^/]+)\/$/.exec(href)?.[1];
        if (!slug) continue;
        seen++;
        if (text !== VI_TOPICS.get(slug)) wrong.push(`${view.path}: ${href} reads "${text}", topics.yaml says "${VI_TOPICS.get(slug)}"`);
      }
    }
    expect(seen).toBeGreaterThan(readings.length);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  describe('the home page', () => {
    beforeAll(() => open('/'));

    it('welcomes the reader in Vietnamese, counting the 5 seeds as "5 bài", never broken from its number', async () => {
      expect(await texts('main h1')).toEqual(['Đọc báo Việt – Trung']);
      expect(await page.locator('.home-intro p').innerText()).toBe(
        'Tin tức về quan hệ Việt Nam – Trung Quốc, giữ nguyên như bản gốc, kèm bản dịch song song khi nguồn có. Hiện có 5\u00a0bài.',
      );
      expect(await texts('#latest-heading')).toEqual(['Bài mới nhất']);
    });

    it('dates every card the Vietnamese way, as precisely as its text states it', async () => {
      expect(await texts('.home-latest .card .date')).toEqual(HOME_ORDER.map((seed) => DATE_SHOWN[seed]));
    });
  });

  it('lists the topics under "Chủ đề", counted in "bài", those without articles apart, other names labelled in Vietnamese', async () => {
    await open('/topics/');
    expect(await texts('main h1')).toEqual(['Chủ đề']);
    expect((await texts('main .topic-index :is(h2, h3) a')).sort()).toEqual([...VI_TOPICS.values()].sort());
    const counts = await texts('main .topic-count');
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count).toMatch(/^\d+\u00a0bài$/);
    expect(await texts('#topics-empty-heading')).toEqual(['Chưa có bài viết']);
    expect(await texts('main .local-names dt')).toEqual(Array(VI_TOPICS.size).fill(['Tiếng Anh', 'Tiếng Pháp', 'Tiếng Trung']).flat());
  });

  it('shows a topic page under its Vietnamese name, its names in English, French and Chinese, and its count in "bài"', async () => {
    const slug = 'party-state-diplomacy';
    await open(`/topics/${slug}/`);
    expect(await texts('.breadcrumb')).toEqual(['Chủ đề']);
    expect(await texts('main h1')).toEqual([VI_TOPICS.get(slug)]);
    const names = await page
      .locator('main .local-names div')
      .evaluateAll((divs) => divs.map((d) => `${d.querySelector('dt')?.textContent}: ${d.querySelector('dd')?.textContent}`));
    expect(names).toEqual([
      `Tiếng Anh: ${EN_TOPICS.get(slug)}`,
      `Tiếng Pháp: ${FR_TOPICS.get(slug)}`,
      `Tiếng Trung: ${ZH_TOPICS.get(slug)}`,
    ]);
    const cards = await page.locator('main .card').count();
    expect(await page.locator('.topic-summary').innerText()).toBe(`${cards}\u00a0bài. Kênh\u00a0RSS của chủ đề này`);
  });

  it('lists people under "Nhân vật", with those no article mentions yet apart', async () => {
    await open('/people/');
    expect(await texts('main h1')).toEqual(['Nhân vật']);
    expect(await texts('main h2')).toContain('Chưa có bài viết');
    expect(await page.locator('main').innerText()).toContain(
      'Chưa có bài nào nhắc đến những người dưới đây. Trang riêng của mỗi người sẽ có khi có bài đầu tiên nhắc đến họ.',
    );
  });

  it('shows Wang Yi, whom only seed 003 mentions, as 王毅 with his Vietnamese name beside, and 1 article', async () => {
    await open('/people/wang-yi/');
    expect(await texts('.breadcrumb')).toEqual(['Nhân vật']);
    // people.yaml: his own language is Chinese (王毅); a Vietnamese reader gets Vương Nghị beside it.
    expect(await texts('main h1')).toEqual(['王毅 · Vương Nghị']);
    expect(await page.locator('main h2').first().innerText()).toBe('Bài viết nhắc đến 王毅 (1\u00a0bài)');
    expect(await texts('main .card .date')).toEqual([DATE_SHOWN['003']]);
  });

  it('sorts the archive into 2025 (seed 000), year not stated (001, 002, 003) and undated (004), in Vietnamese', async () => {
    await open('/archive/');
    expect(await texts('main h1')).toEqual(['Lưu trữ']);
    expect(await texts('.archive-summary')).toEqual(['5\u00a0bài. Trong mỗi mục, bài mới nhất ở trên.']);
    expect(await texts('.archive-part h2')).toEqual(['2025 1\u00a0bài', 'Không rõ năm 3\u00a0bài', 'Không rõ ngày 1\u00a0bài']);
    expect(await texts('.archive-months a')).toEqual(['Tháng 4']);
  });

  it('shows an archive part under its Vietnamese name, with its count and dates', async () => {
    await open('/archive/year-not-stated/');
    expect(await texts('main h1')).toEqual(['Không rõ năm']);
    expect(await page.locator('main').innerText()).toContain(
      '3\u00a0bài. Văn bản ghi ngày và tháng nhưng không ghi năm, nên không thể xếp các bài này vào năm nào.',
    );
    expect(await texts('main .card .date')).toEqual(['001', '003', '002'].map((seed) => DATE_SHOWN[seed as Seed]));
  });

  describe('the search page', () => {
    beforeAll(() => open('/search/'));

    it('labels its filters in Vietnamese, people by their Vietnamese names', async () => {
      expect(await texts('main h1')).toEqual(['Tìm kiếm']);
      expect(await texts('.search-field label')).toEqual(['Chủ đề', 'Ngôn ngữ', 'Nhân vật', 'Năm', 'Sắp xếp theo']);
      const firstOptions = await page
        .locator('.search-field select')
        .evaluateAll((ss) => ss.map((s) => s.querySelector('option')?.textContent));
      expect(firstOptions).toEqual(['Mọi chủ đề', 'Mọi ngôn ngữ', 'Mọi nhân vật', 'Mọi năm', 'Độ liên quan']);
      // people.yaml: Tập Cận Bình is Xi Jinping's Vietnamese name.
      expect(await page.locator('#search-person option[value="xi-jinping"]').textContent()).toBe('Tập Cận Bình');
      expect(await page.locator(STATUS).innerText()).toBe('');
    });

    it('says in Vietnamese what a query typed in the box found, and dates the result the Vietnamese way', async () => {
      await typeQuery(page, ONE_ARTICLE_QUERY);
      expect(await page.locator(STATUS).innerText()).toBe(`Tìm thấy 1\u00a0bài cho “${ONE_ARTICLE_QUERY}”.`);
      expect(await texts('.search-results .date, .search-results .result-date')).toEqual([DATE_SHOWN['002']]);
    });

    it('says in Vietnamese when nothing is found', async () => {
      await typeQuery(page, NO_ARTICLE_QUERY);
      expect(await page.locator(STATUS).innerText()).toBe(`Không tìm thấy bài nào cho “${NO_ARTICLE_QUERY}”.`);
      expect(await page.locator('main').innerText()).toContain('Kiểm tra chính tả, hoặc thử ít từ hơn, từ ngắn hơn.');
    });
  });

  it('answers an address with no page with the Vietnamese 404 page', async () => {
    expect(await open('/khong-co-trang-nay/')).toBe(404);
    expect(await texts('main h1')).toEqual(['Không tìm thấy trang']);
    expect(await page.locator('main').innerText()).toContain(
      'Không có trang nào ở địa chỉ này. Có thể bạn đã gõ sai địa chỉ hoặc bài đã được chuyển đi.',
    );
    expect(await texts('main h2')).toEqual(['Tìm bài viết', 'Duyệt theo chủ đề']);
    expect(await page.locator('main').innerText()).toContain('Hoặc xem các bài mới nhất hay mục lưu trữ.');
  });

  describe('article pages', () => {
    it('label every article in Vietnamese, whatever its language: facts, date, reading time, topics, people, neighbours', async () => {
      // In the order the facts are shown: the short ones first, the topics on a row of their own last.
      const labels = ['Ngày', 'Ngôn ngữ', 'Thời gian đọc', 'Nguồn', 'Tác giả', 'Chủ đề'];
      for (const seed of SEEDS) {
        await open(urlOf(seed));
        expect(await page.locator('.article-meta').getAttribute('lang'), seed).toBe('vi');
        const shown = await page.locator('.article-meta dt').allTextContents();
        expect(
          shown.filter((label) => !labels.includes(label)),
          seed,
        ).toEqual([]);
        expect(shown, seed).toEqual(labels.filter((label) => shown.includes(label)));
        expect(shown, seed).toEqual(expect.arrayContaining(['Ngày', 'Thời gian đọc']));
        expect(await texts('.article-meta time, .article-meta .date'), seed).toEqual([DATE_SHOWN[seed]]);
        const readingTime = page.locator('.article-meta div').filter({ has: page.locator('dt', { hasText: 'Thời gian đọc' }) });
        expect(await readingTime.locator('dd').innerText(), seed).toMatch(/^Khoảng \d+\u00a0phút$/);
        expect(await texts('.article-tags h2'), seed).toEqual(['Chủ đề', 'Nhân vật']);
        const neighbours = await texts('.neighbour-label');
        expect(neighbours.length, seed).toBeGreaterThan(0);
        for (const label of neighbours) expect(['Mới hơn:', 'Cũ hơn:'], seed).toContain(label.trim());
      }
    });

    it('say where a photo was in Vietnamese (seed 001 has three captions)', async () => {
      await open(urlOf('001'));
      const notes = page.locator('.article-body .figure-note');
      expect(await notes.allTextContents()).toEqual(Array(3).fill('Ảnh trong bài gốc, không đăng lại ở đây'));
      expect(await notes.first().getAttribute('lang')).toBe('vi');
    });

    it('offer the bilingual seed 000 "Hiển thị: Song ngữ", each language by its own name', async () => {
      await open(urlOf('000'));
      const control = page.locator('[data-bilingual-control]');
      expect(await control.getAttribute('lang')).toBe('vi');
      expect(await control.locator('.bilingual-label').innerText()).toBe('Hiển thị');
      expect(await control.locator('button').allInnerTexts()).toEqual(['Song ngữ', 'English', 'Tiếng Việt']);
    });

    it('relate seed 004 to 000 under "Bài liên quan", with the card dated the Vietnamese way', async () => {
      await open(urlOf('004'));
      const related = page.locator('.related');
      expect(await related.getAttribute('lang')).toBe('vi');
      expect(await related.locator('h2').innerText()).toBe('Bài liên quan');
      expect(await related.locator('.card-title a').getAttribute('href')).toBe(urlOf('000'));
      expect(await related.locator('.card .date').innerText()).toBe(DATE_SHOWN['000']);
    });

    it('give a screen reader the language of seed 002’s French and Vietnamese paragraphs in Vietnamese', async () => {
      await open(urlOf('002'));
      const french = page.locator('#article-body p[lang="fr"]');
      expect(await french.ariaSnapshot()).toMatch(/^- paragraph: "?bằng tiếng Pháp: Le 26 janvier/);
      expect(await french.locator('.lang-tag').getAttribute('lang')).toBe('vi');
      expect(await page.locator('#article-body p[lang="vi"]').first().ariaSnapshot()).toMatch(
        /^- paragraph: "?bằng tiếng Việt: Tổng Bí thư/,
      );
    });
  });
  it('links every page, in the footer, to the same page in the English, French and Chinese builds, each named in its own language', () => {
    const otherBuilds = [
      { base: '/en/', lang: 'en', text: 'English' },
      { base: '/fr/', lang: 'fr', text: 'Français' },
      { base: '/zh/', lang: 'zh', text: '中文' },
    ];
    for (const { view, languageSites } of readings) {
      // A missing address is answered with the 404 page, which each build has as 404.html.
      const samePage = view.name === '404' || view.name === 'an address with no page' ? '404.html' : view.path.slice(1);
      expect(languageSites, `${view.name} ${view.path}`).toEqual(
        otherBuilds.map(({ base, lang, text }) => ({ href: base + samePage, hreflang: lang, lang, text })),
      );
    }
  });

  it('says "Trang này bằng ngôn ngữ khác:" before those links, and an article page links to that article, not to /vi/', async () => {
    await open(urlOf('003'));
    const line = page.locator('footer .language-sites');
    expect(await line.locator('#language-sites-label').innerText()).toBe('Trang này bằng ngôn ngữ khác:');
    // A space parts the words from the first name.
    expect(await line.innerText()).toMatch(/^Trang này bằng ngôn ngữ khác: English/);
    expect(await line.locator('a').allInnerTexts()).toEqual(['English', 'Français', '中文']);
    const hrefs = await line.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/en', '/fr', '/zh'].map((base) => base + urlOf('003')));
  });

  describe('feeds and data', () => {
    let reader: Page;
    const fetchText = async (path: string): Promise<string> => {
      const response = await fetch(site.server.url + path);
      expect(response.status, path).toBe(200);
      return response.text();
    };
    const VI_TOPIC_NAMES = [...VI_TOPICS.values()];
    beforeAll(async () => {
      reader = await browser.newPage();
    });

    it('rss.xml says <language>vi</language>, with the site’s Vietnamese name and description and Vietnamese topic names', async () => {
      const feed = await parseRss(reader, await fetchText('rss.xml'));
      expect(feed.channel.language).toBe('vi');
      expect(feed.channel.title).toBe('Đọc báo Việt – Trung');
      expect(feed.channel.description).toMatch(
        /^Tin bài về quan hệ Việt Nam – Trung Quốc bằng tiếng Anh, tiếng Việt, tiếng Pháp và tiếng Trung\./,
      );
      expect(feed.channel.description).toContain('Nguồn tin này gồm các bài mới nhất');
      expect(feed.items).toHaveLength(SEEDS.length);
      const categories = feed.items.flatMap((item) => item.categories);
      expect(categories.length).toBeGreaterThan(0);
      for (const category of categories) expect(VI_TOPIC_NAMES).toContain(category);
      // Each article keeps its own language.
      expect(feed.items.map((item) => item.language).sort()).toEqual(SEEDS.map((seed) => ARTICLE_LANG[seed]).sort());
    });

    it('a topic feed is titled and described with the topic’s Vietnamese name', async () => {
      const slug = 'party-state-diplomacy';
      const name = VI_TOPICS.get(slug)!;
      const feed = await parseRss(reader, await fetchText(`topics/${slug}/rss.xml`));
      expect(feed.channel.language).toBe('vi');
      expect(feed.channel.title).toBe(`${name} · Đọc báo Việt – Trung`);
      expect(feed.channel.description?.startsWith(`Các bài về quan hệ Việt Nam – Trung Quốc thuộc chủ đề “${name}”.`)).toBe(true);
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(item.categories).toContain(name);
        for (const category of item.categories) expect(VI_TOPIC_NAMES).toContain(category);
      }
    });

    it('feed.json carries the Vietnamese title and description, and tags articles with Vietnamese topic names', async () => {
      const feed = JSON.parse(await fetchText('feed.json')) as { title: string; description: string; items: { tags?: string[] }[] };
      expect(feed.title).toBe('Đọc báo Việt – Trung');
      expect(feed.description).toMatch(/^Tin bài về quan hệ Việt Nam – Trung Quốc bằng tiếng Anh/);
      const tags = feed.items.flatMap((item) => item.tags ?? []);
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(VI_TOPIC_NAMES).toContain(tag);
    });
  });
});
