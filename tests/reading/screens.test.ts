// Looks at the pages as a reader would: screenshots at phone and desktop widths in light and dark, with the checks
// a person looking at them would make (no sideways scrolling, readable contrast, light and dark really differ).
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { TEST_OUTPUT } from '../helpers/build-site.ts';
import { buildSeedSite, type SeedSite } from './seed-site.ts';
import { contrastRatio, parseCssColor } from './contrast.ts';

const SCREENS = join(TEST_OUTPUT, 'reading-screens');
const PAGES = ['home', '000', '001', '004'] as const;
const WIDTHS = [360, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

/** The colours of the text a reader reads, with the background each sits on. */
async function textColours(page: Page): Promise<{ what: string; fg: string; bg: string }[]> {
  return page.evaluate(() => {
    const background = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    const selectors = [
      'main p',
      'main a',
      'main h1',
      '.date',
      '.card-meta',
      '.article-meta dt',
      '.site-header a',
      '.site-footer p',
      '.credit',
      '.count',
    ];
    return selectors.flatMap((s) => {
      const el = document.querySelector(s);
      return el ? [{ what: s, fg: getComputedStyle(el).color, bg: background(el) }] : [];
    });
  });
}

describe('the pages as they look', () => {
  let site: SeedSite;
  let browser: Browser;
  beforeAll(async () => {
    site = await buildSeedSite('reading-screens-site');
    browser = await launchBrowser();
    mkdirSync(SCREENS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
  });

  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      it(`${scheme}, ${width}px: fits the width, text contrast meets WCAG AA; screenshots saved`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
        const page = await context.newPage();
        const backgrounds = new Set<string>();
        for (const name of PAGES) {
          await page.goto(name === 'home' ? site.server.url : site.pageOf(name));
          await page.screenshot({ path: join(SCREENS, `${name}-${width}-${scheme}.png`), fullPage: true });
          const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
          expect(scrollWidth, `${name} scrolls sideways`).toBeLessThanOrEqual(width);
          for (const { what, fg, bg } of await textColours(page)) {
            expect(contrastRatio(parseCssColor(fg), parseCssColor(bg)), `${name}: ${what} ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
          }
          backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
        }
        // One background for the whole site in each scheme, and it is dark only in dark mode.
        expect(backgrounds.size).toBe(1);
        const [r, g, b] = parseCssColor([...backgrounds][0]!);
        const lightness = (r + g + b) / 3;
        if (scheme === 'dark') expect(lightness).toBeLessThan(64);
        else expect(lightness).toBeGreaterThan(192);
        await context.close();
      });
    }
  }

  it('ships at most 10 KB of CSS to an article page', async () => {
    const page = await browser.newPage();
    await page.goto(site.pageOf('000'));
    const cssBytes = await page.evaluate(async () => {
      let total = 0;
      for (const style of document.querySelectorAll('style')) total += new TextEncoder().encode(style.textContent ?? '').length;
      for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
        total += (await (await fetch(link.href)).arrayBuffer()).byteLength;
      return total;
    });
    expect(cssBytes).toBeGreaterThan(0);
    expect(cssBytes).toBeLessThanOrEqual(10 * 1024);
    await page.close();
  });

  it('loads nothing from other hosts', async () => {
    const files = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|css)$/.test(f));
    for (const file of files) {
      if (!statSync(join(site.outDir, file)).isFile()) continue;
      const text = readFileSync(join(site.outDir, file), 'utf8');
      // Links to sources are fine; stylesheets, scripts, fonts and images from elsewhere are not.
      expect(text, file).not.toMatch(/<(link|script|img)[^>]+(href|src)="https?:\/\/(?!localhost)/);
      expect(text, file).not.toMatch(/@import|url\(\s*['"]?https?:/);
    }
  });
});
