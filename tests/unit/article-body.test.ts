// The body renderer: paragraphs carry their language, translation pairs are marked up, text is never markup.
import { describe, expect, it } from 'vitest';
import { renderArticleBody, renderArticleBodyWithUnified } from '../../src/render/article-body.ts';
import type { PageBlock } from '../../src/content/page-article.ts';
import type { LanguageCode } from '../../src/corpus/types.ts';
import type { BodyBlock } from '../../src/corpus/types.ts';

describe('renderArticleBody', () => {
  it('marks a paragraph and its translation as a pair, each with its own lang', async () => {
    const body: BodyBlock[] = [
      { kind: 'paragraph', text: 'Vietnam and China would also establish a railway cooperation committee.', lang: 'en', line: 3, translation: { text: 'Việt Nam và Trung Quốc cũng sẽ thành lập một ủy ban hợp tác đường sắt.', lang: 'vi', line: 5 } },
    ];
    const html = await renderArticleBody(body);
    expect(html).toContain('<div class="pair" data-pair="">');
    expect(html).toContain('<p lang="en" class="original">Vietnam and China would also establish a railway cooperation committee.</p>');
    expect(html).toContain('<p lang="vi" class="translation">Việt Nam và Trung Quốc cũng sẽ thành lập một ủy ban hợp tác đường sắt.</p>');
  });

  it('renders subheadings as h2 and figures as captions with credits, never as an <img>', async () => {
    const html = await renderArticleBody([
      { kind: 'subheading', text: 'A catalyst for Vietnam - China relations', lang: 'en', translation: null },
      { kind: 'figure', image: 'agibot 76375.png', caption: 'A robot cashier at a supermarket in China.', credit: 'Photo: Agibot', lang: 'en' },
    ]);
    expect(html).toContain('<h2 lang="en">A catalyst for Vietnam - China relations</h2>');
    expect(html).toContain('data-image="agibot 76375.png"');
    expect(html).toContain('<figcaption lang="en">');
    expect(html).toContain('A robot cashier at a supermarket in China.');
    expect(html).toContain('Photo: Agibot');
    expect(html).not.toContain('<img');
  });

  it('shows HTML and template syntax from the corpus as text', async () => {
    const text = `<script>alert('x')</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a> {{ title }} \${env} ]]>`;
    const html = await renderArticleBody([{ kind: 'paragraph', text, lang: 'en', translation: null }]);
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html).toContain('&#x3C;script>');
    expect(html).toContain('{{ title }} ${env} ]]>');
  });

  it('writes the same bytes as unified would, for every block shape and hostile text', async () => {
    const texts = ['', 'a<b&c>d"e\'f`g\0h', '&amp; &#x3C; ]]> {{x}}', 'مرحبا بالعالم', 'Hello שלום', '\u2028 \t x', '😀 𝒳 \ud800', 'line\n  break', 'cr\r\nlf'];
    const langs: LanguageCode[] = ['en', 'vi', 'zh', 'fr', 'und'];
    let k = 0;
    for (const t of texts) {
      for (const u of texts) {
        const lang = langs[k++ % langs.length]!;
        const other = langs[k % langs.length]!;
        const body: PageBlock[] = [
          { kind: 'paragraph', text: t, lang, translation: null },
          { kind: 'paragraph', text: t, lang, translation: { text: u, lang: other } },
          { kind: 'subheading', text: u, lang: other, translation: k % 2 ? null : { text: t, lang } },
          { kind: 'figure', image: t || null, caption: u || null, credit: t || null, lang },
          { kind: 'figure', image: null, caption: null, credit: null, lang: other },
        ];
        expect(await renderArticleBody(body)).toBe(await renderArticleBodyWithUnified(body));
      }
    }
    expect(await renderArticleBody([])).toBe(await renderArticleBodyWithUnified([]));
  });
});
