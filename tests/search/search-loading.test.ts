// What search costs a reader: nothing until they use it, nothing at all on article pages, and a first search within
// the byte budget (≤ 250 KB for every language); time to results is the benchmark's job.
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from '../helpers/served-site.ts';
import { TITLES } from './helpers/corpus-facts.ts';
import { kilobytes, recordFetches } from './helpers/network.ts';
import { makeSearchCorpus } from './helpers/search-corpus.ts';
import { readResults, SEARCH_INPUT, STATUS, waitForResults } from './helpers/search-ui.ts';

const isEngine = (url: string): boolean => url.includes('/pagefind/');

describe('loading search', () => {
  const site = serveBuiltSite({ corpusDir: makeSearchCorpus('search-loading'), name: 'search-loading' });
  let articleHref: string;

  it('the search page fetches nothing of Pagefind until the reader focuses the box', async () => {
    const page = await site.browser.newPage();
    const fetched = recordFetches(page);
    await page.goto(`${site.server.url}search/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    expect(fetched.list.filter((f) => isEngine(f.url))).toEqual([]);
    await page.focus(SEARCH_INPUT);
    await page.waitForResponse((r) => r.url().includes('/pagefind/wasm.'));
    await page.keyboard.type('Bien Dong');
    await waitForResults(page, 'Bien Dong');
    articleHref = (await readResults(page))[0]!.href;
    expect((await readResults(page))[0]!.title).toBe(TITLES.seed000);
    await page.close();
  });

  it('an article page loads no search engine, and its highlighter only when the URL asks', async () => {
    const plain = await site.browser.newPage();
    const plainFetches = recordFetches(plain);
    await plain.goto(new URL(articleHref.replace(/\?.*$/, ''), site.server.url).href, { waitUntil: 'networkidle' });
    await plain.focus('#site-search');
    await plain.keyboard.type('Tô');
    await plain.waitForTimeout(300);
    await plainFetches.settled();
    expect(plainFetches.list.filter((f) => isEngine(f.url) || f.url.includes('article-highlight'))).toEqual([]);
    expect(await plain.locator('mark').count()).toBe(0);
    await plain.close();

    const highlighted = await site.browser.newPage();
    const highlightFetches = recordFetches(highlighted);
    await highlighted.goto(new URL(articleHref, site.server.url).href, { waitUntil: 'networkidle' });
    await highlighted.waitForSelector('mark.search-term');
    await highlightFetches.settled();
    expect(highlightFetches.list.some((f) => f.url.includes('article-highlight'))).toBe(true);
    expect(highlightFetches.list.filter((f) => isEngine(f.url))).toEqual([]);
    expect(await highlighted.$$eval('mark.search-term', (ms) => [...new Set(ms.map((m) => m.textContent))])).toEqual(['Biển Đông']);
    await highlighted.close();
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
    expect(fetched.list.some((f) => isEngine(f.url)), 'the engine was loaded').toBe(true);
    // Everything the page fetched, its own HTML, CSS and script included, for a search over every language.
    expect(kilobytes(fetched.list)).toBeLessThanOrEqual(250);
    await page.close();
  });
});
