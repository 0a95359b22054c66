// The home page: seed titles newest first with honest date labels, topics with counts, languages in their own names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSeedSite, type SeedSite } from './seed-site.ts';

describe('home page', () => {
  let site: SeedSite;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    site = await buildSeedSite('reading-home');
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(site.server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.close();
  });

  it('lists the seeds newest first: full date, then dates without a year, then the undated one', async () => {
    const cards = await page.locator('.home-latest .card').evaluateAll((cards) =>
      cards.map((card) => {
        const link = card.querySelector('.card-title a')!;
        const date = card.querySelector('.date')!;
        return {
          title: link.textContent!.trim(),
          lang: link.getAttribute('lang'),
          date: date.textContent!.trim(),
          datetime: date.getAttribute('datetime'),
        };
      }),
    );
    expect(cards).toHaveLength(5);
    // 000: "April 14, 2025"; 001: "April 14"; 003: "Ngày 4/2"; 002: "Le 26 janvier"; 004: no date at all.
    expect(cards[0]).toEqual({
      title: 'Party chief To Lam wants science, technology to be new highlight in Vietnam-China cooperation',
      lang: 'en',
      date: '14 April 2025',
      datetime: '2025-04-14',
    });
    expect(cards[1]).toEqual({
      title: 'China attaches great importance to its relationship with Vietnam.',
      lang: 'en',
      date: '14 April (year\u00a0not\u00a0stated)',
      datetime: '04-14',
    });
    expect(cards[2]!.title.startsWith('Tại cuộc hội đàm với Ngoại trưởng Trung Quốc Vương Nghị')).toBe(true);
    expect(cards[2]).toMatchObject({ lang: 'vi', date: '4 February (year\u00a0not\u00a0stated)', datetime: '02-04' });
    expect(cards[3]).toEqual({
      title: "Le secrétaire général Tô Lâm s'entretient par téléphone avec le secrétaire général et président chinois Xi Jinping",
      lang: 'fr',
      date: '26 January (year\u00a0not\u00a0stated)',
      datetime: '01-26',
    });
    expect(cards[4]!.title.startsWith('Ahead of Chinese President and General Secretary Xi Jinping’s visit to Vietnam')).toBe(true);
    expect(cards[4]).toMatchObject({ lang: 'en', date: 'Date not stated', datetime: null });
  });

  it('links every title to its article page', async () => {
    const hrefs = await page.locator('.home-latest .card-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['000', '001', '003', '002', '004'].map((seed) => site.pathOf(seed)));
  });

  it('lists topics with article counts, linked to their pages', async () => {
    const topics = await page.locator('#topics-heading + ul li').evaluateAll((items) =>
      items.map((li) => ({
        name: li.querySelector('a')!.textContent,
        href: li.querySelector('a')!.getAttribute('href'),
        count: li.querySelector('.count')!.textContent,
      })),
    );
    // 000 to 003 report talks or a call between the two parties and states; 000 and 004 are about science and
    // technology cooperation; 002 is the call after the Party Congress. The sea dispute is only mentioned.
    expect(topics).toContainEqual({ name: 'Party and state diplomacy', href: '/topics/party-state-diplomacy/', count: '4\u00a0articles' });
    expect(topics).toContainEqual({ name: 'Science and technology', href: '/topics/science-technology/', count: '2\u00a0articles' });
    expect(topics.map((t) => t.href)).not.toContain('/topics/south-china-sea/');
    const counts = topics.map((t) => Number.parseInt(t.count!, 10));
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });

  it('names the languages present in their own language', async () => {
    const languages = await page.locator('#languages-heading + ul li').evaluateAll((items) =>
      items.map((li) => ({
        name: li.firstChild!.textContent!.trim(),
        count: li.querySelector('.count')!.textContent,
      })),
    );
    // English: 000, 001, 002, 004; Vietnamese: 000 (translations), 002, 003; French: 002's opening paragraph.
    expect(languages).toEqual([
      { name: 'English', count: '4\u00a0articles' },
      { name: 'Vietnamese', count: '3\u00a0articles' },
      { name: 'French', count: '1\u00a0article' },
    ]);
  });

  it('keeps the page chrome in English and offers a visible search box', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('header.site-header', 'lang')).toBe('en');
    expect(await page.getByRole('searchbox', { name: 'Search articles' }).isVisible()).toBe(true);
  });
});
