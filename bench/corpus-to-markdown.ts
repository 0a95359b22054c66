// `node bench/corpus-to-markdown.ts <corpus> <out>`: the corpus as Markdown with frontmatter, for the bare baseline site.
// Titles, slugs and topics come from the real corpus library, so both sites publish the same set of pages.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { createCorpusContext } from '../src/corpus/context.ts';
import { parseCorpus } from '../src/corpus/parse-corpus.ts';
import type { Article, BodyBlock } from '../src/corpus/types.ts';

/** Characters Markdown would read as syntax: escaped so the text renders as written. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/^(\d+)\. /, '$1\\. ')
    .replace(/^([-+]) /, '\\$1 ');
}

function blockToMarkdown(block: BodyBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return [block.text, block.translation?.text]
        .filter((t): t is string => Boolean(t))
        .map(escapeMarkdown)
        .join('\n\n');
    case 'subheading':
      return `## ${escapeMarkdown(block.text)}`;
    case 'figure':
      return [block.caption && `_${escapeMarkdown(block.caption)}_`, block.credit && escapeMarkdown(block.credit)]
        .filter(Boolean)
        .join(' ');
  }
}

function articleToMarkdown(article: Article): string {
  const frontmatter = {
    title: article.title,
    date: article.date.iso,
    language: article.language === 'und' ? 'en' : article.language,
    topics: article.topics.map((t) => t.slug),
  };
  return `---\n${stringify(frontmatter)}---\n\n${article.body
    .map(blockToMarkdown)
    .filter((b) => b !== '')
    .join('\n\n')}\n`;
}

/** Writes `<slug>.md` per article and `topics.json` (every taxonomy topic, as the real site makes a page for each). */
function convertCorpus(corpusDir: string, outDir: string): { articles: number } {
  const ctx = createCorpusContext();
  const result = parseCorpus(corpusDir, ctx);
  if (result.errors.length > 0)
    throw new Error(`${corpusDir}: ${result.errors.length} files do not parse; run npm run corpus:check -- ${corpusDir}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'articles'), { recursive: true });
  for (const article of result.articles) writeFileSync(join(outDir, 'articles', `${article.slug}.md`), articleToMarkdown(article));
  const topics = [...ctx.topicsBySlug.values()].map((t) => ({ id: t.slug, name: t.name }));
  writeFileSync(join(outDir, 'topics.json'), `${JSON.stringify(topics, null, 1)}\n`);
  return { articles: result.articles.length };
}

/** This file, run as a command by the benchmark: a conversion that runs out of memory then ends its own process only. */
export const CONVERT_CORPUS_CLI = import.meta.filename;

function main(): void {
  const [corpus, out] = process.argv.slice(2);
  if (!corpus || !out) {
    console.error('usage: node bench/corpus-to-markdown.ts <corpus folder> <markdown folder>');
    process.exit(2);
  }
  const { articles } = convertCorpus(resolve(corpus), resolve(out));
  console.log(`${articles} articles written as Markdown to ${out}`);
}

if (import.meta.main) main();
