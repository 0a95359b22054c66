// The search URL round-trips; the integration indexes article pages only and reports every Pagefind error at once.
import { describe, expect, it } from 'vitest';
import { articlePathnames, failIfErrors } from '../../../src/integrations/pagefind.ts';
import { paramsFromState, stateFromParams } from '../../../src/scripts/search/url-state.ts';

describe('search URL', () => {
  it('reads and writes every part in one fixed order, defaults left out', () => {
    const state = stateFromParams(new URLSearchParams('sort=date&year=2025&q=Bi%E1%BB%83n+%C4%90%C3%B4ng&lang=vi&topic=south-china-sea&person=to-lam'));
    expect(state).toEqual({ query: 'Biển Đông', filters: { topic: 'south-china-sea', lang: 'vi', person: 'to-lam', year: '2025' }, sort: 'date' });
    expect(paramsFromState(state).toString()).toBe('q=Bi%E1%BB%83n+%C4%90%C3%B4ng&topic=south-china-sea&lang=vi&person=to-lam&year=2025&sort=date');
    expect(paramsFromState({ query: ' ', filters: {}, sort: 'relevance' }).toString()).toBe('');
  });
});

describe('pagefind integration', () => {
  it('indexes article pages only, in a stable order', () => {
    expect(articlePathnames([{ pathname: 'search/' }, { pathname: 'articles/b/' }, { pathname: '' }, { pathname: 'articles/a/' }, { pathname: 'topics/x/' }])).toEqual(['articles/a/', 'articles/b/']);
  });

  it('turns every reported problem into one error naming them all', () => {
    expect(() => failIfErrors([])).not.toThrow();
    expect(() => failIfErrors(['/articles/a/: bad html', 'writeFiles: disk full'])).toThrow(/bad html[\s\S]*disk full/);
  });
});
