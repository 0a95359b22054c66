// Article pages do not move under the reader while loading (CLS ≈ 0), and no page scrolls sideways on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import type { BuildResult } from '../helpers/build-site.ts';
import { measureLayoutShift, observeLayoutShifts } from '../helpers/layout-shift.ts';
import { listPages, type SitePage } from '../helpers/page-inventory.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { SEED_SITE } from './site-builds.ts';

describe('layout stability', () => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  let pages: SitePage[] = [];
  beforeAll(async () => {
    build = await sharedBuild(SEED_SITE.build);
    if (build.status !== 0) return;
    server = await serveStatic(build.outDir);
    browser = await launchBrowser();
    pages = listPages(build.outDir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([360, 1280])('article pages have a cumulative layout shift below 0.01 at %i px', async (width) => {
    expect(build.status, build.output).toBe(0);
    const articles = pages.filter((p) => p.type === 'article');
    expect(articles.length).toBe(5);
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    await observeLayoutShifts(context);
    const shifting: string[] = [];
    try {
      for (const page of articles) {
        const { cls, sources } = await measureLayoutShift(context, server.origin + page.urlPath);
        if (cls >= 0.01) shifting.push(`${page.urlPath}: CLS ${cls.toFixed(4)} — moved: ${sources.join(', ')}`);
      }
    } finally {
      await context.close();
    }
    expect(shifting.length, shifting.join('\n')).toBe(0);
  });

  it('the layout-shift measurement sees a shift when there is one', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    await observeLayoutShifts(context);
    // A banner inserted above the text after the page has been painted pushes everything down: a real shift. (Two
    // animation frames after load: on a busy machine a plain timer can fire before the first paint, and then nothing moves.)
    const shifting =
      '<!doctype html><html lang="en"><body><p>First</p><p>Text</p><script>addEventListener("load", () => requestAnimationFrame(() => requestAnimationFrame(() => { const b = document.createElement("div"); b.style.height = "300px"; document.body.prepend(b); })))</script></body></html>';
    await context.route('http://layout-shift.test/', (route) => route.fulfill({ body: shifting, contentType: 'text/html' }));
    try {
      expect((await measureLayoutShift(context, 'http://layout-shift.test/')).cls).toBeGreaterThan(0.01);
    } finally {
      await context.close();
    }
  });

  it('no page is wider than a 360 px phone screen (nothing scrolls sideways)', async () => {
    expect(build.status, build.output).toBe(0);
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const overflowing: string[] = [];
    try {
      const tab = await context.newPage();
      for (const page of pages) {
        await tab.goto(server.origin + page.urlPath);
        const widest = await tab.evaluate(() => {
          const width = document.documentElement.clientWidth;
          // Name the elements that stick out, so the message says what to fix.
          const culprits = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed')
            .filter((el) => !el.closest('.visually-hidden, .skip-link'))
            .slice(0, 5)
            .map(
              (el) =>
                `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`,
            );
          return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
        });
        if (widest.scrollWidth > widest.width)
          overflowing.push(`${page.urlPath}: ${widest.scrollWidth}px wide — ${widest.culprits.join(', ')}`);
      }
    } finally {
      await context.close();
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(overflowing.length, overflowing.join('\n')).toBe(0);
  });
});
