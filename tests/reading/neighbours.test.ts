// Previous and next follow the reading order; the first has no previous, the last no next.
import { describe, expect, it } from 'vitest';
import { buildNeighbourIndex } from '../../src/site/neighbours.ts';

describe('buildNeighbourIndex', () => {
  it('links each article to the ones listed before and after it', () => {
    const [a, b, c] = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }];
    const index = buildNeighbourIndex([a, b, c]);
    expect(index.get('a')).toEqual({ previous: null, next: b });
    expect(index.get('b')).toEqual({ previous: a, next: c });
    expect(index.get('c')).toEqual({ previous: b, next: null });
  });

  it('gives a lone article no neighbours', () => {
    expect(buildNeighbourIndex([{ slug: 'only' }]).get('only')).toEqual({ previous: null, next: null });
  });
});
