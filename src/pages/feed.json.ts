// /feed.json: the newest articles, newest first, as JSON Feed 1.1.
import type { APIRoute } from 'astro';
import { getArticles } from '../site/articles.ts';
import { jsonFeedResponse } from '../site/feeds.ts';
import { UI_LANG } from '../i18n/interface-language.ts';
import { translator } from '../i18n/translate.ts';
import { archiveUrl, jsonFeedUrl, withBase } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonFeedResponse({
    title: translator(UI_LANG).t('site.name'),
    description: translator(UI_LANG).t('site.description'),
    pagePath: withBase(''),
    fullListPath: archiveUrl(),
    feedPath: jsonFeedUrl(),
    articles: await getArticles(),
    site,
  });
