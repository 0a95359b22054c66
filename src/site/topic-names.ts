// A topic's name in a given interface language, from the taxonomy: articles carry only the English one.
import type { Translator } from '../i18n/translate.ts';
import { topics } from './data-files.ts';

const topicBySlug = new Map(topics.map((t) => [t.slug, t]));

/** A topic as an article carries it: its slug and English name. */
interface CarriedTopic {
  slug: string;
  name: string;
}

/**
 * The name in the translator's language, with its `lang`: English where the taxonomy gives none in that language, and
 * the article's own name for a topic the taxonomy does not know.
 */
export function topicShownName(topic: CarriedTopic, tr: Translator): { text: string; lang: string } {
  const known = topicBySlug.get(topic.slug);
  return known ? tr.shownName(known) : { text: topic.name, lang: 'en' };
}

export function topicName(topic: CarriedTopic, tr: Translator): string {
  return topicShownName(topic, tr).text;
}
