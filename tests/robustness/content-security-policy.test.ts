// Every page carries a strict Content-Security-Policy, early in <head>; the site works under it in Chromium without a
// single violation (scripts, Pagefind's WebAssembly, styles), and an injected inline script, handler or style is blocked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PAGE_LIMITS } from '../../bench/budget-limits.ts';
import { pageWeight } from '../../bench/page-weight.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { arrivalHighlight } from '../search/helpers/arrival-highlight.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { searchFor, waitForResults } from '../search/helpers/search-ui.ts';
import { watchPage, type PageWatch } from './helpers/csp-watch.ts';
import { hostileSite, type HostileSite } from './helpers/hostile-site.ts';
import { listFiles } from './helpers/output-files.ts';

/** The policy: only the site's own files, plus the WebAssembly compilation Pagefind needs. */
const EXPECTED_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

interface HeadStart {
  first: string;
  second: string;
  policy: string | null;
}

describe('Content-Security-Policy', () => {
  let site: HostileSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await hostileSite();
    expect(site.status, site.output).toBe(0);
    server = await serveStatic(site.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page whose violations and console errors are recorded from the first navigation on. */
  async function watchedPage(): Promise<{ page: Page; watch: PageWatch }> {
    const page = await browser.newPage();
    return { page, watch: await watchPage(page) };
  }

  it('is on every page, right after the charset, and says exactly what the site needs', async () => {
    const page = await browser.newPage();
    const pages = listFiles(site.outDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(75);
    for (const file of pages) {
      const head = await page.evaluate(
        (html): HeadStart => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const [first, second] = [...doc.head.children];
          return {
            first: first?.outerHTML ?? '',
            second: second?.localName === 'meta' ? (second.getAttribute('http-equiv') ?? '') : (second?.outerHTML ?? ''),
            policy: second?.getAttribute('content') ?? null,
          };
        },
        readFileSync(join(site.outDir, file), 'utf8'),
      );
      expect(head.first, file).toBe('<meta charset="utf-8">');
      expect(head.second, file).toBe('Content-Security-Policy');
      const directives = Object.fromEntries(
        (head.policy ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      expect(directives, file).toEqual(EXPECTED_POLICY);
    }
    await page.close();
  });

  it('keeps the article page stylesheets within the CSS budget now that none is inlined', () => {
    const article = listFiles(site.outDir).find((f) => /^articles\/[^/]+\/index\.html$/.test(f))!;
    const weight = pageWeight(site.outDir, article);
    expect(weight.cssFiles.length).toBeGreaterThan(0);
    expect(weight.cssBytes).toBeLessThanOrEqual(PAGE_LIMITS.articleCssBytes);
  });

  it('reports no violation and no console error while a reader uses home, an article, search, a topic and the archive', async () => {
    const { page, watch } = await watchedPage();
    await page.goto(server.url);
    expect(await page.$$('.card')).not.toHaveLength(0);

    // A bilingual article: its control is shown and works only if its script ran.
    const bilingual = listFiles(site.outDir).find(
      (f) => f.startsWith('articles/') && readFileSync(join(site.outDir, f), 'utf8').includes('data-bilingual-control'),
    )!;
    await page.goto(server.url + bilingual.replace(/index\.html$/, ''));
    await page.click('[data-bilingual-control] button:not([data-show="both"])');
    const shown = await page.$eval('#article-body', (b) => b.getAttribute('data-show'));
    expect(['en', 'vi', 'fr', 'zh']).toContain(shown);

    // Search loads Pagefind (JavaScript and WebAssembly); a result opens its article with the words highlighted.
    await page.goto(`${server.url}search/`);
    const results = await searchFor(page, 'railway');
    expect(results.length).toBeGreaterThan(0);
    await page.click('.search-results .card-title a');
    expect((await arrivalHighlight(page, 'railway')).inView).toBe(true);

    // A search arriving in the URL, as a link or a reload brings it.
    await page.goto(`${server.url}search/?q=Hanoi`);
    await waitForResults(page, 'Hanoi');

    for (const path of ['topics/', 'topics/railways-transport/', 'people/', 'archive/', 'no-such-page/'])
      await page.goto(server.url + path);
    expect(watch.violations).toEqual([]);
    // Only the deliberate 404 reaches the console (and a browser's own /favicon.ico request, were the site to name no icon).
    expect(watch.errors.filter((e) => !e.includes('/no-such-page/') && !e.includes('/favicon.ico:'))).toEqual([]);
    await page.close();
  });

  it('blocks a script, an event handler and a style injected into a page, which run on a page without the policy', async () => {
    const inject = (): { script: boolean; handler: boolean; background: string } => {
      const w = window as unknown as Record<string, boolean>;
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true';
      document.body.append(script);
      const div = document.createElement('div');
      div.setAttribute('onclick', 'window.injectedHandlerRan = true');
      document.body.append(div);
      div.click();
      const style = document.createElement('style');
      style.textContent = 'body { background-color: rgb(1, 2, 3) }';
      document.head.append(style);
      return {
        script: w.injectedScriptRan === true,
        handler: w.injectedHandlerRan === true,
        background: getComputedStyle(document.body).backgroundColor,
      };
    };

    const { page, watch } = await watchedPage();
    await page.setContent('<!doctype html><title>no policy</title><p>control</p>');
    expect(await page.evaluate(inject)).toEqual({ script: true, handler: true, background: 'rgb(1, 2, 3)' });

    const article = listFiles(site.outDir).find((f) => /^articles\/[^/]+\/index\.html$/.test(f))!;
    await page.goto(server.url + article.replace(/index\.html$/, ''));
    const result = await page.evaluate(inject);
    expect(result).toMatchObject({ script: false, handler: false });
    expect(result.background).not.toBe('rgb(1, 2, 3)');
    await expect
      .poll(() => watch.violations.map((v) => v.split(':')[0]).sort())
      .toEqual(['script-src-attr', 'script-src-elem', 'style-src-elem']);
    await page.close();
  });
});
