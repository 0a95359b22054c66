// /feed.json: every article, newest first, as JSON Feed 1.1.
import type { APIRoute } from 'astro';
import { getArticles } from '../site/articles.ts';
import { jsonFeedResponse } from '../site/feeds.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../site/site-info.ts';
import { jsonFeedUrl, withBase } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonFeedResponse({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    pagePath: withBase(''),
    feedPath: jsonFeedUrl(),
    articles: await getArticles(),
    site,
  });
