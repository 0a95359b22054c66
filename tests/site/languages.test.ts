// Every page declares a site language; article pages declare the article's; Vietnamese words sit inside lang="vi", English ones outside it:
// in the default build and in the Vietnamese one, whose words around every article are Vietnamese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import type { BuildResult } from '../helpers/build-site.ts';
import { checkLanguages, formatMislabelled, type LanguageReport } from '../helpers/language-check.ts';
import { listPages } from '../helpers/page-inventory.ts';
import { readPublishedArticles } from '../helpers/published-articles.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { readerViews, type ReaderView } from './reader-views.ts';
import { SEED_SITE, type SiteConfig, VI_SITE } from './site-builds.ts';

const SITE_LANGUAGES = ['en', 'vi', 'fr', 'zh'];

describe.each([
  ['', SEED_SITE],
  [' with UI_LANG=vi', VI_SITE],
] as [string, SiteConfig][])('languages%s', (_label, config) => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  let tab: Page;
  const reports = new Map<ReaderView, LanguageReport>();
  beforeAll(async () => {
    build = await sharedBuild(config.build);
    if (build.status !== 0) return;
    server = await serveStatic(build.outDir);
    browser = await launchBrowser();
    tab = await browser.newPage();
    // As a reader gets them: scripts run, so text they add is checked too.
    for (const view of readerViews(listPages(build.outDir))) {
      await tab.goto(server.origin + view.path, { waitUntil: view.waitUntil });
      reports.set(view, await checkLanguages(tab));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`every page's <html lang> is one of ${SITE_LANGUAGES.join(', ')}`, () => {
    expect(build.status, build.output).toBe(0);
    const wrong = [...reports]
      .filter(([, r]) => !SITE_LANGUAGES.includes(r.htmlLang ?? ''))
      .map(([v, r]) => `${v.path}: lang="${r.htmlLang}"`);
    expect(reports.size).toBeGreaterThan(0);
    expect(wrong.length, wrong.join('\n')).toBe(0);
  });

  it("an article page's <html lang> is the article's language from articles.json", () => {
    const articles = readPublishedArticles(build.outDir);
    const wrong = articles.flatMap((a) => {
      const report = [...reports].find(([v]) => v.path === a.url)?.[1];
      return report?.htmlLang === a.language ? [] : [`${a.url}: lang="${report?.htmlLang}", articles.json says "${a.language}"`];
    });
    expect(articles.length).toBeGreaterThan(0);
    expect(wrong.length, wrong.join('\n')).toBe(0);
  });

  it('all Vietnamese text (words, alt, title, aria-label, placeholder) is inside an element whose nearest lang is vi', () => {
    const problems = [...reports].flatMap(([v, r]) => (r.mislabelled.length ? [formatMislabelled(v.path, r.mislabelled)] : []));
    // The seeds hold Vietnamese, so pages that show it must exist; a detector that sees none is broken.
    expect([...reports.values()].reduce((n, r) => n + r.vietnameseTexts, 0)).toBeGreaterThan(0);
    expect(problems.length, problems.join('\n')).toBe(0);
  });

  it('no English sentence is marked lang="vi" (a Vietnamese voice would read it)', () => {
    const problems = [...reports].flatMap(([v, r]) =>
      r.englishMarkedVietnamese.length ? [formatMislabelled(v.path, r.englishMarkedVietnamese)] : [],
    );
    expect(problems.length, problems.join('\n')).toBe(0);
  });
});

describe('the language detectors', () => {
  let browser: Browser;
  let tab: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    tab = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the detectors flag Vietnamese outside lang="vi", English inside it, and accept the rest', async () => {
    await tab.setContent(`<html lang="en"><body>
      <p id="a">Hà Nội</p><p lang="vi">Tổng Bí thư</p><p>Le secrétaire général Tô Lâm</p><img alt="Đà Nẵng" src="data:,">
      <p lang="vi" id="b">Party chief To Lam wants science to be the highlight of the relationship. Tổng Bí thư Tô Lâm muốn khoa học.</p>
      <p lang="vi">Ông Tập nói <span lang="en">the visit of the president was a success for both sides</span>.</p>
    </body></html>`);
    const report = await checkLanguages(tab);
    expect(report.mislabelled.map((m) => [m.element, m.where])).toEqual([
      ['p#a', 'text'],
      ['img', 'alt'],
    ]);
    expect(report.englishMarkedVietnamese.map((m) => [m.element, m.text])).toEqual([
      ['p#b', 'Party chief To Lam wants science to be the highlight of the relationship.'],
    ]);
  });
});
