// axe-core finds no violations on every article and one page of every other type, narrow and wide, light and dark, in
// the default build and in the Vietnamese one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatViolations, runAxe, type PageViolation } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import type { BuildResult } from '../helpers/build-site.ts';
import { everyArticleAndOnePerOtherType, listPages } from '../helpers/page-inventory.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { readerViews, type ReaderView } from './reader-views.ts';
import { SEED_SITE, type SiteConfig, VI_SITE } from './site-builds.ts';

const CONDITIONS = [
  { width: 360, colorScheme: 'light' },
  { width: 360, colorScheme: 'dark' },
  { width: 1280, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
] as const;

describe.each([
  ['', SEED_SITE],
  [' with UI_LANG=vi', VI_SITE],
] as [string, SiteConfig][])('accessibility (axe-core)%s', (_label, config) => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  let views: ReaderView[] = [];
  beforeAll(async () => {
    build = await sharedBuild(config.build);
    if (build.status !== 0) return;
    server = await serveStatic(build.outDir);
    browser = await launchBrowser();
    views = readerViews(everyArticleAndOnePerOtherType(listPages(build.outDir)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(CONDITIONS)('no violations at $width px, $colorScheme', async ({ width, colorScheme }) => {
    expect(build.status, build.output).toBe(0);
    // The site's Content-Security-Policy forbids inline scripts, which is how axe is injected; CSP has no bearing on what axe checks.
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme, bypassCSP: true });
    const found: PageViolation[] = [];
    try {
      const tab = await context.newPage();
      // Sequential on purpose: the machine has two cores and other builds run beside these tests.
      for (const view of views) {
        await tab.goto(server.origin + view.path, { waitUntil: view.waitUntil });
        for (const violation of await runAxe(tab))
          found.push({ where: `${view.path} (${view.name}) at ${width}px ${colorScheme}`, violation });
      }
    } finally {
      await context.close();
    }
    expect(views.length).toBeGreaterThanOrEqual(10);
    expect(found.length, formatViolations(found)).toBe(0);
  });
});

describe('axe-core', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('axe reports violations it finds (it is really running)', async () => {
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      await tab.setContent(
        '<!doctype html><html lang="en"><head><title>t</title></head><body><main><img src="data:,"></main></body></html>',
      );
      expect((await runAxe(tab)).map((v) => v.id)).toContain('image-alt');
    } finally {
      await context.close();
    }
  });
});
