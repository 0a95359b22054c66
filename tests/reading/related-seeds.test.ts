// The "Related articles" of each seed, worked out by reading the five files.
//
// Every seed names To Lam and Xi Jinping, and four of five (000, 001, 002, 003) are about party and state diplomacy: what
// more than half of the articles share relates none of them. What is left:
// - 000 (14 April 2025 talks in Hanoi, science and technology first) and 004 (science cooperation ahead of Xi's visit)
//   share the science and technology topic, and nothing else sets them apart: each lists the other.
// - 001 reports the same 14 April talks as 000, but its date has no year (no same full day), its source (Thanhnien.vn) is
//   its own, and 000 is already linked as its previous article: no related section.
// - 003 (4 February, Lê Hoài Trung and Wang Yi) and 002 (26 January call after the 14th Congress) follow each other in
//   reading order, so each is already the other's previous or next; beyond that they share only what everyone shares.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSeedSite, type SeedSite } from './seed-site.ts';

const EXPECTED: Record<string, string[]> = {
  '000': ['004'],
  '001': [],
  '002': [],
  '003': [],
  '004': ['000'],
};

describe('related articles of the seeds', () => {
  let site: SeedSite;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    site = await buildSeedSite('reading-related');
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
  });

  for (const [seed, related] of Object.entries(EXPECTED)) {
    it(`${seed} lists ${related.length ? related.join(', ') : 'no related section'}, never its previous or next article`, async () => {
      await page.goto(site.pageOf(seed));
      const links = await page.locator('.related .card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(related.map((s) => site.pathOf(s)));
      expect(await page.locator('.related').count()).toBe(related.length > 0 ? 1 : 0);
      const neighbours = await page.locator('a[rel="prev"], a[rel="next"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(neighbours.length).toBeGreaterThan(0);
      for (const href of neighbours) expect(links).not.toContain(href);
    });
  }
});
