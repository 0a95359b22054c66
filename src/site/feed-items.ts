// Feed entries (RSS 2.0 via @astrojs/rss, JSON Feed 1.1) from articles: pure, deterministic, never inventing a date.
import type { RSSFeedItem } from '@astrojs/rss';
import type { PartialDate } from '../corpus/types.ts';
import type { PageArticle as Article } from '../content/page-article.ts';

export type FeedArticle = Pick<Article, 'slug' | 'title' | 'summary' | 'language' | 'date' | 'byline' | 'source' | 'topics'>;

/** Absolute URL of an article page (site origin + base path), given its slug. */
export type ArticleLink = (slug: string) => string;

/** Dublin Core, for each item's language and byline (RSS 2.0 has no element for either without an e-mail address). */
export const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';

/**
 * The publication date as a Date only when year, month and day are all stated. Feeds need a time of day too; midnight UTC
 * keeps the stated calendar day (the texts give no time), and nothing else is filled in.
 */
export function knownPublicationDate(d: PartialDate): Date | null {
  if (d.precision !== 'day' || !d.iso) return null;
  return new Date(`${d.iso}T00:00:00Z`);
}

/** `&`, `<` and `>` as entities: enough for text inside an XML or HTML element. */
function escapeXmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** RSS items in the given order; link and guid are the absolute article URL; categories are the topics' English names. */
export function rssItems(articles: readonly FeedArticle[], link: ArticleLink): RSSFeedItem[] {
  return articles.map((a) => {
    const item: RSSFeedItem = {
      title: a.title,
      link: link(a.slug),
      // Feed readers render an RSS description as HTML: the plain-text summary is escaped as HTML first (the XML
      // writer then escapes it again), so `<script>` in an article shows as text, never as markup, in any reader.
      description: escapeXmlText(a.summary),
      categories: a.topics.map((t) => t.name),
    };
    const date = knownPublicationDate(a.date);
    if (date) item.pubDate = date;
    const extra = [
      a.language !== 'und' ? `<dc:language>${a.language}</dc:language>` : '',
      a.byline ? `<dc:creator>${escapeXmlText(a.byline)}</dc:creator>` : '',
    ].join('');
    if (extra) item.customData = extra;
    return item;
  });
}

export interface JsonFeedOptions {
  title: string;
  description: string;
  homePageUrl: string;
  feedUrl: string;
  articles: readonly FeedArticle[];
  link: ArticleLink;
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1); items in the given order. */
export function jsonFeed(o: JsonFeedOptions): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: o.title,
    home_page_url: o.homePageUrl,
    feed_url: o.feedUrl,
    description: o.description,
    items: o.articles.map((a) => {
      const url = o.link(a.slug);
      const date = knownPublicationDate(a.date);
      return {
        id: url,
        url,
        ...(a.source?.url ? { external_url: a.source.url } : {}),
        title: a.title,
        summary: a.summary,
        // JSON Feed requires content; the summary is the article's opening, the page has the rest.
        content_text: a.summary,
        ...(date ? { date_published: date.toISOString().replace('.000Z', 'Z') } : {}),
        ...(a.byline ? { authors: [{ name: a.byline }] } : {}),
        ...(a.language !== 'und' ? { language: a.language } : {}),
        tags: a.topics.map((t) => t.name),
      };
    }),
  };
}
