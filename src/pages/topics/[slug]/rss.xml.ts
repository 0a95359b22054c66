// /topics/<slug>/rss.xml: one topic's newest articles, newest first, as RSS 2.0 (for every taxonomy topic, empty or not).
import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../../site/feeds.ts';
import { SITE_NAME } from '../../../site/site-info.ts';
import { getTopicsWithArticles, type TopicWithArticles } from '../../../site/topic-pages.ts';
import { topicFeedUrl, topicUrl } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const topics = await getTopicsWithArticles();
  return topics.map((entry) => ({ params: { slug: entry.topic.slug }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { topic, name, articles } = (props as { entry: TopicWithArticles }).entry;
  return rssResponse({
    title: `${name} · ${SITE_NAME}`,
    description: `Articles on Vietnam–China relations filed under “${name}”.`,
    pagePath: topicUrl(topic.slug),
    fullListPath: topicUrl(topic.slug),
    feedPath: topicFeedUrl(topic.slug),
    articles,
    site,
  });
};
