// The baseline's content: Markdown articles through Astro's own glob() loader, and the topic list through file().
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

if (!process.env.BASELINE_CONTENT_DIR) throw new Error('Set BASELINE_CONTENT_DIR to a folder written by bench/corpus-to-markdown.ts');
// Relative to where the command runs, as a reader of the command line expects (not to bench/baseline/).
const contentDir = resolve(process.env.BASELINE_CONTENT_DIR);

const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${contentDir}/articles` }),
  // YAML reads an unquoted 2025-04-14 as a timestamp.
  schema: z.object({ title: z.string(), date: z.date().nullable(), language: z.string(), topics: z.array(z.string()) }),
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.json`),
  schema: z.object({ name: z.string() }),
});

export const collections = { articles, topics };
