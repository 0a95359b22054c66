// The editable data (topic taxonomy, people) compiled once into the matchers every article is parsed with.
import { fileURLToPath } from 'node:url';
import { detectLanguage } from './language.ts';
import { compilePeopleMatcher, loadPeople } from './people-mentions.ts';
import { rankTopics } from './topic-relevance.ts';
import { compileTopicEvidence, loadTaxonomy, type TopicText } from './topic-tagging.ts';
import type { LanguageCode, PersonRef, TopicRef } from './types.ts';

export interface CorpusContext {
  detectLanguage: (text: string) => LanguageCode;
  /** The topics the article's paragraphs are about, most relevant first; `bodyWords` is the article's length. */
  matchTopics: (texts: readonly TopicText[], bodyWords: number) => TopicRef[];
  matchPeople: (text: string) => PersonRef[];
  topicsBySlug: ReadonlyMap<string, { slug: string; name: string }>;
  peopleBySlug: ReadonlyMap<string, { slug: string; name: string }>;
}

export const DEFAULT_TOPICS_FILE = fileURLToPath(new URL('../data/topics.yaml', import.meta.url));
export const DEFAULT_PEOPLE_FILE = fileURLToPath(new URL('../data/people.yaml', import.meta.url));

export function createCorpusContext(topicsFile = DEFAULT_TOPICS_FILE, peopleFile = DEFAULT_PEOPLE_FILE): CorpusContext {
  const taxonomy = loadTaxonomy(topicsFile);
  const people = loadPeople(peopleFile);
  return {
    detectLanguage,
    matchTopics: (() => {
      const evidence = compileTopicEvidence(taxonomy);
      return (texts: readonly TopicText[], bodyWords: number) => rankTopics(taxonomy, evidence(texts), bodyWords);
    })(),
    matchPeople: compilePeopleMatcher(people),
    topicsBySlug: new Map(taxonomy.topics.map((t) => [t.slug, { slug: t.slug, name: t.names.en ?? t.slug }])),
    peopleBySlug: new Map(people.map((p) => [p.slug, { slug: p.slug, name: p.names.en ?? p.slug }])),
  };
}
