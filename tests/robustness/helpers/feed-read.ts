// Read RSS items with Chromium's XML parser, the way a feed reader decodes them (a malformed feed fails the test).
import type { Page } from 'playwright-core';

export interface FeedItem {
  title: string | null;
  link: string | null;
  /** The description as XML text: feed readers then render it as HTML. */
  description: string | null;
  /** What a reader shows for the description: its text once rendered as HTML. */
  descriptionShown: string | null;
  creator: string | null;
}

export function readRssItems(page: Page, xml: string): Promise<FeedItem[]> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
    const child = (item: Element, name: string, ns: string | null = null): string | null =>
      [...item.children].find((c) => c.localName === name && c.namespaceURI === ns)?.textContent ?? null;
    return [...doc.getElementsByTagName('item')].map((item) => {
      const description = child(item, 'description');
      return {
        title: child(item, 'title'),
        link: child(item, 'link'),
        description,
        descriptionShown:
          description === null ? null : new DOMParser().parseFromString(`<body>${description}`, 'text/html').body.textContent,
        creator: child(item, 'creator', 'http://purl.org/dc/elements/1.1/'),
      };
    });
  }, xml);
}
