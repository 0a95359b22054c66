// Every HTML page of a built site, with its URL path and its page type read from that path.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const PAGE_TYPES = [
  'home',
  'article',
  'topics-index',
  'topic',
  'people-index',
  'person',
  'archive',
  'search',
  '404',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface SitePage {
  type: PageType;
  /** The file, relative to the output folder, with `/` separators: `articles/x/index.html`. */
  file: string;
  /** Absolute path of the file. */
  absoluteFile: string;
  /** The path a reader requests, under the base path: `/vn-cn/articles/x/`, `/vn-cn/404.html`. */
  urlPath: string;
}

/** The page type of a file path relative to the output folder (no base path). */
export function classifyPage(file: string): PageType {
  const parts = file.split('/');
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  const [section, second, third] = parts;
  const isIndexOf = (name: string): boolean => section === name && second === 'index.html' && parts.length === 2;
  const isChildOf = (name: string): boolean => section === name && third === 'index.html' && parts.length === 3;
  if (isChildOf('articles')) return 'article';
  if (isIndexOf('topics')) return 'topics-index';
  // Later pages of a paginated list: topics/<slug>/page/<n>/index.html.
  const isPageOf = (name: string): boolean => section === name && parts[2] === 'page' && parts[4] === 'index.html' && parts.length === 5;
  if (isChildOf('topics') || isPageOf('topics')) return 'topic';
  if (isIndexOf('people')) return 'people-index';
  if (isChildOf('people') || isPageOf('people')) return 'person';
  // Archive sub-pages (a year, a month) are archive pages too.
  if (section === 'archive' && file.endsWith('index.html')) return 'archive';
  if (isIndexOf('search')) return 'search';
  return 'other';
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Files of the output folder whose name ends with one of `extensions`, relative with `/` separators, sorted. */
export function listOutputFiles(outDir: string, extensions: string[]): string[] {
  return listFiles(outDir)
    .map((file) => relative(outDir, file).split(sep).join('/'))
    .filter((file) => extensions.some((ext) => file.endsWith(ext)))
    .sort();
}

/** The URL path a static host serves `file` at: `a/index.html` → `<base>a/`. */
function urlPathOf(file: string, basePath: string): string {
  return basePath + (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file);
}

/** Every HTML page of the output folder, sorted by file path. */
export function listPages(outDir: string, basePath = '/'): SitePage[] {
  return listOutputFiles(outDir, ['.html']).map((file) => ({
    type: classifyPage(file),
    file,
    absoluteFile: join(outDir, file),
    urlPath: urlPathOf(file, basePath),
  }));
}

/** One page per type (the first by path), for checks too slow to run on every page. */
export function onePagePerType(pages: SitePage[]): SitePage[] {
  const seen = new Map<PageType, SitePage>();
  for (const page of pages) if (!seen.has(page.type)) seen.set(page.type, page);
  return [...seen.values()];
}

/** Every article (each differs: language, translations, figures) plus one page of every other type. */
export function everyArticleAndOnePerOtherType(pages: SitePage[]): SitePage[] {
  return [...pages.filter((p) => p.type === 'article'), ...onePagePerType(pages.filter((p) => p.type !== 'article'))];
}
