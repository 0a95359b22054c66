// The search URL round-trips; the index step counts the article pages it must hold, names a page the index would leave
// out, reports every Pagefind error at once, and closes Pagefind however it ends.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failIfErrors, withPagefindIndex } from '../../../src/indexing/pagefind-adapter.ts';
import { countArticlePages, writeSearchIndex } from '../../../src/indexing/search-index.ts';
import { paramsFromState, stateFromParams } from '../../../src/scripts/search/url-state.ts';

describe('search URL', () => {
  it('reads and writes every part in one fixed order, defaults left out', () => {
    const state = stateFromParams(
      new URLSearchParams('sort=date&year=2025&q=Bi%E1%BB%83n+%C4%90%C3%B4ng&lang=vi&topic=south-china-sea&person=to-lam'),
    );
    expect(state).toEqual({
      query: 'Biển Đông',
      filters: { topic: 'south-china-sea', lang: 'vi', person: 'to-lam', year: '2025' },
      sort: 'date',
    });
    expect(paramsFromState(state).toString()).toBe(
      'q=Bi%E1%BB%83n+%C4%90%C3%B4ng&topic=south-china-sea&lang=vi&person=to-lam&year=2025&sort=date',
    );
    expect(paramsFromState({ query: ' ', filters: {}, sort: 'relevance' }).toString()).toBe('');
  });
});

describe('search index step', () => {
  it('counts the article pages of a built site: a folder with an index.html under articles/, nothing else', () => {
    const out = mkdtempSync(join(tmpdir(), 'index-count-'));
    expect(countArticlePages(out)).toBe(0);
    for (const page of ['articles/a', 'articles/b', 'topics/x', 'search']) {
      mkdirSync(join(out, page), { recursive: true });
      writeFileSync(join(out, page, 'index.html'), '<html></html>');
    }
    mkdirSync(join(out, 'articles/empty-folder'));
    writeFileSync(join(out, 'articles/stray.html'), '');
    expect(countArticlePages(out)).toBe(2);
  });

  it('fails, naming the page, when an article page has no searchable element for Pagefind to read', async () => {
    const out = mkdtempSync(join(tmpdir(), 'index-skip-'));
    const page = (body: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
    mkdirSync(join(out, 'articles/kept'), { recursive: true });
    writeFileSync(join(out, 'articles/kept/index.html'), page('<article data-pagefind-body><p>Railway cooperation</p></article>'));
    mkdirSync(join(out, 'articles/skipped'), { recursive: true });
    writeFileSync(join(out, 'articles/skipped/index.html'), page('<article><p>No search body here</p></article>'));
    const listed = ['kept', 'skipped'].map((slug) => ({ slug, datePartial: null, languages: ['en'], topics: [], people: [] }));
    writeFileSync(join(out, 'articles.json'), JSON.stringify({ articles: listed }));
    await expect(writeSearchIndex(out, { shardSetting: 1, stagingRoot: null })).rejects.toThrow(
      /1 of 2 article pages have no closed data-pagefind-body[\s\S]*articles\/skipped\/index\.html/,
    );
  });

  it('closes Pagefind when indexing fails, so the next index starts afresh', async () => {
    const page = '<!doctype html><html lang="en"><body><article data-pagefind-body><p>Railway</p></article></body></html>';
    const failing = withPagefindIndex(async (index) => {
      await index.addPage('/articles/kept/', page);
      throw new Error('/articles/broken/index.html could not be read');
    });
    await expect(failing).rejects.toThrow('/articles/broken/index.html could not be read');
    await expect(withPagefindIndex((index) => index.addPage('/articles/kept/', page))).resolves.toBe(true);
  });

  it('turns every reported problem into one error naming them all', () => {
    expect(() => failIfErrors([])).not.toThrow();
    expect(() => failIfErrors(['/articles/a/: bad html', 'writeFiles: disk full'])).toThrow(/bad html[\s\S]*disk full/);
  });
});
