// What one page costs a reader before any interaction: its HTML, and the CSS and JavaScript it references or inlines.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './output-stats.ts';

export interface PageWeight {
  /** The page, relative to the output folder. */
  page: string;
  htmlBytes: number;
  /** Linked stylesheets plus inline <style>. */
  cssBytes: number;
  /** External scripts, module preloads and inline scripts (JSON and JSON-LD data blocks excluded). */
  jsBytes: number;
  cssFiles: string[];
  jsFiles: string[];
}

const ATTR = (name: string): RegExp => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
const attr = (tag: string, name: string): string | null => {
  const m = ATTR(name).exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
};
const DATA_SCRIPT = /^application\/(?:ld\+)?json$|^importmap$|^speculationrules$/i;

/** `/_astro/x.css?v=1` → `_astro/x.css` under the output folder; other origins are not ours to count. */
function localPath(href: string, basePath: string): string | null {
  if (/^[a-z]+:\/\//i.test(href) && !/^https?:\/\/(localhost|127\.0\.0\.1)/i.test(href)) return null;
  const path = href.replace(/^https?:\/\/[^/]+/i, '').split(/[?#]/)[0]!;
  if (!path.startsWith(basePath)) return null;
  return decodeURIComponent(path.slice(basePath.length));
}

function fileBytes(outDir: string, path: string | null): number {
  if (path === null) return 0;
  const file = join(outDir, path);
  return existsSync(file) && statSync(file).isFile() ? statSync(file).size : 0;
}

export function pageWeight(outDir: string, page: string, basePath = '/'): PageWeight {
  const html = readFileSync(join(outDir, page), 'utf8');
  const weight: PageWeight = { page, htmlBytes: Buffer.byteLength(html), cssBytes: 0, jsBytes: 0, cssFiles: [], jsFiles: [] };
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) {
      weight.cssFiles.push(href);
      weight.cssBytes += fileBytes(outDir, localPath(href, basePath));
    } else if (rel.includes('modulepreload')) {
      weight.jsFiles.push(href);
      weight.jsBytes += fileBytes(outDir, localPath(href, basePath));
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) weight.cssBytes += Buffer.byteLength(m[1]!);
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${m[1]}>`;
    if (DATA_SCRIPT.test(attr(tag, 'type') ?? '')) continue;
    const src = attr(tag, 'src');
    if (src) {
      weight.jsFiles.push(src);
      weight.jsBytes += fileBytes(outDir, localPath(src, basePath));
    } else weight.jsBytes += Buffer.byteLength(m[2]!);
  }
  return weight;
}

/**
 * The pages the report weighs: the median-sized one-language article (bilingual ones carry their language control's
 * script, weighed on their own), the largest article, the median bilingual one, the home page, the largest topic page,
 * the search page.
 */
export type PageKind = 'article' | 'articleLargest' | 'articleBilingual' | 'home' | 'topic' | 'search';

/** A bilingual article carries its language control's script (the reader's language control), the only script an article has. */
const isBilingual = (outDir: string, file: string): boolean => readFileSync(join(outDir, file), 'utf8').includes('data-bilingual-control');

export function representativePages(outDir: string): Record<PageKind, string | null> {
  const files = listFiles(outDir);
  const bySize = (list: string[]): string[] =>
    list
      .map((f) => ({ f, size: statSync(join(outDir, f)).size }))
      .sort((a, b) => a.size - b.size || (a.f < b.f ? -1 : 1))
      .map((x) => x.f);
  const articles = bySize(files.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f)));
  const bilingual = articles.filter((f) => isBilingual(outDir, f));
  const bilingualSet = new Set(bilingual);
  const oneLanguage = articles.filter((f) => !bilingualSet.has(f));
  const topics = bySize(files.filter((f) => /^topics\/[^/]+\/index\.html$/.test(f)));
  return {
    article: oneLanguage[Math.floor(oneLanguage.length / 2)] ?? null,
    articleLargest: articles[articles.length - 1] ?? null,
    articleBilingual: bilingual[Math.floor(bilingual.length / 2)] ?? null,
    home: files.includes('index.html') ? 'index.html' : null,
    topic: topics[topics.length - 1] ?? null,
    search: files.includes('search/index.html') ? 'search/index.html' : null,
  };
}
