// Topic and person pages list each article carrying the slug once, in reading order, from one pass over the corpus.
import { describe, expect, it } from 'vitest';
import { articlesBySlug } from '../../src/site/articles-by-slug.ts';

const article = (id: string, ...slugs: string[]) => ({ id, tags: slugs.map((slug) => ({ slug })) });

describe('articlesBySlug', () => {
  it('keeps the given order, lists an article once per slug, and leaves out slugs nobody carries', () => {
    const articles = [
      article('newest', 'trade', 'rail'),
      article('middle', 'rail', 'rail'),
      article('oldest', 'trade'),
      article('untagged'),
    ];
    const bySlug = articlesBySlug(articles, (a) => a.tags);
    expect([...bySlug.keys()]).toEqual(['trade', 'rail']);
    expect(bySlug.get('trade')!.map((a) => a.id)).toEqual(['newest', 'oldest']);
    expect(bySlug.get('rail')!.map((a) => a.id)).toEqual(['newest', 'middle']);
    expect(bySlug.has('sea')).toBe(false);
  });
});
