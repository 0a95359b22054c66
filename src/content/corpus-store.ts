// The loader's side of Astro's data store: stored articles read back as typed page data, and a settled corpus written
// into the store so that it holds exactly the corpus's articles, each set again only when what it stores has changed.
import { join, relative, sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import type { CorpusResult } from '../corpus/parse-corpus.ts';
import { articleSchema } from './article-schema.ts';
import type { PageArticle } from './page-article.ts';

/** A stored article, the digest it was stored under (src/content/parser-fingerprint.ts) and its file's path. */
export interface StoredArticle {
  digest: string;
  filePath: string | undefined;
  article: PageArticle;
}

/**
 * Data the schema accepts. A store written by another version of the loader may hold entries of another shape; they
 * are parsed again rather than trusted.
 */
function isPageArticle(data: Record<string, unknown>): data is PageArticle {
  return articleSchema.safeParse(data).success;
}

/** The stored articles by source file. */
export function storedArticles(store: LoaderContext['store']): Map<string, StoredArticle> {
  const byFile = new Map<string, StoredArticle>();
  for (const { data, digest, filePath } of store.values()) {
    if (typeof digest === 'string' && isPageArticle(data)) byFile.set(data.sourceFile, { digest, filePath, article: data });
  }
  return byFile;
}

/** Where the store's entries live: the corpus folder, and the project root their `filePath` is relative to. */
export interface StoreFolder {
  directory: string;
  root: string;
}

/**
 * Makes the store hold exactly `result.articles`. `digests` are the files' digests by source file, `stored` what the
 * store held by source file. Returns what it holds now, likewise: the objects the store holds, so a caller keeping
 * them adds no copy.
 */
export async function writeStore(
  result: CorpusResult<PageArticle>,
  digests: ReadonlyMap<string, string>,
  stored: ReadonlyMap<string, StoredArticle>,
  folder: StoreFolder,
  { store, parseData }: Pick<LoaderContext, 'store' | 'parseData'>,
): Promise<Map<string, StoredArticle>> {
  const keep = new Set(result.articles.map((a) => a.slug));
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  const written = new Map<string, StoredArticle>();
  for (const article of result.articles) {
    const digest = digests.get(article.sourceFile)!;
    const absolutePath = join(folder.directory, article.sourceFile);
    // As glob() sets it: relative to the project root, `/`-separated.
    const filePath = relative(folder.root, absolutePath).split(sep).join('/');
    const earlier = stored.get(article.sourceFile);
    if (earlier && earlier.article.slug === article.slug && earlier.filePath === filePath && sameSettling(earlier, digest, article)) {
      written.set(article.sourceFile, earlier);
      continue;
    }
    // Only the page data (src/content/page-article.ts), and no rendered HTML: the article page renders the body
    // (src/render/article-body.ts) the one time it is needed. Astro serialises the store, bundles it and holds it in
    // memory whole, so every byte kept here is paid several times.
    const data = await parseData({ id: article.slug, data: article, filePath: absolutePath });
    store.set({ id: article.slug, data, digest, filePath });
    written.set(article.sourceFile, { digest, filePath, article: data });
  }
  return written;
}

/**
 * The same bytes under the same URL, settled the same way: the copies it stands for and the warnings settling gives
 * (another file claiming its first URL) can change while its own file does not.
 */
function sameSettling(earlier: StoredArticle, digest: string, article: PageArticle): boolean {
  return (
    earlier.digest === digest &&
    (earlier.article.copies ?? []).join('\n') === (article.copies ?? []).join('\n') &&
    JSON.stringify(earlier.article.warnings) === JSON.stringify(article.warnings)
  );
}
