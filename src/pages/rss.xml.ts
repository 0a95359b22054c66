// /rss.xml: the newest articles, newest first, as RSS 2.0.
import type { APIRoute } from 'astro';
import { getArticles } from '../site/articles.ts';
import { rssResponse } from '../site/feeds.ts';
import { UI_LANG } from '../i18n/interface-language.ts';
import { translator } from '../i18n/translate.ts';
import { archiveUrl, rssFeedUrl, withBase } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  rssResponse({
    title: translator(UI_LANG).t('site.name'),
    description: translator(UI_LANG).t('site.description'),
    pagePath: withBase(''),
    fullListPath: archiveUrl(),
    feedPath: rssFeedUrl(),
    articles: await getArticles(),
    site,
  });
