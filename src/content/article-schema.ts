// The zod schema every article entry must satisfy before a page is built from it: the page data the loader stores
// (src/content/page-article.ts), not the whole parse. Its type is the stored article's type.
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../corpus/slug-shape.ts';

const language = z.enum(['en', 'vi', 'fr', 'zh', 'und']);
const translation = z.object({ text: z.string(), lang: language });
const ref = z.object({ slug: z.string().regex(SLUG_PATTERN), name: z.string() });
const problem = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  file: z.string(),
  line: z.number().int().optional(),
  byte: z.number().int().optional(),
  message: z.string(),
  hint: z.string(),
});

const block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: z.string(), lang: language, translation: translation.nullable() }),
  z.object({ kind: z.literal('subheading'), text: z.string(), lang: language, translation: translation.nullable() }),
  z.object({
    kind: z.literal('figure'),
    image: z.string().nullable(),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
    lang: language,
  }),
]);

export const articleSchema = z.object({
  slug: z.string().regex(SLUG_PATTERN),
  sourceFile: z.string(),
  title: z.string().min(1),
  titleTranslation: translation.nullable(),
  titleLang: language,
  date: z.object({
    year: z.number().int().nullable(),
    month: z.number().int().min(1).max(12).nullable(),
    day: z.number().int().min(1).max(31).nullable(),
    precision: z.enum(['day', 'month', 'year', 'month-day', 'unknown']),
    iso: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
  }),
  language,
  languages: z.array(language).min(1),
  topics: z.array(ref),
  people: z.array(ref),
  source: z.object({ name: z.string().nullable(), url: z.url().nullable() }).nullable(),
  byline: z.string().nullable(),
  summary: z.string(),
  /** The language lists show the summary in (src/site/article-summary.ts). */
  summaryLang: language,
  wordCount: z.number().int().nonnegative(),
  body: z.array(block),
  overridden: z.array(z.string()),
  /** Other files with the same text, not published on their own. */
  copies: z.array(z.string()).optional(),
  warnings: z.array(problem),
  /** The hidden words search finds the article under: its people and the glossary entries its text uses (src/search/index-expansion.ts). */
  searchAliases: z.array(z.string()),
});
