// Every page (and the search page showing results) loads without script errors, console errors, CSP violations or failed requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import type { BuildResult } from '../helpers/build-site.ts';
import { listPages } from '../helpers/page-inventory.ts';
import { recordPageErrors } from '../helpers/page-errors.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { readerViews } from './reader-views.ts';
import { SEED_SITE } from './site-builds.ts';

describe('page errors', () => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    build = await sharedBuild(SEED_SITE.build);
    if (build.status !== 0) return;
    server = await serveStatic(build.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('no page logs an error, throws, breaks its own Content-Security-Policy or fails to load a file', async () => {
    expect(build.status, build.output).toBe(0);
    const context = await browser.newContext();
    const found: string[] = [];
    try {
      const tab = await context.newPage();
      const recorder = recordPageErrors(tab, server.origin);
      const views = readerViews(listPages(build.outDir));
      for (const view of views) {
        recorder.clear();
        await tab.goto(server.origin + view.path, { waitUntil: 'networkidle' });
        found.push(...recorder.problems.map((p) => `${view.path}: ${p}`));
      }
      expect(views.length).toBeGreaterThan(10);
    } finally {
      await context.close();
    }
    expect(found.length, found.join('\n')).toBe(0);
  });

  it('the recorder catches a blocked inline script and a missing file', async () => {
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      const recorder = recordPageErrors(tab, server.origin);
      const html = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'"><script src="/missing.js"></script></head><body><script>1</script></body></html>`;
      await context.route(`${server.origin}/broken-test-page/`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
      await tab.goto(`${server.origin}/broken-test-page/`, { waitUntil: 'networkidle' });
      const text = recorder.problems.join('\n');
      expect(text).toContain('HTTP 404');
      expect(text).toMatch(/Content Security Policy/);
    } finally {
      await context.close();
    }
  });
});
