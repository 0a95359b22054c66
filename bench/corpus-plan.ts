// What each synthetic article will look like: its shape, date kind and features, drawn in the proportions documented in bench/README.md.
import { articleRandom, createRandom, type Random } from './prng.ts';
import type { DateKind } from './datelines.ts';

export type Shape = 'en' | 'vi' | 'fr' | 'zh' | 'bilingual' | 'mixed';

/**
 * Shapes and date kinds are dealt from shuffled decks of 20 so every run of 20 articles holds them in exact proportion:
 * even a 30-article corpus has every shape, and proportions never drift with the seed.
 */
const SHAPE_DECK: Readonly<Record<Shape, number>> = { en: 7, vi: 4, fr: 2, zh: 2, bilingual: 3, mixed: 2 };
const DATE_DECK: Readonly<Record<DateKind, number>> = { full: 8, partial: 8, none: 4 };

/** Independent per-article chances (seed corpus: 2 of 5 files have no headline, 3 of 5 figures, 2 of 5 bylines, …). */
const FEATURE_RATES = {
  /** Of en/vi files: the lead opens the file, no headline (seeds 003, 004). */
  noHeadline: 0.3,
  /** Of headline-less files: `(TAP) - ` before the lead (seed 003). */
  agencyPrefix: 0.5,
  figures: 0.6,
  subheadings: 0.4,
  byline: 0.4,
  sourceLines: 0.2,
  boilerplate: 0.6,
  /** Of files with English paragraphs: `Vietnams`, `countriesrelationship` (seed 000). */
  lostApostrophes: 0.2,
  /** Paragraphs separated by blank lines (seeds 000, 004) rather than packed (001, 002, 003). */
  blankLines: 0.5,
  /** Of bilingual files: the headline repeated after the first paragraph pair (seed 000). */
  repeatedHeadline: 0.5,
} as const;

/** Body length in words (a Han character counts as one word, as the site counts): uniform 300–800; paragraphs overshoot the target by ~50 words, so files average ~600. */
const WORDS_MIN = 300;
const WORDS_MAX = 800;

export interface ArticlePlan {
  index: number;
  shape: Shape;
  dateKind: DateKind;
  headline: boolean;
  agencyPrefix: boolean;
  figures: number;
  subheadings: number;
  byline: boolean;
  sourceLines: boolean;
  boilerplate: boolean;
  lostApostrophes: boolean;
  blankLines: boolean;
  repeatedHeadline: boolean;
  targetWords: number;
}

function deck<K extends string>(counts: Readonly<Record<K, number>>, random: Random): K[] {
  const cards = (Object.entries(counts) as [K, number][]).flatMap(([key, n]) => Array.from({ length: n }, () => key));
  for (let i = cards.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [cards[i], cards[j]] = [cards[j]!, cards[i]!];
  }
  return cards;
}

/** The card article `index` gets from deck number floor(index / size), shuffled with its own seed. */
function dealt<K extends string>(counts: Readonly<Record<K, number>>, seed: number, salt: number, index: number): K {
  const size = Object.values<number>(counts).reduce((a, b) => a + b, 0);
  const cards = deck(counts, createRandom((seed * 31 + salt) ^ Math.floor(index / size)));
  return cards[index % size]!;
}

export function planArticle(seed: number, index: number): ArticlePlan {
  const random = articleRandom(seed, index);
  const shape = dealt(SHAPE_DECK, seed, 1, index);
  const dateKind = dealt(DATE_DECK, seed, 2, index);
  const canLoseHeadline = shape === 'en' || shape === 'vi';
  const headline = !(canLoseHeadline && random.chance(FEATURE_RATES.noHeadline));
  const hasEnglish = shape === 'en' || shape === 'bilingual' || shape === 'mixed';
  return {
    index,
    shape,
    dateKind,
    headline,
    agencyPrefix: !headline && random.chance(FEATURE_RATES.agencyPrefix),
    figures: shape !== 'bilingual' && shape !== 'mixed' && random.chance(FEATURE_RATES.figures) ? random.int(1, 3) : 0,
    subheadings: shape !== 'mixed' && random.chance(FEATURE_RATES.subheadings) ? random.int(1, 2) : 0,
    byline: random.chance(FEATURE_RATES.byline),
    sourceLines: random.chance(FEATURE_RATES.sourceLines),
    boilerplate: random.chance(FEATURE_RATES.boilerplate),
    lostApostrophes: hasEnglish && random.chance(FEATURE_RATES.lostApostrophes),
    blankLines: random.chance(FEATURE_RATES.blankLines),
    repeatedHeadline: shape === 'bilingual' && random.chance(FEATURE_RATES.repeatedHeadline),
    targetWords: random.int(WORDS_MIN, WORDS_MAX),
  };
}
