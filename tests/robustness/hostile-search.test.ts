// Hostile text through the real search: typed into the search page in Chromium, the result's title and excerpt show the
// literal markup as text, and following the result highlights the words without turning text into elements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { arrivalHighlight } from '../search/helpers/arrival-highlight.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { openSearchPage, searchFor } from '../search/helpers/search-ui.ts';
import { bySourceFile, readArticlesJson } from './helpers/articles-json.ts';
import { hostileSite } from './helpers/hostile-site.ts';
import { MARKUP_TITLE, TEMPLATE_TITLE, markupArticle, templateArticle } from './helpers/hostile-files.ts';

describe('hostile text in search results', () => {
  let server: StaticServer;
  let browser: Browser;
  let markupUrl: string;
  let templateUrl: string;

  beforeAll(async () => {
    const site = await hostileSite();
    expect(site.status, site.output).toBe(0);
    const articles = readArticlesJson(site.outDir);
    markupUrl = bySourceFile(articles, `hostile/${markupArticle.file}`).url;
    templateUrl = bySourceFile(articles, `hostile/${templateArticle.file}`).url;
    server = await serveStatic(site.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the <script> article with its literal title and a literal excerpt, and highlights the word on its page', async () => {
    const page = await openSearchPage(browser, server.url);
    // "onerror" is only in the hostile files' text: the markup article's body and the frontmatter title.
    const results = await searchFor(page, 'onerror');
    const result = results.find((r) => r.href.startsWith(markupUrl));
    expect(result, JSON.stringify(results, null, 1)).toBeDefined();
    expect(result!.title).toBe(MARKUP_TITLE);
    expect(result!.excerpt).toMatch(/<img src=x onerror=alert\([27]\)>/);
    expect(result!.marks.length).toBeGreaterThan(0);
    for (const mark of result!.marks) expect(mark.toLowerCase()).toBe('onerror');
    // The excerpt is text and <mark>s only: no element was made from the article's markup.
    const children = await page.$$eval('.search-results .card-summary *', (els) => [...new Set(els.map((e) => e.localName))]);
    expect(children).toEqual(['mark']);

    await page.click(`.search-results a[href^="${markupUrl}"]`);
    await page.waitForURL((url) => url.pathname.startsWith(markupUrl));
    expect((await arrivalHighlight(page, 'onerror')).paintedShare).toBeGreaterThan(0.3);
    expect(await page.$$eval('#article-body *', (els) => [...new Set(els.map((e) => e.localName))].sort())).toEqual([
      'figcaption',
      'figure',
      'p',
    ]);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe(MARKUP_TITLE);
    await page.close();
  });

  it('shows template syntax and replacement patterns ($&, $1) exactly as typed', async () => {
    const page = await openSearchPage(browser, server.url);
    // "evaluated" opens the template article's body: the excerpt is the text around it.
    const results = await searchFor(page, 'evaluated');
    const result = results.find((r) => r.href.startsWith(templateUrl));
    expect(result, JSON.stringify(results, null, 1)).toBeDefined();
    expect(result!.title).toBe(TEMPLATE_TITLE);
    expect(result!.excerpt).toContain(
      '{{ constructor.constructor("alert(12)")() }}, ${alert(13)}, {alert(14)}, <%= alert(15) %>, &lt;b&gt; &amp;amp; and $$ all stay text.',
    );
    await page.close();
  });
});
