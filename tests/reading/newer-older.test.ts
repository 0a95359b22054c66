// Under each article, links to the newer and the older article next to it in the home page's order: a small label over
// each title, the title on two lines at most.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { sharedSeedSite, type SeedSite } from './seed-site.ts';

type Seed = '000' | '001' | '002' | '003' | '004';

// The seeds' titles, read from the files (003 and 004 have no headline: the lead's first sentence, cut short).
const TITLES: Record<Seed, string> = {
  '000': 'Party chief To Lam wants science, technology to be new highlight in Vietnam-China cooperation',
  '001': 'China attaches great importance to its relationship with Vietnam.',
  '002': "Le secrétaire général Tô Lâm s'entretient par téléphone avec le secrétaire général et président chinois Xi Jinping",
  '003': 'Tại cuộc hội đàm với Ngoại trưởng Trung Quốc Vương Nghị, Bộ trưởng Ngoại giao Lê Hoài Trung…',
  '004': 'Ahead of Chinese President and General Secretary Xi Jinping’s visit to Vietnam…',
};

// From the seeds' dates: 000 is dated 14 April 2025; 001 (14 April), 003 (4 February) and 002 (26 January) give no
// year and follow it, latest day of the year first; 004 gives no date and comes last.
const NEIGHBOURS: Record<Seed, { newer: Seed | null; older: Seed | null }> = {
  '000': { newer: null, older: '001' },
  '001': { newer: '000', older: '003' },
  '003': { newer: '001', older: '002' },
  '002': { newer: '003', older: '004' },
  '004': { newer: '002', older: null },
};

// The links are worded in the article page's language: 003 is the one Vietnamese seed.
const WORDS = {
  en: { newer: 'Newer:', older: 'Older:', nav: 'Newer and older articles' },
  vi: { newer: 'Mới hơn:', older: 'Cũ hơn:', nav: 'Bài mới hơn và cũ hơn' },
};
const wordsOf = (seed: Seed) => WORDS[seed === '003' ? 'vi' : 'en'];

interface NeighbourLink {
  text: string;
  href: string;
  titleLang: string | null;
  /** Lines the title takes on screen. */
  lines: number;
  /** Whether the title is cut short on screen. */
  cut: boolean;
}

function neighbourLinks(page: Page): Promise<NeighbourLink[]> {
  return page.locator('nav.neighbours a').evaluateAll((links) =>
    links.map((a) => {
      const title = a.querySelector<HTMLElement>('.neighbour-title')!;
      return {
        text: a.textContent!.replace(/\s+/g, ' ').trim(),
        href: a.getAttribute('href')!,
        titleLang: title.getAttribute('lang'),
        lines: Math.round(title.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(title).lineHeight)),
        cut: title.scrollHeight > title.clientHeight + 1,
      };
    }),
  );
}

describe('newer and older articles', () => {
  let site: SeedSite;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    site = await sharedSeedSite();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
  });

  for (const [seed, { newer, older }] of Object.entries(NEIGHBOURS) as [Seed, (typeof NEIGHBOURS)[Seed]][]) {
    it(`${seed}: ${newer ? `newer is ${newer}` : 'nothing newer'}, ${older ? `older is ${older}` : 'nothing older'}`, async () => {
      await page.goto(site.pageOf(seed));
      const links = await neighbourLinks(page);
      const words = wordsOf(seed);
      const expected = [
        ...(newer ? [{ text: `${words.newer} ${TITLES[newer]}`, href: site.pathOf(newer) }] : []),
        ...(older ? [{ text: `${words.older} ${TITLES[older]}`, href: site.pathOf(older) }] : []),
      ];
      expect(links.map(({ text, href }) => ({ text, href }))).toEqual(expected);
      expect(await page.locator('nav.neighbours').getAttribute('aria-label')).toBe(words.nav);
    });
  }

  for (const width of [1280, 360]) {
    it(`at ${width} px each title keeps to two lines, one too long for them cut short on screen but whole when read aloud`, async () => {
      await page.setViewportSize({ width, height: 800 });
      // 003's neighbours: 001's English title of 66 characters and 002's French one of 115.
      await page.goto(site.pageOf('003'));
      const [newer, older] = await neighbourLinks(page);
      // On a wide screen 001's title fits one line of the article's measure and 002's two; on a phone 001's takes two lines
      // and 002's needs more, so it is cut at two.
      expect(newer).toMatchObject({ lines: width === 360 ? 2 : 1, cut: false, titleLang: 'en' });
      expect(older).toMatchObject({ lines: 2, cut: width === 360, titleLang: 'fr' });
      expect(await page.getByRole('link', { name: `Mới hơn: ${TITLES['001']}`, exact: true }).count()).toBe(1);
      expect(await page.getByRole('link', { name: `Cũ hơn: ${TITLES['002']}`, exact: true }).count()).toBe(1);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
});
