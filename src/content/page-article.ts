// What the content store keeps of an article: the parts pages, feeds and the search metadata read, not the whole parse.
// Astro serialises the store, bundles it as one module and holds its source, JSON and objects in memory whole, so each
// byte kept per article is paid several times over (10 000 articles: a 49 MB store; this projection makes it 39 MB).
// Left out: provenance, dropped lines, the evidence of topics and people, and source line numbers; editors see them with
// `npm run corpus:check`, which parses the files itself.
import type { z } from 'astro/zod';
import type { Article, BodyBlock, TranslationText } from '../corpus/types.ts';
import { searchExpansion } from '../search/index-expansion.ts';
import { summaryLang } from '../site/article-summary.ts';
import { glossaryIn } from '../site/glossary-entries.ts';
import type { articleSchema } from './article-schema.ts';

/**
 * The stored article, as its schema types it. `slug`, `sourceFile`, `overridden`, `warnings` and `copies` are kept also
 * because a stored entry stands in for the parse of an unchanged file on the next build, and the corpus settles them
 * again (slug collisions, copies, warnings). `summaryLang` and `searchAliases` are worked out here once, so pages
 * only read them.
 */
export type PageArticle = z.infer<typeof articleSchema>;

/** A body block without its source line, its translation likewise. */
export type PageBlock = PageArticle['body'][number];

export type PageTranslation = NonNullable<PageArticle['titleTranslation']>;

function translation(t: TranslationText | null): PageTranslation | null {
  return t && { text: t.text, lang: t.lang };
}

function block(b: BodyBlock): PageBlock {
  if (b.kind === 'figure') return { kind: b.kind, image: b.image, caption: b.caption, credit: b.credit, lang: b.lang };
  return { kind: b.kind, text: b.text, lang: b.lang, translation: translation(b.translation) };
}

/** The page data of a parsed article (key order as in Article, so the store reads the same way). */
export function pageArticle(a: Article): PageArticle {
  return {
    slug: a.slug,
    sourceFile: a.sourceFile,
    title: a.title,
    titleTranslation: translation(a.titleTranslation),
    titleLang: a.titleLang,
    date: a.date,
    language: a.language,
    languages: a.languages,
    topics: a.topics.map(({ slug, name }) => ({ slug, name })),
    people: a.people.map(({ slug, name }) => ({ slug, name })),
    source: a.source,
    byline: a.byline,
    summary: a.summary,
    summaryLang: summaryLang(a),
    wordCount: a.wordCount,
    body: a.body.map(block),
    overridden: a.overridden,
    ...(a.copies ? { copies: a.copies } : {}),
    warnings: a.warnings,
    searchAliases: searchExpansion(a, glossaryIn),
  };
}
