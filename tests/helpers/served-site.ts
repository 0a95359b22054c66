// Build a site, serve it on loopback and open Chromium once per test file; all of it is closed after the file.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { buildSite, type BuildOptions, type BuildResult } from './build-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface ServedSite {
  build: BuildResult;
  server: StaticServer;
  browser: Browser;
}

/** Call at the top of a `describe`: the returned object is filled in before its first test runs. */
export function serveBuiltSite(options: BuildOptions): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.build = buildSite(options);
    expect(site.build.status, site.build.output).toBe(0);
    site.server = await serveStatic(site.build.outDir, options.basePath);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
