// With JavaScript disabled every article can still be read (its text is there and visible, as much as with scripts), and no page offers controls that cannot work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import type { BuildResult } from '../helpers/build-site.ts';
import { listPages } from '../helpers/page-inventory.ts';
import { readPublishedArticles, type PublishedArticle } from '../helpers/published-articles.ts';
import { scriptOnlyControls } from '../helpers/script-only-controls.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { normalizeText, readMainText, type VisibleTextReport } from '../helpers/visible-text.ts';
import { SEED_SITE } from './site-builds.ts';

describe('reading without JavaScript', () => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  let articles: PublishedArticle[] = [];
  const withoutJs = new Map<string, VisibleTextReport>();
  const withJs = new Map<string, VisibleTextReport>();
  const deadControls: string[] = [];
  beforeAll(async () => {
    build = await sharedBuild(SEED_SITE.build);
    if (build.status !== 0) return;
    server = await serveStatic(build.outDir);
    browser = await launchBrowser();
    articles = readPublishedArticles(build.outDir);
    for (const [javaScriptEnabled, reports] of [
      [false, withoutJs],
      [true, withJs],
    ] as const) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 800 } });
      const tab = await context.newPage();
      for (const a of articles) {
        await tab.goto(server.origin + a.url);
        reports.set(a.url, await readMainText(tab));
      }
      if (!javaScriptEnabled) {
        for (const page of listPages(build.outDir)) {
          await tab.goto(server.origin + page.urlPath);
          for (const control of await scriptOnlyControls(tab)) deadControls.push(`${page.urlPath}: ${control}`);
        }
      }
      await context.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every article shows its opening paragraph and all its paragraphs, visibly', () => {
    expect(build.status, build.output).toBe(0);
    expect(articles.length).toBe(5);
    const problems: string[] = [];
    for (const a of articles) {
      const report = withoutJs.get(a.url)!;
      // The summary is the opening of the body; its first words must be on screen.
      const opening = normalizeText(a.summary)
        .replace(/[….]+$/, '')
        .slice(0, 80);
      // A title taken from the lead holds its first words (ending in …), and the paragraph under it goes on from there.
      const titleWords = normalizeText(a.title.replace(/…$/, ''));
      const pieces = opening.startsWith(titleWords) ? [titleWords, opening.slice(titleWords.length).replace(/^[\s,;:]+/, '')] : [opening];
      const shown = normalizeText(report.mainText);
      for (const piece of pieces)
        if (!shown.includes(piece)) problems.push(`${a.url}: the opening "${piece}" is not in the visible text of <main>`);
      if (report.paragraphs === 0) problems.push(`${a.url}: no paragraphs in <main>`);
      for (const hidden of report.hiddenParagraphs) problems.push(`${a.url}: paragraph not visible: ${hidden}`);
    }
    expect(problems.length, problems.join('\n')).toBe(0);
  });

  it('no article shows less text without JavaScript than with it', () => {
    const shorter = articles.flatMap((a) => {
      const off = normalizeText(withoutJs.get(a.url)?.mainText ?? '').length;
      const on = normalizeText(withJs.get(a.url)?.mainText ?? '').length;
      return off < on * 0.98 ? [`${a.url}: ${off} characters without JavaScript, ${on} with`] : [];
    });
    expect(shorter.length, shorter.join('\n')).toBe(0);
  });

  it('no page shows a button that only a script could make work', () => {
    expect(build.status, build.output).toBe(0);
    expect(deadControls.length, deadControls.join('\n')).toBe(0);
  });

  it('the dead-control check flags a script-only button and accepts a form button and a hidden one', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      await tab.setContent(
        '<div class="tools"><button type="button">Both</button></div><form><button>Search</button></form><div hidden><button type="button">Later</button></div>',
      );
      expect(await scriptOnlyControls(tab)).toEqual(['button "Both" in div.tools']);
    } finally {
      await context.close();
    }
  });
});
