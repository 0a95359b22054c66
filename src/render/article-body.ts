// Render an article's body through unified: our blocks become mdast, remark-rehype makes hast, rehype-stringify writes HTML.
import type { BlockContent, Heading, Paragraph, Root, RootContent } from 'mdast';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { LanguageCode } from '../corpus/types.ts';
import type { PageBlock as BodyBlock, PageTranslation as TranslationText } from '../content/page-article.ts';

/** `und` gets no attribute: the block then inherits the article's language from its container. */
function langProps(lang: LanguageCode): Record<string, string> {
  return lang === 'und' ? {} : { lang };
}

// Scripts written right to left. A quoted Arabic or Hebrew passage gets `dir="auto"`: the browser takes its direction
// from its first strong character, so the passage reads right to left and a line that opens in Latin stays left to right.
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/** `lang` (see langProps) plus `dir="auto"` when the text holds right-to-left script. */
function textProps(text: string, lang: LanguageCode): Record<string, string> {
  return RIGHT_TO_LEFT.test(text) ? { ...langProps(lang), dir: 'auto' } : langProps(lang);
}

function paragraph(text: string, lang: LanguageCode, className: string[] = []): Paragraph {
  const hProperties = className.length ? { ...textProps(text, lang), className } : textProps(text, lang);
  return { type: 'paragraph', data: { hProperties }, children: [{ type: 'text', value: text }] };
}

/** A container rendered as a given element; mdast has no generic block, so a blockquote is renamed through `data.hName`. */
function container(hName: string, className: string[], children: BlockContent[], extra: Record<string, string> = {}): RootContent {
  const hProperties = className.length ? { className, ...extra } : extra;
  return { type: 'blockquote', data: { hName, hProperties }, children };
}

function translationPair(original: Paragraph | Heading, translation: TranslationText): RootContent {
  return container('div', ['pair'], [original, paragraph(translation.text, translation.lang, ['translation'])], {
    dataPair: '',
  });
}

export function bodyToMdast(body: readonly BodyBlock[]): Root {
  const children: RootContent[] = body.map((block): RootContent => {
    switch (block.kind) {
      case 'paragraph': {
        const p = paragraph(block.text, block.lang, block.translation ? ['original'] : []);
        return block.translation ? translationPair(p, block.translation) : p;
      }
      case 'subheading': {
        const h: Heading = { type: 'heading', depth: 2, data: { hProperties: textProps(block.text, block.lang) }, children: [{ type: 'text', value: block.text }] };
        return block.translation ? translationPair(h, block.translation) : h;
      }
      case 'figure': {
        const parts: Paragraph[] = [];
        if (block.caption) parts.push(paragraph(block.caption, 'und', ['caption']));
        if (block.credit) parts.push(paragraph(block.credit, 'und', ['credit']));
        const caption = container('figcaption', [], parts, langProps(block.lang));
        // The corpus names images but ships none: keep the name as data, never as a broken <img>.
        return container('figure', ['figure'], [caption as BlockContent], block.image ? { dataImage: block.image } : {});
      }
    }
  });
  return { type: 'root', children };
}

const processor = unified().use(remarkRehype).use(rehypeStringify);

/** The body as HTML through unified: the reference `renderArticleBody` writes the same bytes as, and its fallback. */
export async function renderArticleBodyWithUnified(body: readonly BodyBlock[]): Promise<string> {
  const hast = await processor.run(bodyToMdast(body));
  return processor.stringify(hast);
}

// The HTML that unified makes of these few shapes, written directly: 2-3 s less page generation at 10 000 articles
// (mdast, hast and their walks per article). Escapes as hast-util-to-html's defaults: in text `<` and `&`, in
// double-quoted attribute values NUL, `"`, `&`, `'` and backtick, as uppercase hexadecimal references.
const TEXT_ESCAPES = /[<&]/g;
const ATTRIBUTE_ESCAPES = /[\0"&'`]/g;
// mdast-util-to-hast trims spaces and tabs around line breaks inside text; a body with any line break in its text
// goes through unified instead (the parser gives none: it splits lines into blocks).
const LINE_BREAK = /[\r\n]/;

function reference(char: string): string {
  return `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`;
}

function escapeText(text: string): string {
  return text.replace(TEXT_ESCAPES, reference);
}

function attribute(name: string, value: string): string {
  return ` ${name}="${value.replace(ATTRIBUTE_ESCAPES, reference)}"`;
}

/** `lang` unless `und`, then `dir="auto"` for right-to-left script, as textProps; then the classes. */
function textAttributes(text: string, lang: LanguageCode, className = ''): string {
  let out = lang === 'und' ? '' : attribute('lang', lang);
  if (RIGHT_TO_LEFT.test(text)) out += attribute('dir', 'auto');
  return className ? out + attribute('class', className) : out;
}

function paragraphHtml(text: string, lang: LanguageCode, className = ''): string {
  return `<p${textAttributes(text, lang, className)}>${escapeText(text)}</p>`;
}

function pairHtml(original: string, translation: TranslationText): string {
  return `<div class="pair" data-pair="">\n${original}\n${paragraphHtml(translation.text, translation.lang, 'translation')}\n</div>`;
}

function blockHtml(block: BodyBlock): string {
  switch (block.kind) {
    case 'paragraph': {
      const p = paragraphHtml(block.text, block.lang, block.translation ? 'original' : '');
      return block.translation ? pairHtml(p, block.translation) : p;
    }
    case 'subheading': {
      const h = `<h2${textAttributes(block.text, block.lang)}>${escapeText(block.text)}</h2>`;
      return block.translation ? pairHtml(h, block.translation) : h;
    }
    case 'figure': {
      const parts: string[] = [];
      if (block.caption) parts.push(paragraphHtml(block.caption, 'und', 'caption'));
      if (block.credit) parts.push(paragraphHtml(block.credit, 'und', 'credit'));
      const caption = `<figcaption${block.lang === 'und' ? '' : attribute('lang', block.lang)}>\n${parts.map((part) => `${part}\n`).join('')}</figcaption>`;
      return `<figure${attribute('class', 'figure')}${block.image ? attribute('data-image', block.image) : ''}>\n${caption}\n</figure>`;
    }
  }
}

function hasLineBreak(block: BodyBlock): boolean {
  if (block.kind === 'figure') return LINE_BREAK.test(block.caption ?? '') || LINE_BREAK.test(block.credit ?? '');
  return LINE_BREAK.test(block.text) || (block.translation !== null && LINE_BREAK.test(block.translation.text));
}

/** The body as an HTML string. Text is always escaped: nothing in the corpus is interpreted as markup. */
export async function renderArticleBody(body: readonly BodyBlock[]): Promise<string> {
  if (body.some(hasLineBreak)) return renderArticleBodyWithUnified(body);
  return body.map(blockHtml).join('\n');
}
