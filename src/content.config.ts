// Content collections: the article corpus, read from CORPUS_DIR (default `seeds`).
import { defineCollection } from 'astro:content';
import { corpusLoader } from './content/corpus-loader.ts';
import { articleSchema } from './content/article-schema.ts';
import { CORPUS_DIRECTORY } from './content/corpus-path.ts';

const articles = defineCollection({
  loader: corpusLoader({ directory: CORPUS_DIRECTORY }),
  schema: articleSchema,
});

export const collections = { articles };
