// Read a build's articles.json: the published list of articles with their URL and language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PublishedArticle {
  url: string;
  slug: string;
  title: string;
  language: string;
  languages: string[];
  summary: string;
  wordCount: number;
  sourceFile: string;
  topics: { slug: string; name: string }[];
  people: { slug: string; name: string }[];
}

export function readPublishedArticles(outDir: string): PublishedArticle[] {
  return (JSON.parse(readFileSync(join(outDir, 'articles.json'), 'utf8')) as { articles: PublishedArticle[] }).articles;
}
