// Build the RSS and JSON feed responses shared by the site-wide and per-topic endpoints.
import { getRssString } from '@astrojs/rss';
import { DC_NAMESPACE, jsonFeed, rssItems, type FeedArticle } from './feed-items.ts';
import { absoluteUrl, articleUrl } from './urls.ts';

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

/** RSS 2.0 with no lastBuildDate or other clock-derived field, so two builds of the same corpus are identical. */
export async function rssResponse(c: FeedChannel): Promise<Response> {
  const xml = await getRssString({
    title: c.title,
    description: c.description,
    site: absoluteUrl(c.pagePath, c.site),
    items: rssItems(c.articles, articleLink(c.site)),
    xmlns: { dc: DC_NAMESPACE },
  });
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
  return new Response(JSON.stringify(feed, null, 2) + '\n', { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
