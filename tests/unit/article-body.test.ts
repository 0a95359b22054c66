// The body renderer: paragraphs carry their language, translation pairs are marked up, a block on its own in another
// language than the page's opens with a tag naming it, text is never markup.
import { describe, expect, it } from 'vitest';
import { renderArticleBody } from '../../src/render/article-body.ts';
import type { BodyBlock } from '../../src/corpus/types.ts';

describe('renderArticleBody', () => {
  it('marks a paragraph and its translation as a pair, each with its own lang', async () => {
    const body: BodyBlock[] = [
      {
        kind: 'paragraph',
        text: 'Vietnam and China would also establish a railway cooperation committee.',
        lang: 'en',
        line: 3,
        translation: { text: 'Việt Nam và Trung Quốc cũng sẽ thành lập một ủy ban hợp tác đường sắt.', lang: 'vi', line: 5 },
      },
    ];
    const html = await renderArticleBody(body, 'en', 'en');
    expect(html).toContain('<div class="pair" data-pair="">');
    expect(html).toContain('<p lang="en" class="original">Vietnam and China would also establish a railway cooperation committee.</p>');
    expect(html).toContain('<p lang="vi" class="translation">Việt Nam và Trung Quốc cũng sẽ thành lập một ủy ban hợp tác đường sắt.</p>');
  });

  it('renders subheadings as h2 and figures as captions with credits, never as an <img>', async () => {
    const html = await renderArticleBody(
      [
        { kind: 'subheading', text: 'A catalyst for Vietnam - China relations', lang: 'en', translation: null },
        {
          kind: 'figure',
          image: 'agibot 76375.png',
          caption: 'A robot cashier at a supermarket in China.',
          credit: 'Photo: Agibot',
          lang: 'en',
        },
      ],
      'en',
      'en',
    );
    expect(html).toContain('<h2 lang="en">A catalyst for Vietnam - China relations</h2>');
    expect(html).toContain('data-image="agibot 76375.png"');
    expect(html).toContain('<figcaption lang="en">');
    expect(html).toContain('A robot cashier at a supermarket in China.');
    expect(html).toContain('Photo: Agibot');
    expect(html).not.toContain('<img');
  });

  it('shows HTML and template syntax from the corpus as text', async () => {
    const text = `<script>alert('x')</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a> {{ title }} \${env} ]]>`;
    const html = await renderArticleBody([{ kind: 'paragraph', text, lang: 'en', translation: null }], 'en', 'en');
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html).toContain('&#x3C;script>');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal ${env} is hostile input that must stay text.
    expect(html).toContain('{{ title }} ${env} ]]>');
  });

  it('tags a block on its own whose language differs from the page, and no block in the page language', async () => {
    const html = await renderArticleBody(
      [
        { kind: 'paragraph', text: 'Le 26 janvier, au siège du Comité central du Parti.', lang: 'fr', translation: null },
        { kind: 'subheading', text: 'Hợp tác đường sắt', lang: 'vi', translation: null },
        { kind: 'paragraph', text: 'The two sides agreed to maintain exchanges.', lang: 'en', translation: null },
        { kind: 'paragraph', text: 'A line of unknown language.', lang: 'und', translation: null },
      ],
      'en',
      'en',
    );
    const tag = (code: string, name: string) =>
      `<span class="lang-tag" lang="en" data-pagefind-ignore=""><span aria-hidden="true" title="${name}">${code}</span><span class="visually-hidden">in ${name}: </span></span>`;
    expect(html).toContain(`<p lang="fr">${tag('FR', 'French')}Le 26 janvier, au siège du Comité central du Parti.</p>`);
    expect(html).toContain(`<h2 lang="vi">${tag('VI', 'Vietnamese')}Hợp tác đường sắt</h2>`);
    expect(html).toContain('<p lang="en">The two sides agreed to maintain exchanges.</p>');
    expect(html).toContain('<p>A line of unknown language.</p>');
    expect(html.match(/lang-tag/g)).toHaveLength(2);
  });

  it('words the tag in the language of the page’s labels', async () => {
    const html = await renderArticleBody([{ kind: 'paragraph', text: 'Le 26 janvier.', lang: 'fr', translation: null }], 'vi', 'vi');
    expect(html).toContain(
      '<span class="lang-tag" lang="vi" data-pagefind-ignore=""><span aria-hidden="true" title="Tiếng Pháp">FR</span><span class="visually-hidden">bằng tiếng Pháp: </span></span>',
    );
  });

  it('never tags either side of a translation pair: the columns already show the two languages', async () => {
    const html = await renderArticleBody(
      [
        {
          kind: 'paragraph',
          text: 'Xi is on a two-day state visit to Vietnam.',
          lang: 'en',
          translation: { text: 'Ông Tập có chuyến thăm cấp nhà nước hai ngày tới Việt Nam.', lang: 'vi' },
        },
      ],
      'en',
      'en',
    );
    expect(html).not.toContain('lang-tag');
    expect(html).toContain('<p lang="vi" class="translation">Ông Tập có chuyến thăm cấp nhà nước hai ngày tới Việt Nam.</p>');
  });
});
