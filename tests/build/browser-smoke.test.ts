// The browser harness works: the seed site served on loopback opens in Chromium and shows an article.
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from '../helpers/served-site.ts';

describe('the built site in Chromium', () => {
  const site = serveBuiltSite({ corpusDir: 'seeds', name: 'smoke' });

  it('opens the home page and follows a link to an article', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    await page.getByRole('link', { name: 'China attaches great importance to its relationship with Vietnam.' }).click();
    await page.waitForURL(/\/articles\/china-attaches-great-importance/);
    expect(await page.locator('h1').textContent()).toBe('China attaches great importance to its relationship with Vietnam.');
  });
});
