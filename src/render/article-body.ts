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

/** The body as an HTML string. Text is always escaped: nothing in the corpus is interpreted as markup. */
export async function renderArticleBody(body: readonly BodyBlock[]): Promise<string> {
  const hast = await processor.run(bodyToMdast(body));
  return processor.stringify(hast);
}
