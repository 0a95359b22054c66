// The topic taxonomy as the pages see it: every topic of src/data/topics.yaml, with its articles, newest first.
import type { Topic } from '../corpus/topic-tagging.ts';
import { UI_LANG } from '../i18n/interface-language.ts';
import { translator } from '../i18n/translate.ts';
import { getArticles, type ArticleData } from './articles.ts';
import { articlesBySlug } from './articles-by-slug.ts';
import { topics } from './data-files.ts';

export interface TopicWithArticles {
  topic: Topic;
  /** The name in the interface language, English where the taxonomy gives none. */
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
    const tr = translator(UI_LANG);
    return topics.map((topic) => ({ topic, name: tr.name(topic), articles: bySlug.get(topic.slug) ?? [] }));
  });
  return cached;
}
