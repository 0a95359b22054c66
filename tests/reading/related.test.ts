// Related articles: shared people count more than shared topics, ties are broken the same way every time,
// and 10 000 articles are indexed without comparing every pair.
import { describe, expect, it } from 'vitest';
import { buildRelatedIndex, type RelatedInput } from '../../src/site/related.ts';

const article = (slug: string, topics: string[], people: string[]): RelatedInput => ({
  slug,
  topics: topics.map((s) => ({ slug: s })),
  people: people.map((s) => ({ slug: s })),
});

describe('buildRelatedIndex', () => {
  it('ranks an article sharing a person above one sharing a topic', () => {
    const related = buildRelatedIndex([
      article('a', ['trade'], ['wang-yi']),
      article('shares-topic', ['trade'], []),
      article('shares-person', [], ['wang-yi']),
      article('shares-nothing', ['railways'], ['to-lam']),
    ]);
    expect(related.get('a')).toEqual(['shares-person', 'shares-topic']);
  });

  it('ranks more shared keys higher and never lists the article itself or unrelated ones', () => {
    const related = buildRelatedIndex([
      article('a', ['trade', 'railways', 'sea'], []),
      article('one', ['trade'], []),
      article('three', ['trade', 'railways', 'sea'], []),
      article('none', ['culture'], []),
    ]);
    expect(related.get('a')).toEqual(['three', 'one']);
    expect(related.get('none')).toEqual([]);
  });

  it('breaks ties by closeness in reading order, then by slug, whatever the input order of keys', () => {
    const list = [
      article('far', ['trade'], []),
      article('b-near', ['trade'], []),
      article('middle', ['trade'], []),
      article('a-near', ['trade'], []),
    ];
    expect(buildRelatedIndex(list).get('middle')).toEqual(['a-near', 'b-near', 'far']);
    const reordered = list.map((a) => ({ ...a, topics: [...a.topics].reverse() }));
    expect(buildRelatedIndex(reordered)).toEqual(buildRelatedIndex(list));
  });

  it('keeps at most `limit` related articles', () => {
    const list = Array.from({ length: 10 }, (_, i) => article(`a${i}`, ['trade'], []));
    expect(buildRelatedIndex(list, { limit: 3 }).get('a5')).toHaveLength(3);
  });

  // Time is measured by `npm run bench`; this proves the result at 10 000 articles with very common keys.
  it('indexes 10 000 articles sharing a few very common keys', () => {
    const topics = ['trade', 'railways', 'sea', 'culture', 'science', 'defence', 'party', 'youth'];
    const people = ['to-lam', 'xi-jinping', 'wang-yi', 'le-hoai-trung', 'bui-thanh-son'];
    // Deterministic pseudo-random tags, most articles carrying the two leaders, as in this corpus.
    let seed = 1;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const list = Array.from({ length: 10_000 }, (_, i) =>
      article(
        `article-${String(i).padStart(5, '0')}`,
        topics.filter(() => rand() < 0.5),
        ['to-lam', 'xi-jinping', ...people.slice(2).filter(() => rand() < 0.2)],
      ),
    );
    const related = buildRelatedIndex(list);
    expect(related.size).toBe(10_000);
    expect(related.get('article-05000')!.length).toBe(4);
  });
});
