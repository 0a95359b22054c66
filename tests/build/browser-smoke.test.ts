// The browser harness works: the seed site served on loopback opens in Chromium and shows an article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

describe('the built site in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    const build = buildSite({ corpusDir: 'seeds', name: 'smoke' });
    expect(build.status, build.output).toBe(0);
    server = await serveStatic(build.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the home page and follows a link to an article', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'China attaches great importance to its relationship with Vietnam.' }).click();
    await page.waitForURL(/\/articles\/china-attaches-great-importance/);
    expect(await page.locator('h1').textContent()).toBe('China attaches great importance to its relationship with Vietnam.');
  });
});
