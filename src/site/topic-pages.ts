// The topic taxonomy as the pages see it: every topic of src/data/topics.yaml, with its articles, newest first.
import type { Topic } from '../corpus/topic-tagging.ts';
import { getArticles, type ArticleData } from './articles.ts';
import { articlesBySlug } from './articles-by-slug.ts';
import { topics } from './data-files.ts';

export interface TopicWithArticles {
  topic: Topic;
  /** English name (required by the taxonomy). */
  name: string;
  articles: ArticleData[];
}

let cached: Promise<TopicWithArticles[]> | undefined;

/**
 * Each topic, in taxonomy order, with the articles tagged with it, newest first (getArticles' order). Pages exist for all
 * of them, even with no article, so URLs never depend on counts. Computed once per build.
 */
export function getTopicsWithArticles(): Promise<TopicWithArticles[]> {
  cached ??= getArticles().then((articles) => {
    const bySlug = articlesBySlug(articles, (a) => a.topics);
    return topics.map((topic) => ({ topic, name: topic.names.en ?? topic.slug, articles: bySlug.get(topic.slug) ?? [] }));
  });
  return cached;
}
