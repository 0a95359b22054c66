// The views checked in a browser: the built pages, plus the search page showing results (drawn by script after load).
import type { PageType, SitePage } from '../helpers/page-inventory.ts';

export interface ReaderView {
  /** For messages and screenshot names: the page type, or `search-results`. */
  name: PageType | 'search-results';
  /** Path and query under the server origin. */
  path: string;
  /** Scripted views fetch their data after load; static pages are complete at load. */
  waitUntil: 'load' | 'networkidle';
}

/** A query that matches articles in every seed language, so results show Vietnamese, French and English text. */
const SEARCH_QUERY = 'Tô Lâm';

export function readerViews(pages: SitePage[]): ReaderView[] {
  const views: ReaderView[] = pages.map((p) => ({
    name: p.type,
    path: p.urlPath,
    waitUntil: p.type === 'search' ? 'networkidle' : 'load',
  }));
  const search = pages.find((p) => p.type === 'search');
  if (search)
    views.push({ name: 'search-results', path: `${search.urlPath}?q=${encodeURIComponent(SEARCH_QUERY)}`, waitUntil: 'networkidle' });
  return views;
}
