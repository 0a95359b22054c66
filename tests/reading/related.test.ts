// Related articles: each shared thing's points worked out by hand, what the page already shows left out, ties broken
// the same way every time, and 10 000 articles indexed without comparing every pair.
import { describe, expect, it } from 'vitest';
import { buildNeighbourIndex, neighbourSlugs } from '../../src/site/neighbours.ts';
import { buildRelatedIndex, commonKeys, relatedScore, type RelatedInput } from '../../src/site/related.ts';

interface Shares {
  topics?: string[];
  people?: string[];
  day?: string;
  source?: string;
}

const article = (slug: string, { topics = [], people = [], day, source }: Shares = {}): RelatedInput => ({
  slug,
  topics: topics.map((s) => ({ slug: s })),
  people: people.map((s) => ({ slug: s })),
  date: { iso: day ?? null },
  source: source ? { name: source } : null,
});

describe('relatedScore', () => {
  const talks = article('talks', { topics: ['trade', 'railways'], people: ['wang-yi', 'to-lam'], day: '2025-04-14', source: 'VnExpress' });

  it('adds 1 per shared topic, 2 per shared person, 3 for the same day with a shared person, 1 for the same source', () => {
    // trade (1) + Wang Yi (2) + 14 April with Wang Yi: the same event (3) + VnExpress (1).
    const report = article('report', { topics: ['trade'], people: ['wang-yi'], day: '2025-04-14', source: 'VnExpress' });
    expect(relatedScore(talks, report)).toBe(7);
    expect(relatedScore(report, talks)).toBe(7);
  });

  it('gives the same day without a shared person 1 point only', () => {
    // trade and railways (1 + 1) + the same day, nobody in common (1).
    const sameDay = article('same-day', { topics: ['trade', 'railways'], people: ['mao-zedong'], day: '2025-04-14', source: 'TAP' });
    expect(relatedScore(talks, sameDay)).toBe(3);
  });

  it('gives nothing for an article that shares nothing, nor for a different day or source', () => {
    expect(relatedScore(talks, article('other', { topics: ['sea'], day: '2025-04-15', source: 'Xinhua' }))).toBe(0);
    expect(relatedScore(talks, article('bare'))).toBe(0);
  });

  it('gives a common person no points, though with the same day it still makes the same event', () => {
    const common = new Set(['person:to-lam']);
    expect(relatedScore(talks, article('lam', { people: ['to-lam'] }), common)).toBe(0);
    expect(relatedScore(talks, article('lam-that-day', { people: ['to-lam'], day: '2025-04-14' }), common)).toBe(3);
  });
});

describe('commonKeys', () => {
  it('is what more than half of the articles share: 3 of 4, not 2 of 4', () => {
    const list = [
      article('a', { topics: ['trade'], people: ['to-lam'] }),
      article('b', { topics: ['trade'], people: ['to-lam'] }),
      article('c', { people: ['to-lam'] }),
      article('d'),
    ];
    expect([...commonKeys(list)]).toEqual(['person:to-lam']);
  });
});

describe('buildRelatedIndex', () => {
  // Reading order, newest first. Wang Yi is named by 4 of 10 articles, trade by 3, the sea by 3, culture by 3: none is common.
  const list = [
    article('newer', { topics: ['trade'] }),
    article('main', { topics: ['trade', 'sea'], people: ['wang-yi'] }),
    article('next', { topics: ['trade', 'sea'], people: ['wang-yi'] }),
    article('b-person', { people: ['wang-yi'] }),
    article('a-person', { people: ['wang-yi'] }),
    article('sea-only', { topics: ['sea'] }),
    article('culture-1', { topics: ['culture'] }),
    article('culture-2', { topics: ['culture'] }),
    article('culture-3', { topics: ['culture'] }),
    article('nothing', { topics: ['environment'] }),
  ];

  it('ranks by score, then newest first, and keeps at most 5', () => {
    // next: trade + sea + Wang Yi = 4; b-person and a-person: Wang Yi = 2, b-person is newer;
    // newer and sea-only: one topic = 1, newer is newer. The culture articles share nothing with main.
    expect(buildRelatedIndex(list).get('main')).toEqual(['next', 'b-person', 'a-person', 'newer', 'sea-only']);
  });

  it('never lists the previous and next articles the page already links', () => {
    const neighbours = buildNeighbourIndex(list);
    const related = buildRelatedIndex(list, { shownAlready: (slug) => neighbourSlugs(neighbours, slug) });
    expect(related.get('main')).toEqual(['b-person', 'a-person', 'sea-only']);
    // culture-2's neighbours are culture-1 and culture-3, its only relatives.
    expect(related.get('culture-2')).toEqual([]);
  });

  it('lists nothing for an article that shares nothing with any other', () => {
    expect(buildRelatedIndex(list).get('nothing')).toEqual([]);
  });

  it('lists nothing for what every article shares: the two leaders named everywhere relate nothing', () => {
    const leaders = ['to-lam', 'xi-jinping'];
    const everywhere = [
      article('sea-1', { topics: ['sea'], people: leaders }),
      article('plain-1', { people: leaders }),
      article('sea-2', { topics: ['sea'], people: leaders }),
      article('plain-2', { people: leaders }),
    ];
    const related = buildRelatedIndex(everywhere);
    expect(related.get('sea-1')).toEqual(['sea-2']);
    expect(related.get('plain-1')).toEqual([]);
  });

  it('puts the same event (same day, same person) above the same day alone', () => {
    const days = [
      article('talks', { people: ['to-lam'], day: '2025-04-14' }),
      article('report', { people: ['to-lam'], day: '2025-04-14' }),
      article('elsewhere', { people: ['wang-yi'], day: '2025-04-14' }),
      article('x'),
      article('y'),
      article('z'),
    ];
    // report: the same event (3) + To Lam (2) = 5; elsewhere: the same day only = 1.
    expect(buildRelatedIndex(days).get('talks')).toEqual(['report', 'elsewhere']);
  });

  it('gives the same answer whatever order each article lists its topics in', () => {
    const reordered = list.map((a) => ({ ...a, topics: [...a.topics].reverse() }));
    expect(buildRelatedIndex(reordered)).toEqual(buildRelatedIndex(list));
  });

  // Time is measured by `npm run bench`; this proves the result at 10 000 articles with very common keys.
  it('indexes 10 000 articles sharing a few very common keys', () => {
    const topics = ['trade', 'railways', 'sea', 'culture', 'science', 'defence', 'party', 'youth'];
    const people = ['to-lam', 'xi-jinping', 'wang-yi', 'le-hoai-trung', 'bui-thanh-son'];
    // Deterministic pseudo-random tags, every article carrying the two leaders, as in this corpus.
    let seed = 1;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const list = Array.from({ length: 10_000 }, (_, i) =>
      article(`article-${String(i).padStart(5, '0')}`, {
        topics: topics.filter(() => rand() < 0.3),
        people: ['to-lam', 'xi-jinping', ...people.slice(2).filter(() => rand() < 0.2)],
        day: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    const related = buildRelatedIndex(list);
    expect(related.size).toBe(10_000);
    expect(related.get('article-05000')!.length).toBe(5);
  });
});
