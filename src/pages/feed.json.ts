// /feed.json: the newest articles, newest first, as JSON Feed 1.1.
import type { APIRoute } from 'astro';
import { getArticles } from '../site/articles.ts';
import { jsonFeedResponse } from '../site/feeds.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../site/site-info.ts';
import { archiveUrl, jsonFeedUrl, withBase } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonFeedResponse({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    pagePath: withBase(''),
    fullListPath: archiveUrl(),
    feedPath: jsonFeedUrl(),
    articles: await getArticles(),
    site,
  });
