// Render an article's body through unified: our blocks become mdast, remark-rehype makes hast, rehype-stringify writes HTML.
import type { Element, ElementContent } from 'hast';
import type { BlockContent, Blockquote, Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkRehype, { type defaultHandlers } from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { LanguageCode } from '../corpus/types.ts';
import type { PageBlock as BodyBlock, PageTranslation as TranslationText } from '../content/page-article.ts';
import { translator } from '../i18n/translate.ts';
import type { UiLang } from '../i18n/ui-languages.ts';

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

/**
 * A small "FR" badge that opens a block in another language than the page's, so a reader sees where the language
 * changes. The code is only seen; "in French" is what a screen reader says, in the language of the page's labels; search
 * leaves both out of the article's text.
 */
function languageTag(lang: LanguageCode, labels: UiLang): PhrasingContent {
  const span = (hProperties: Record<string, string | string[]>, children: PhrasingContent[]): PhrasingContent => ({
    type: 'emphasis',
    data: { hName: 'span', hProperties },
    children,
  });
  const tr = translator(labels);
  return span({ className: ['lang-tag'], lang: labels, dataPagefindIgnore: '' }, [
    // The code's name on hover, for a reader who does not know "VI"; screen readers have the words below instead.
    span({ ariaHidden: 'true', title: tr.languageLabel(lang) }, [{ type: 'text', value: lang.toUpperCase() }]),
    span({ className: ['visually-hidden'] }, [
      { type: 'text', value: `${tr.t('article.inLanguage', { language: tr.languageName(lang) })} ` },
    ]),
  ]);
}

/** What a block's language is compared with to tag it: the page's language, and the language its labels are written in. */
interface Tagging {
  pageLang: LanguageCode;
  labels: UiLang;
}

/** The block's text, after a language tag when its language is known and differs from the page's. */
function textWithTag(text: string, lang: LanguageCode, tagging: Tagging | null): PhrasingContent[] {
  const value: PhrasingContent = { type: 'text', value: text };
  return tagging === null || lang === 'und' || lang === tagging.pageLang ? [value] : [languageTag(lang, tagging.labels), value];
}

function paragraph(text: string, lang: LanguageCode, className: string[] = [], tagging: Tagging | null = null): Paragraph {
  const hProperties = className.length ? { ...textProps(text, lang), className } : textProps(text, lang);
  return { type: 'paragraph', data: { hProperties }, children: textWithTag(text, lang, tagging) };
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

function bodyToMdast(body: readonly BodyBlock[], tagging: Tagging): Root {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every block kind; TypeScript checks it returns on every path.
  const children: RootContent[] = body.map((block): RootContent => {
    // A pair's columns already show its two languages side by side: only a block on its own is tagged.
    const tagAgainst = block.kind !== 'figure' && !block.translation ? tagging : null;
    switch (block.kind) {
      case 'paragraph': {
        const p = paragraph(block.text, block.lang, block.translation ? ['original'] : [], tagAgainst);
        return block.translation ? translationPair(p, block.translation) : p;
      }
      case 'subheading': {
        const h: Heading = {
          type: 'heading',
          depth: 2,
          data: { hProperties: textProps(block.text, block.lang) },
          children: textWithTag(block.text, block.lang, tagAgainst),
        };
        return block.translation ? translationPair(h, block.translation) : h;
      }
      case 'figure': {
        const parts: Paragraph[] = [];
        if (block.caption) parts.push(paragraph(block.caption, 'und', ['caption']));
        if (block.credit) parts.push(paragraph(block.credit, 'und', ['credit']));
        const caption = container('figcaption', [], parts, langProps(block.lang));
        // The corpus names images but ships none: keep the name as data, never as a broken <img>, and say so plainly
        // to the eye (a screen reader has nothing to miss).
        const note: Paragraph = {
          type: 'paragraph',
          data: { hProperties: { className: ['figure-note'], lang: tagging.labels, ariaHidden: 'true', dataPagefindIgnore: '' } },
          children: [{ type: 'text', value: translator(tagging.labels).t('article.photoNotIncluded') }],
        };
        return container('figure', ['figure'], [note, caption as BlockContent], block.image ? { dataImage: block.image } : {});
      }
    }
  });
  return { type: 'root', children };
}

type State = Parameters<typeof defaultHandlers.paragraph>[0];

/**
 * The element for a node of ours: its `hName` and `hProperties` as they are. remark-rehype's own handlers copy each
 * node's `hProperties` with `structuredClone`, a third of the body's rendering at 10 000 articles; ours are made afresh
 * for every render (bodyToMdast), so nothing else holds them.
 */
function element(state: State, node: Paragraph | Heading | Blockquote, tagName: string, children: ElementContent[]): Element {
  const data = node.data as { hName?: string; hProperties?: Element['properties'] } | undefined;
  const result: Element = { type: 'element', tagName: data?.hName ?? tagName, properties: data?.hProperties ?? {}, children };
  state.patch(node, result);
  return result;
}

const handlers = {
  paragraph: (state: State, node: Paragraph) => element(state, node, 'p', state.all(node)),
  heading: (state: State, node: Heading) => element(state, node, `h${node.depth}`, state.all(node)),
  // As remark-rehype's blockquote: its children on lines of their own.
  blockquote: (state: State, node: Blockquote) => element(state, node, 'blockquote', state.wrap(state.all(node), true)),
};

const processor = unified().use(remarkRehype, { handlers }).use(rehypeStringify);

/**
 * The body as an HTML string. Text is always escaped: nothing in the corpus is interpreted as markup. `pageLang` is
 * the language of the page around the body: a block on its own in another language opens with a tag naming it, for screen
 * readers in the `labels` language.
 */
export async function renderArticleBody(body: readonly BodyBlock[], pageLang: LanguageCode, labels: UiLang): Promise<string> {
  const hast = await processor.run(bodyToMdast(body, { pageLang, labels }));
  return processor.stringify(hast);
}
