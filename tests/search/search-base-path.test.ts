// Search works when the site is hosted under a sub-path (BASE_PATH=/vn-cn/): the index, the links and the highlight.
import { describe, expect, it } from 'vitest';
import { arrivalHighlight } from './helpers/arrival-highlight.ts';
import { serveBuiltSite } from '../helpers/served-site.ts';
import { TITLES } from './helpers/corpus-facts.ts';
import { recordFetches } from './helpers/network.ts';
import { makeSearchCorpus } from './helpers/search-corpus.ts';
import { openSearchPage, searchFor, titles } from './helpers/search-ui.ts';

describe('search under BASE_PATH=/vn-cn/', () => {
  const site = serveBuiltSite({
    corpusDir: makeSearchCorpus('search-base-path'),
    name: 'search-base-path',
    searchShardArticles: 3,
    basePath: '/vn-cn/',
  });

  it('finds, links and highlights under the base path', async () => {
    expect(site.server.url.endsWith('/vn-cn/')).toBe(true);
    const page = await openSearchPage(site.browser, site.server.url);
    const fetched = recordFetches(page);
    const results = await searchFor(page, '铁路');
    expect(titles(results)[0]).toBe(TITLES.chinese);
    expect(results[0]!.href.startsWith('/vn-cn/articles/')).toBe(true);
    await fetched.settled();
    const engine = fetched.list.filter((f) => f.url.includes('pagefind'));
    expect(engine.length).toBeGreaterThan(0);
    for (const f of engine) expect(new URL(f.url).pathname.startsWith('/vn-cn/pagefind/')).toBe(true);
    expect(await page.getAttribute('form.search-box', 'action')).toBe('/vn-cn/search/');

    await page.getByRole('link', { name: TITLES.chinese }).click();
    await page.waitForURL(/\/vn-cn\/articles\//);
    expect(await page.locator('h1').textContent()).toBe(TITLES.chinese);
    expect((await arrivalHighlight(page, '铁路')).paintedShare).toBeGreaterThan(0.3);
    await page.close();
  });
});
