// A build's articles.json, the published list of every article, read with the fields the robustness tests compare.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PublicArticle {
  id: string;
  sourceFile: string;
  url: string;
  slug: string;
  title: string;
  summary: string;
  byline: string | null;
  source: { name: string | null; url: string | null } | null;
  topics: { slug: string; name: string }[];
}

export function readArticlesJson(outDir: string): PublicArticle[] {
  return (JSON.parse(readFileSync(join(outDir, 'articles.json'), 'utf8')) as { articles: PublicArticle[] }).articles;
}

/** The article built from `sourceFile`; throws (failing the test with the name) when there is none. */
export function bySourceFile(articles: readonly PublicArticle[], sourceFile: string): PublicArticle {
  const found = articles.find((a) => a.sourceFile === sourceFile);
  if (!found) throw new Error(`no article from ${sourceFile} in articles.json`);
  return found;
}
