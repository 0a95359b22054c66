// /topics/<slug>/rss.xml: one topic's newest articles, newest first, as RSS 2.0 (for every taxonomy topic, empty or not).
import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../../site/feeds.ts';
import { UI_LANG } from '../../../i18n/interface-language.ts';
import { translator } from '../../../i18n/translate.ts';
import { getTopicsWithArticles, type TopicWithArticles } from '../../../site/topic-pages.ts';
import { topicFeedUrl, topicUrl } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const topics = await getTopicsWithArticles();
  return topics.map((entry) => ({ params: { slug: entry.topic.slug }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { topic, articles } = (props as { entry: TopicWithArticles }).entry;
  const tr = translator(UI_LANG);
  const name = tr.name(topic);
  return rssResponse({
    title: `${name} · ${tr.t('site.name')}`,
    description: tr.t('topic.feedDescription', { name }),
    pagePath: topicUrl(topic.slug),
    fullListPath: topicUrl(topic.slug),
    feedPath: topicFeedUrl(topic.slug),
    articles,
    site,
  });
};
