// No script, event handler or javascript: URL from an article reaches ANY output file: every file of the hostile build is
// parsed by Chromium (HTML, XML) or read as data (JSON, Pagefind fragments), and an unknown file type fails the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { hostileSite, type HostileSite } from './helpers/hostile-site.ts';
import { scanHtmlDocument, scanJsonFile, scanOutput } from './helpers/markup-scan.ts';
import { listFiles } from './helpers/output-files.ts';

/** Strings only the hostile input holds: the site's code and robots.txt must never contain them. */
const MARKERS = ['onerror=alert', 'alert("title")', 'alert(document.cookie)', 'Evil Press', '{{ constructor'];

describe('markup from the corpus in the output', () => {
  let site: HostileSite;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    site = await hostileSite();
    expect(site.status, site.output).toBe(0);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds no script, event handler, javascript: URL or injected element in any file', async () => {
    const findings = await scanOutput(page, site.outDir, { basePath: '/', markers: MARKERS });
    expect(Object.fromEntries(findings)).toEqual({});
  });

  it('scans a build that does carry the hostile text (so a clean scan means something)', () => {
    const files = listFiles(site.outDir);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(75);
    expect(files).toContain('rss.xml');
    expect(files).toContain('feed.json');
    expect(files.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
  });

  it('flags real markup but not the same markup escaped as text (the scanner can fail)', async () => {
    const scan = (body: string): Promise<string[]> =>
      scanHtmlDocument(page, `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`, '/');
    expect(
      await scan('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; <a href="/x">javascript:alert(1)</a></p>'),
    ).toEqual([]);
    expect(await scan('<p><script>alert(1)</script></p>')).toHaveLength(1);
    expect(await scan('<script type="module" src="/elsewhere/x.js"></script>')).toHaveLength(1);
    expect(await scan('<p onclick="alert(1)">x</p>')).toHaveLength(1);
    expect(await scan('<a href=" java\tscript:alert(1)">x</a>')).toHaveLength(1);
    // An <img> element and its handler: two findings.
    expect(await scan('<img src=x onerror=alert(1)>')).toHaveLength(2);
  });

  it("reads a JSON Feed's content_html as the HTML a feed reader renders, and flags any other HTML field", async () => {
    const feed = (item: Record<string, string>): string => JSON.stringify({ items: [item] });
    expect(await scanJsonFile(page, feed({ content_html: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>' }), '/')).toEqual([]);
    expect(await scanJsonFile(page, feed({ content_html: '<p><script>alert(1)</script></p>' }), '/')).toHaveLength(1);
    expect(await scanJsonFile(page, feed({ content_html: '<p><img src=x onerror=alert(1)></p>' }), '/')).toHaveLength(2);
    expect(await scanJsonFile(page, feed({ summary_html: '<p>text</p>' }), '/')).toEqual(['$.items[0].summary_html: an HTML field']);
  });
});
