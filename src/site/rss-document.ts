// RSS 2.0 documents exactly as @astrojs/rss writes them, assembled from items serialised once: an article listed by the
// site feed and by several topic feeds is written by the library, and encoded as UTF-8, once per build, not once per feed.
import { getRssString, type RSSFeedItem } from '@astrojs/rss';

/** The channel-level options passed to @astrojs/rss (everything but the items). */
export interface RssChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to. */
  site: string;
  xmlns: Record<string, string>;
  /** Channel elements after title, description and link, as XML (the language, the self link). */
  customData?: string;
}

const CLOSE = '</channel></rss>';
const ITEM_OPEN = '<item>';
const ITEM_CLOSE = '</item>';

/** @astrojs/rss's document for the channel with no items, without its closing `</channel></rss>`. */
async function channelHead(channel: RssChannel): Promise<string> {
  const xml = await getRssString({ ...channel, items: [] });
  if (!xml.endsWith(CLOSE)) throw new Error(`@astrojs/rss no longer ends an empty feed with ${CLOSE}`);
  return xml.slice(0, -CLOSE.length);
}

/**
 * Each item's `<item>…</item>` as @astrojs/rss writes it, in the order given: one call for the whole list, cut at the
 * item tags. Every text is escaped in the output, so `</item>` only ever closes an item; the count is checked anyway.
 */
export async function serialiseRssItems(channel: RssChannel, items: readonly RSSFeedItem[]): Promise<string[]> {
  if (items.length === 0) return [];
  const head = await channelHead(channel);
  const xml = await getRssString({ ...channel, items: [...items] });
  if (!xml.startsWith(head) || !xml.endsWith(CLOSE)) throw new Error('@astrojs/rss wrote the channel differently with items');
  const parts = xml.slice(head.length, -CLOSE.length).split(ITEM_CLOSE);
  // Splitting "<item>a</item><item>b</item>" leaves an empty string after the last item.
  const last = parts.pop();
  if (last !== '' || parts.length !== items.length || parts.some((p) => !p.startsWith(ITEM_OPEN))) {
    throw new Error(`@astrojs/rss wrote ${parts.length} items where ${items.length} were given`);
  }
  return parts.map((p) => p + ITEM_CLOSE);
}

const utf8 = new TextEncoder();

/** The whole document as UTF-8: what @astrojs/rss writes for the channel and these items, given them encoded. */
export async function rssDocument(channel: RssChannel, itemsUtf8: readonly Uint8Array[]): Promise<Uint8Array<ArrayBuffer>> {
  const parts = [utf8.encode(await channelHead(channel)), ...itemsUtf8, utf8.encode(CLOSE)];
  const document = new Uint8Array(parts.reduce((sum, p) => sum + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    document.set(part, at);
    at += part.byteLength;
  }
  return document;
}
