// Content collections: the article corpus, read from CORPUS_DIR (default `seeds`).
import { defineCollection } from 'astro:content';
import { corpusLoader } from './content/corpus-loader.ts';
import { articleSchema } from './content/article-schema.ts';

const articles = defineCollection({
  loader: corpusLoader({ directory: process.env.CORPUS_DIR || 'seeds' }),
  schema: articleSchema,
});

export const collections = { articles };
