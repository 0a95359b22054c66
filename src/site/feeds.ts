// Build the RSS and JSON feed responses shared by the site-wide and per-topic endpoints.
import { DC_NAMESPACE, jsonFeed, rssItems, type FeedArticle } from './feed-items.ts';
import { UI_LANG } from '../i18n/interface-language.ts';
import { translator } from '../i18n/translate.ts';
import { rssDocument, serialiseRssItems, type RssChannel } from './rss-document.ts';
import { absoluteUrl, articlesJsonUrl, articleUrl, withBase } from './urls.ts';

/**
 * How many articles a feed holds: the newest, in the site's order. A feed reader only needs what is new; a feed of every
 * article would grow with the corpus (9 MB each at 10 000 articles). The full lists are the pages and articles.json.
 */
const FEED_SIZE = 50;

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

export interface FeedChannel {
  title: string;
  /** What the feed is about; the feed adds what it holds and where everything else is. */
  description: string;
  /** Site-relative page the feed belongs to (home, a topic page). */
  pagePath: string;
  /** Site-relative page that lists every article the feed draws from (the archive, a topic page). */
  fullListPath: string;
  /** The feed's own site-relative URL. */
  feedPath: string;
  /** Every article the feed draws from, newest first: it holds the first FEED_SIZE. */
  articles: readonly FeedArticle[];
  site: URL | undefined;
}

function articleLink(site: URL | undefined): (slug: string) => string {
  return (slug) => absoluteUrl(articleUrl(slug), site);
}

/** The channel's description as a feed reader shows it: the subject, how much the feed holds, where the rest is. */
function fullDescription(c: FeedChannel): string {
  return translator(UI_LANG).t('feed.about', {
    description: c.description,
    size: FEED_SIZE,
    list: absoluteUrl(c.fullListPath, c.site),
    data: absoluteUrl(articlesJsonUrl(), c.site),
  });
}

/** `&`, `<`, `>` and `"` as entities, for a URL inside an XML attribute. */
function escapeXmlAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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

/**
 * RSS 2.0 with the interface language and a self link (which feed readers and validators expect), and no lastBuildDate
 * or other clock-derived field, so two builds of the same corpus are identical.
 */
export async function rssResponse(c: FeedChannel): Promise<Response> {
  const channel: RssChannel = {
    title: c.title,
    description: fullDescription(c),
    site: absoluteUrl(c.pagePath, c.site),
    xmlns: { atom: ATOM_NAMESPACE, dc: DC_NAMESPACE },
    customData:
      `<language>${UI_LANG}</language>` +
      `<atom:link href="${escapeXmlAttribute(absoluteUrl(c.feedPath, c.site))}" rel="self" type="application/rss+xml"/>`,
  };
  const xml = await rssDocument(channel, await itemsUtf8(channel, c.articles.slice(0, FEED_SIZE), c.site));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

export async function jsonFeedResponse(c: FeedChannel): Promise<Response> {
  const feed = await jsonFeed({
    title: c.title,
    description: fullDescription(c),
    homePageUrl: absoluteUrl(c.pagePath, c.site),
    feedUrl: absoluteUrl(c.feedPath, c.site),
    articles: c.articles.slice(0, FEED_SIZE),
    link: articleLink(c.site),
  });
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
