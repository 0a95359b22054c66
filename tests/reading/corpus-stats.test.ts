// Home page counts: articles per topic and per language, most first, ties in a fixed order.
import { describe, expect, it } from 'vitest';
import { languageCounts, topicCounts } from '../../src/site/corpus-stats.ts';

const trade = { slug: 'trade', name: 'Trade' };
const sea = { slug: 'sea', name: 'South China Sea' };
const arts = { slug: 'arts', name: 'Arts' };

describe('corpus counts', () => {
  it('counts articles per topic, most first, then by name', () => {
    const counts = topicCounts([
      { topics: [trade, sea], languages: ['en'] },
      { topics: [trade, arts], languages: ['vi'] },
      { topics: [trade], languages: ['en', 'vi'] },
    ]);
    expect(counts.map((c) => `${c.item.name}:${c.count}`)).toEqual(['Trade:3', 'Arts:1', 'South China Sea:1']);
  });

  it('counts an article once per language it contains and leaves out undetermined text', () => {
    const counts = languageCounts([
      { topics: [], languages: ['en', 'vi'] },
      { topics: [], languages: ['vi', 'und'] },
      { topics: [], languages: ['fr', 'vi'] },
    ]);
    expect(counts).toEqual([
      { item: 'vi', count: 3 },
      { item: 'en', count: 1 },
      { item: 'fr', count: 1 },
    ]);
  });
});
