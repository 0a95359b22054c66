// The index step hands Pagefind only the part of an article page it reads: the <html> tag and the data-pagefind-body
// element, with its filters and metadata; the site's chrome, related articles and head stay out. The text of that part,
// as Pagefind reads it, is what the vocabulary for "did you mean" counts.
import { describe, expect, it } from 'vitest';
import { indexedText, pageForIndex, searchablePart } from '../../../src/indexing/page-for-index.ts';

const PAGE = [
  '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đường sắt · Reader</title>',
  '<script type="application/ld+json">{"headline":"Đường sắt"}</script></head>',
  '<body><header data-pagefind-ignore><a href="/">Reader</a></header><main>',
  '<article data-pagefind-body class="article"><h1>Đường sắt Lào Cai</h1>',
  '<aside><article class="quote"><p>Trích dẫn</p></article></aside>',
  '<p>Hai bên nhất trí.</p><div hidden data-pagefind-ignore><span data-pagefind-filter="lang:vi"></span>',
  '<span data-pagefind-meta="date:2024-05-01"></span></div></article>',
  '<section class="related"><article class="card"><h3>Bài khác</h3></article></section></main>',
  '<footer data-pagefind-ignore>Chân trang</footer></body></html>',
].join('');

describe('the part of an article page the search index reads', () => {
  it('keeps the html tag and the whole searchable element, nested articles included', () => {
    const part = searchablePart(PAGE);
    expect(part).toMatch(/^<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><\/head><body><article data-pagefind-body/);
    expect(part).toContain('<aside><article class="quote"><p>Trích dẫn</p></article></aside><p>Hai bên nhất trí.</p>');
    expect(part).toContain('<span data-pagefind-filter="lang:vi"></span>');
    expect(part).toContain('<span data-pagefind-meta="date:2024-05-01"></span></div></article></body></html>');
  });

  it('leaves out the head, the chrome and the related articles', () => {
    const part = searchablePart(PAGE);
    for (const outside of ['<title>', 'ld+json', 'Reader</a>', 'Bài khác', 'Chân trang']) expect(part).not.toContain(outside);
  });

  it('hands over a page without a searchable element, or with one left open, as it is', () => {
    const noBody = '<html lang="en"><body><p>Railway</p></body></html>';
    expect(searchablePart(noBody)).toBe(noBody);
    const unclosed = '<html lang="en"><body><article data-pagefind-body><p>Railway</p></body></html>';
    expect(searchablePart(unclosed)).toBe(unclosed);
  });

  it('is not fooled by markup quoted in an attribute value, as a description can hold', () => {
    const fake = '<article data-pagefind-body><p>Fake</p></article>';
    const page = PAGE.replace('<title>', `<meta name="description" content="${fake}"><a title=" data-pagefind-body ">x</a><title>`);
    const part = searchablePart(page);
    expect(part).toContain('<h1>Đường sắt Lào Cai</h1>');
    expect(part).not.toContain('Fake');
    expect(part).toMatch(/<\/article><\/body><\/html>$/);
  });

  it('spaces Chinese words in the part it keeps', () => {
    const page = '<html lang="zh"><body><nav>铁路合作</nav><div data-pagefind-body><p>中越铁路合作</p></div></body></html>';
    expect(pageForIndex(page)).toContain('<div data-pagefind-body><p>中越 铁路 合作</p></div>');
    expect(pageForIndex(page)).not.toContain('<nav>');
  });
});

describe('the text of a page as the index reads it', () => {
  it('reads the headline and the text, not the metadata, the filters, or what the page marks to ignore', () => {
    const text = indexedText(pageForIndex(PAGE.replace('<p>Hai bên', '<p data-pagefind-ignore>Bỏ qua</p><p>Hai bên')));
    expect(text.title).toBe('Đường sắt Lào Cai');
    expect(text.content).toBe('Đường sắt Lào Cai Trích dẫn Hai bên nhất trí.');
  });

  it('keeps words whole across inline markup, splits them at paragraphs and line breaks, and decodes entities', () => {
    const page = [
      '<html lang="en"><body><article data-pagefind-body><h1>Rail &amp; <em>road</em></h1>',
      '<p>Ha<strong>noi</strong> talks</p><p>Beijing<br>Lào&#32;Cai &quot;pact&quot;</p>',
      '<footer>Topics</footer><nav>Menu</nav><form><label>Search</label></form></article></body></html>',
    ].join('');
    expect(indexedText(pageForIndex(page))).toEqual({ title: 'Rail & road', content: 'Rail & road Hanoi talks Beijing Lào Cai "pact"' });
  });

  it('spaces Chinese words as the index is handed them', () => {
    const page = '<html lang="zh"><body><div data-pagefind-body><h1>中越铁路合作</h1></div></body></html>';
    expect(indexedText(pageForIndex(page))).toEqual({ title: '中越 铁路 合作', content: '中越 铁路 合作' });
  });
});
