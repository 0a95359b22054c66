// What search costs a reader: the engine loads with the search page and never on article pages, keys typed while it
// loads make one search, and a first search stays within the byte budget (≤ 250 KB for every language); time to
// results is the benchmark's job.
import { describe, expect, it } from 'vitest';
import { arrivalHighlight } from './helpers/arrival-highlight.ts';
import { serveBuiltSite } from '../helpers/served-site.ts';
import { TITLES } from './helpers/corpus-facts.ts';
import { kilobytes, recordFetches } from './helpers/network.ts';
import { makeSearchCorpus } from './helpers/search-corpus.ts';
import { readResults, SEARCH_INPUT, STATUS, waitForResults } from './helpers/search-ui.ts';

const isEngine = (url: string): boolean => url.includes('/pagefind/');

describe('loading search', () => {
  const site = serveBuiltSite({ corpusDir: makeSearchCorpus('search-loading'), name: 'search-loading' });
  let articleHref: string;

  it('the search page loads the engine as it opens, so it is ready before the reader has typed', async () => {
    const page = await site.browser.newPage();
    const fetched = recordFetches(page);
    const engineLoaded = page.waitForResponse((r) => /\/pagefind\/[^/]+\/wasm\./.test(r.url()));
    await page.goto(`${site.server.url}search/`);
    await engineLoaded;
    expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), SEARCH_INPUT)).toBe(false);
    await fetched.settled();
    expect(fetched.list.filter((f) => isEngine(f.url)).length).toBeGreaterThan(0);
    await page.focus(SEARCH_INPUT);
    await page.keyboard.type('Bien Dong');
    await waitForResults(page, 'Bien Dong');
    articleHref = (await readResults(page))[0]!.href;
    expect((await readResults(page))[0]!.title).toBe(TITLES.seed000);
    await page.close();
  });

  it('keys typed while the engine loads give one list of results, for the whole text', async () => {
    const page = await site.browser.newPage();
    // A slow connection: the engine's WebAssembly arrives only after the reader has finished typing.
    let release!: () => void;
    const typed = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/*/wasm.*', async (route) => {
      await typed;
      await route.continue();
    });
    await page.goto(`${site.server.url}search/`);
    await page.evaluate((selector) => {
      const shown: string[] = [];
      (window as unknown as { shown: string[] }).shown = shown;
      const status = document.querySelector(selector)!;
      new MutationObserver(() => void (status.textContent && shown.push(status.textContent))).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    }, STATUS);
    await page.focus(SEARCH_INPUT);
    await page.keyboard.type('railway', { delay: 30 });
    release();
    await waitForResults(page, 'railway');
    await page.waitForTimeout(300);
    // Five articles say "railway"; four say it in their own language (ferroviaire, 铁路, đường sắt).
    expect(await page.evaluate(() => (window as unknown as { shown: string[] }).shown)).toEqual([
      '5\u00a0articles found for “railway”, and 4\u00a0more that write it another way.',
    ]);
    await page.close();
  });

  it('an article page runs no search code, and arriving from a result with the words marked adds none', async () => {
    const isScript = (url: string): boolean => /\.m?js(\?|$)/.test(url);
    const plain = await site.browser.newPage();
    const plainFetches = recordFetches(plain);
    await plain.goto(new URL(articleHref.replace(/#.*$/, ''), site.server.url).href, { waitUntil: 'networkidle' });
    // This article is bilingual: its language control is the one script; a one-language article has none.
    expect(await plain.$$eval('script:not([type$="json"])', (ss) => ss.map((s) => (s as HTMLScriptElement).src))).toEqual([
      expect.stringMatching(/\/_astro\/BilingualControl\.[^/]*\.js$/),
    ]);
    await plain.focus('#site-search');
    await plain.keyboard.type('Tô');
    await plain.waitForTimeout(300);
    await plainFetches.settled();
    expect(plainFetches.list.filter((f) => isEngine(f.url))).toEqual([]);
    expect((await arrivalHighlight(plain, 'Biển Đông', 500)).paintedShare).toBe(0);
    await plain.close();

    // The browser marks the words of the link's text fragment itself: nothing more is fetched for it.
    expect(articleHref).toContain('#:~:text=');
    const highlighted = await site.browser.newPage();
    const highlightFetches = recordFetches(highlighted);
    await highlighted.goto(new URL(articleHref, site.server.url).href, { waitUntil: 'networkidle' });
    const arrived = await arrivalHighlight(highlighted, 'Biển Đông');
    expect(arrived.inView).toBe(true);
    expect(arrived.paintedShare).toBeGreaterThan(0.3);
    await highlightFetches.settled();
    const scripts = (list: typeof plainFetches.list) => list.map((f) => new URL(f.url).pathname).filter(isScript);
    expect(scripts(highlightFetches.list)).toEqual(scripts(plainFetches.list));
    await highlighted.close();
  });

  it('a one-language article page has no script at all', async () => {
    const page = await site.browser.newPage();
    const fetched = recordFetches(page);
    await page.goto(site.server.url);
    await page.getByRole('link', { name: TITLES.french }).first().click();
    await page.waitForURL(/\/articles\//);
    expect(await page.$$eval('script:not([type$="json"])', (ss) => ss.length)).toBe(0);
    await fetched.settled();
    expect(fetched.list.filter((f) => /\.m?js(\?|$)/.test(f.url))).toEqual([]);
    await page.close();
  });

  // Bytes only: the time to results is measured by `npm run bench`, never asserted in a test.
  it('a first search fetches at most 250 KB, page included', async () => {
    const page = await site.browser.newPage();
    const fetched = recordFetches(page);
    await page.goto(`${site.server.url}search/`, { waitUntil: 'networkidle' });
    await page.focus(SEARCH_INPUT);
    await page.keyboard.type('Tô Lâm', { delay: 60 });
    await waitForResults(page, 'Tô Lâm');
    await fetched.settled();
    expect(
      fetched.list.some((f) => isEngine(f.url)),
      'the engine was loaded',
    ).toBe(true);
    // Everything the page fetched, its own HTML, CSS and script included, for a search over every language.
    expect(kilobytes(fetched.list)).toBeLessThanOrEqual(250);
    await page.close();
  });
});
