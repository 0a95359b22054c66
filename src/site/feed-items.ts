// Feed entries (RSS 2.0 via @astrojs/rss, JSON Feed 1.1) from articles: pure, deterministic, never inventing a date.
import type { RSSFeedItem } from '@astrojs/rss';
import type { PartialDate } from '../corpus/types.ts';
import type { PageArticle as Article } from '../content/page-article.ts';
import { articleLabelLanguage, UI_LANG } from '../i18n/interface-language.ts';
import { translator } from '../i18n/translate.ts';
import { topicName } from './topic-names.ts';
import { renderArticleBody } from '../render/article-body.ts';
import { partialDateToIso } from '../corpus/partial-date-text.ts';

export type FeedArticle = Pick<Article, 'slug' | 'title' | 'summary' | 'language' | 'date' | 'byline' | 'source' | 'topics' | 'body'>;

/** Absolute URL of an article page (site origin + base path), given its slug. */
export type ArticleLink = (slug: string) => string;

/** Dublin Core, for each item's language and byline (RSS 2.0 has no element for either without an e-mail address). */
export const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';

/**
 * The JSON Feed extension object on every item (JSON Feed 1.1 lets a publisher add `_`-prefixed objects that readers
 * which do not know them ignore). `date_published` must be a full RFC 3339 date, so a date the text gives only in
 * part travels here: `date_partial` as articles.json's `datePartial` (`2025-04-14`, `2025-04`, `2025`, `--04-14` or
 * null) and `date_precision` (`day`, `month`, `year`, `month-day` or `unknown`).
 */
const JSON_FEED_EXTENSION = '_vn_cn_reader';

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

/** RSS items in the given order; link and guid are the absolute article URL; categories are the topics' names in the interface language. */
export function rssItems(articles: readonly FeedArticle[], link: ArticleLink): RSSFeedItem[] {
  return articles.map((a) => {
    const item: RSSFeedItem = {
      title: a.title,
      link: link(a.slug),
      // Feed readers render an RSS description as HTML: the plain-text summary is escaped as HTML first (the XML
      // writer then escapes it again), so `<script>` in an article shows as text, never as markup, in any reader.
      description: escapeXmlText(a.summary),
      categories: a.topics.map((t) => topicName(t, translator(UI_LANG))),
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
export async function jsonFeed(o: JsonFeedOptions): Promise<Record<string, unknown>> {
  const items = await Promise.all(
    o.articles.map(async (a) => {
      const url = o.link(a.slug);
      const date = knownPublicationDate(a.date);
      return {
        id: url,
        url,
        ...(a.source?.url ? { external_url: a.source.url } : {}),
        title: a.title,
        summary: a.summary,
        // The body as the article page renders it, so a feed reader shows the whole article; every text is escaped.
        content_html: await renderArticleBody(a.body, a.language, articleLabelLanguage(a.language)),
        ...(date ? { date_published: date.toISOString().replace('.000Z', 'Z') } : {}),
        ...(a.byline ? { authors: [{ name: a.byline }] } : {}),
        ...(a.language !== 'und' ? { language: a.language } : {}),
        tags: a.topics.map((t) => topicName(t, translator(UI_LANG))),
        [JSON_FEED_EXTENSION]: { date_partial: partialDateToIso(a.date), date_precision: a.date.precision },
      };
    }),
  );
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: o.title,
    home_page_url: o.homePageUrl,
    feed_url: o.feedUrl,
    description: o.description,
    items,
  };
}
