// Build the RSS and JSON feed responses shared by the site-wide and per-topic endpoints.
import { DC_NAMESPACE, jsonFeed, rssItems, type FeedArticle } from './feed-items.ts';
import { rssDocument, serialiseRssItems, type RssChannel } from './rss-document.ts';
import { absoluteUrl, articleUrl, withBase } from './urls.ts';

export interface FeedChannel {
  title: string;
  description: string;
  /** Site-relative page the feed belongs to (home, a topic page). */
  pagePath: string;
  articles: readonly FeedArticle[];
  site: URL | undefined;
}

function articleLink(site: URL | undefined): (slug: string) => string {
  return (slug) => absoluteUrl(articleUrl(slug), site);
}

/**
 * Each article's RSS item as UTF-8, per site origin (links are absolute). Articles are the build's shared, unchanging
 * objects (getArticles), so the site feed and every topic feed listing an article reuse one serialisation.
 */
const itemsBySite = new Map<string, WeakMap<FeedArticle, Uint8Array>>();
const utf8 = new TextEncoder();

async function itemsUtf8(channel: RssChannel, articles: readonly FeedArticle[], site: URL | undefined): Promise<Uint8Array[]> {
  const siteKey = absoluteUrl(withBase(''), site);
  const known = itemsBySite.get(siteKey) ?? new WeakMap<FeedArticle, Uint8Array>();
  itemsBySite.set(siteKey, known);
  const missing = [...new Set(articles.filter((a) => !known.has(a)))];
  const written = await serialiseRssItems(channel, rssItems(missing, articleLink(site)));
  missing.forEach((a, i) => {
    known.set(a, utf8.encode(written[i]!));
  });
  return articles.map((a) => known.get(a)!);
}

/** RSS 2.0 with no lastBuildDate or other clock-derived field, so two builds of the same corpus are identical. */
export async function rssResponse(c: FeedChannel): Promise<Response> {
  const channel: RssChannel = {
    title: c.title,
    description: c.description,
    site: absoluteUrl(c.pagePath, c.site),
    xmlns: { dc: DC_NAMESPACE },
  };
  const xml = await rssDocument(channel, await itemsUtf8(channel, c.articles, c.site));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

export function jsonFeedResponse(c: FeedChannel & { feedPath: string }): Response {
  const feed = jsonFeed({
    title: c.title,
    description: c.description,
    homePageUrl: absoluteUrl(c.pagePath, c.site),
    feedUrl: absoluteUrl(c.feedPath, c.site),
    articles: c.articles,
    link: articleLink(c.site),
  });
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
