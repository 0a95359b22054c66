// /rss.xml: the newest articles, newest first, as RSS 2.0.
import type { APIRoute } from 'astro';
import { getArticles } from '../site/articles.ts';
import { rssResponse } from '../site/feeds.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../site/site-info.ts';
import { archiveUrl, rssFeedUrl, withBase } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  rssResponse({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    pagePath: withBase(''),
    fullListPath: archiveUrl(),
    feedPath: rssFeedUrl(),
    articles: await getArticles(),
    site,
  });
