// Which topics an article is about, most relevant first: its keywords' evidence weighed by where and how often it occurs.
import { MAX_EVIDENCE } from './phrase-match.ts';
import type { KeywordHit, Taxonomy, TextPlace } from './topic-tagging.ts';
import type { TopicRef } from './types.ts';

/** The scoring rule, documented for editors at the top of src/data/topics.yaml. */
const RELEVANCE_RULE: RelevanceRule = {
  /** A phrase proves more than a single word. */
  strongWeight: 2,
  weakWeight: 1,
  /** A generic word adds to a topic's evidence, at this weight, and never carries it alone. */
  supportingWeight: 0.5,
  /** The headline and the lead say what an article is about; the body also mentions what it is not about. */
  placeWeight: { headline: 3, lead: 3, body: 1 },
  /** Each further sentence a keyword appears in adds this share of its weight (repetition in one sentence adds nothing). */
  repeatShare: 0.5,
  /** The body's weight shrinks with length: in a long article one mention is incidental. Words per unit of length. */
  wordsPerLengthUnit: 800,
  /** A topic needs this score… */
  minScore: 4,
  /** …and this share of the article's best topic's score: what the article is mainly about, not what it touches. */
  minShareOfBest: 0.5,
};

export interface RelevanceRule {
  strongWeight: number;
  weakWeight: number;
  supportingWeight: number;
  placeWeight: Record<TextPlace, number>;
  repeatShare: number;
  wordsPerLengthUnit: number;
  minScore: number;
  minShareOfBest: number;
}

interface TopicTally {
  score: number;
  /** Distinct keywords that are not generic. */
  keywords: Set<string>;
  hasStrong: boolean;
  inHeadlineOrLead: boolean;
  /** The sentences (TopicText units) its keywords, generic ones aside, appear in. */
  units: Set<number>;
  evidence: { surface: string; weight: number; order: number }[];
}

/**
 * Topics above the threshold, most relevant first (ties by slug). `bodyWords` is the article's length, which dilutes
 * what the body says (never the headline or the lead).
 */
export function rankTopics(
  taxonomy: Taxonomy,
  hits: readonly KeywordHit[],
  bodyWords: number,
  rule: RelevanceRule = RELEVANCE_RULE,
): TopicRef[] {
  const lengthUnits = Math.max(1, bodyWords / rule.wordsPerLengthUnit);
  // A topic is weighed in each language apart (see combineLanguages): a sentence and its translation in a bilingual
  // file are one mention, not two that corroborate each other.
  const tallies = new Map<string, TopicTally & { topic: number }>();
  // Each keyword once per sentence; each further sentence adds the repeat share.
  const seen = new Set<string>();
  hits.forEach((hit, order) => {
    const perUnit = `${hit.topic}\u0000${hit.keyword}\u0000${hit.unit}`;
    if (seen.has(perUnit)) return;
    const keywordKey = `${hit.topic}\u0000${hit.keyword}`;
    const repeat = seen.has(keywordKey);
    seen.add(perUnit).add(keywordKey);
    const key = `${hit.topic}\u0000${hit.lang}`;
    const tally = tallies.get(key) ?? {
      topic: hit.topic,
      score: 0,
      keywords: new Set(),
      hasStrong: false,
      inHeadlineOrLead: false,
      units: new Set(),
      evidence: [],
    };
    tallies.set(key, tally);
    const kind = hit.supporting ? rule.supportingWeight : hit.strong ? rule.strongWeight : rule.weakWeight;
    const place = hit.place === 'body' ? rule.placeWeight.body / lengthUnits : rule.placeWeight[hit.place];
    const weight = kind * place * (repeat ? rule.repeatShare : 1);
    tally.score += weight;
    if (!hit.supporting) {
      tally.units.add(hit.unit);
      tally.keywords.add(hit.keyword);
      if (hit.strong) tally.hasStrong = true;
      if (hit.place !== 'body') tally.inHeadlineOrLead = true;
    }
    tally.evidence.push({ surface: hit.surface, weight, order });
  });
  const byTopic = new Map<number, TopicTally[]>();
  for (const t of tallies.values()) byTopic.set(t.topic, [...(byTopic.get(t.topic) ?? []), t]);
  const qualified = [...byTopic.entries()]
    .filter(([, languages]) => languages.some(carriesTopic))
    .map(([topic, languages]) => [topic, combineLanguages(languages, rule)] as const)
    .filter(([, t]) => t.score >= rule.minScore);
  const best = Math.max(0, ...qualified.map(([, t]) => t.score));
  return qualified
    .filter(([, t]) => t.score >= best * rule.minShareOfBest)
    .map(([index, t]) => {
      const topic = taxonomy.topics[index]!;
      return { slug: topic.slug, name: topic.names.en ?? topic.slug, score: round(t.score), evidence: strongestEvidence(t.evidence) };
    })
    .sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : 1));
}

/**
 * One language's evidence counts whole, each other language's at the repeat share: a translated paragraph adds a
 * little, and an article that changes language (a French lead, Vietnamese and English quotes) still adds up.
 */
function combineLanguages(languages: readonly TopicTally[], rule: RelevanceRule): TopicTally {
  const sorted = [...languages].sort((a, b) => b.score - a.score);
  const best = sorted[0]!;
  const others = sorted.slice(1);
  return {
    ...best,
    score: best.score + rule.repeatShare * others.reduce((n, t) => n + t.score, 0),
    evidence: sorted.flatMap((t) => t.evidence),
  };
}

/**
 * Evidence that can carry a topic: a proving phrase, two different keywords, or one keyword in the headline or the lead
 * that comes back further on. Generic (supporting) words alone never do.
 */
function carriesTopic(t: TopicTally): boolean {
  if (t.keywords.size === 0) return false;
  return t.hasStrong || t.keywords.size >= 2 || (t.inHeadlineOrLead && t.units.size >= 2);
}

/** The words that weighed most, distinct, shown in text order: what an editor checks the guess against. */
function strongestEvidence(evidence: TopicTally['evidence']): string[] {
  const seen = new Set<string>();
  const distinct = [...evidence]
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .filter((e) => {
      const key = e.surface.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return distinct
    .slice(0, MAX_EVIDENCE)
    .sort((a, b) => a.order - b.order)
    .map((e) => e.surface);
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
