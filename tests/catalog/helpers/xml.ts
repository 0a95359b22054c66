// Parse feeds and sitemaps with Chromium's own XML parser (DOMParser), so a malformed document fails the test.
import type { Page } from 'playwright-core';

export interface RssItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  guidIsPermaLink: string | null;
  description: string | null;
  pubDate: string | null;
  categories: string[];
  language: string | null;
  creator: string | null;
}

export interface RssFeed {
  version: string | null;
  channel: {
    title: string | null;
    link: string | null;
    description: string | null;
    language: string | null;
    /** The href of `<atom:link rel="self">`: where the feed says it lives. */
    selfLink: string | null;
    hasLastBuildDate: boolean;
  };
  items: RssItem[];
}

/** Throws with the parser's message when the text is not well-formed XML. */
export async function parseRss(page: Page, xml: string): Promise<RssFeed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
    const DC = 'http://purl.org/dc/elements/1.1/';
    const child = (el: Element, name: string): string | null => {
      const found = Array.from(el.children).find((c) => c.localName === name && c.namespaceURI === null);
      return found ? found.textContent : null;
    };
    const channel = doc.querySelector('rss > channel');
    if (!channel) throw new Error('no <rss><channel>');
    return {
      version: doc.documentElement.getAttribute('version'),
      channel: {
        title: child(channel, 'title'),
        link: child(channel, 'link'),
        description: child(channel, 'description'),
        language: child(channel, 'language'),
        selfLink:
          Array.from(channel.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link'))
            .find((l) => l.getAttribute('rel') === 'self')
            ?.getAttribute('href') ?? null,
        hasLastBuildDate: channel.getElementsByTagName('lastBuildDate').length > 0,
      },
      items: Array.from(channel.children)
        .filter((c) => c.localName === 'item')
        .map((item) => ({
          title: child(item, 'title'),
          link: child(item, 'link'),
          guid: child(item, 'guid'),
          guidIsPermaLink:
            Array.from(item.children)
              .find((c) => c.localName === 'guid')
              ?.getAttribute('isPermaLink') ?? null,
          description: child(item, 'description'),
          pubDate: child(item, 'pubDate'),
          categories: Array.from(item.children)
            .filter((c) => c.localName === 'category')
            .map((c) => c.textContent ?? ''),
          language: item.getElementsByTagNameNS(DC, 'language')[0]?.textContent ?? null,
          creator: item.getElementsByTagNameNS(DC, 'creator')[0]?.textContent ?? null,
        })),
    };
  }, xml);
}

/** Every <loc> of a sitemap or sitemap index, in document order. */
export async function parseSitemapLocs(page: Page, xml: string): Promise<string[]> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
    return Array.from(doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')).map((l) => l.textContent ?? '');
  }, xml);
}
