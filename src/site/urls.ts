// The one place that knows the shape of the site's URLs, so the base path (BASE_PATH) is applied everywhere the same way.
//
// The base path is known only to Astro's build (import.meta.env), so it is read when a URL is made, not when this module
// loads: the corpus runs in plain Node and imports the pure `…Path` functions to name a page in a message to an editor.

/** The base path with exactly one trailing slash, e.g. `/` or `/vn-cn/`. */
function basePath(): string {
  return (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');
}

/** A site-relative path under the base path; `path` has no leading slash. */
export function withBase(path: string): string {
  return basePath() + path.replace(/^\/+/, '');
}

/** An article's path from the site's root, without the base path: `/articles/<slug>/`. Pure, for messages outside Astro. */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

export function articleUrl(slug: string): string {
  return withBase(articlePath(slug));
}

export function topicUrl(slug: string): string {
  return withBase(`topics/${slug}/`);
}

export function personUrl(slug: string): string {
  return withBase(`people/${slug}/`);
}

/**
 * The route parameter of page `n` of a paginated list under its permanent URL: none for page 1 (the list's own URL),
 * `page/<n>` after it. The pages' `[...page]` routes and the URL functions below both use it.
 */
export function pageParam(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`page number must be a positive integer, got ${n}`);
  return n === 1 ? undefined : `page/${n}`;
}

function pagedUrl(listPath: string, n: number): string {
  const param = pageParam(n);
  return withBase(param === undefined ? listPath : `${listPath}${param}/`);
}

/** Page `n` of a topic's articles: page 1 is topicUrl(slug), later ones `/topics/<slug>/page/<n>/`. */
export function topicPageUrl(slug: string, n: number): string {
  return pagedUrl(`topics/${slug}/`, n);
}

/** Page `n` of a person's articles: page 1 is personUrl(slug), later ones `/people/<slug>/page/<n>/`. */
export function personPageUrl(slug: string, n: number): string {
  return pagedUrl(`people/${slug}/`, n);
}

/** An absolute URL on the configured site (canonical links, feeds, sitemap). */
export function absoluteUrl(sitePath: string, site: URL | undefined): string {
  return new URL(sitePath, site ?? 'http://localhost:4321').href;
}

export function topicsIndexUrl(): string {
  return withBase('topics/');
}

export function peopleIndexUrl(): string {
  return withBase('people/');
}

export function archiveUrl(): string {
  return withBase('archive/');
}

/** Page `n` of a part of the archive (a year, `year-not-stated`, `undated`): `/archive/<part>/`, then `/archive/<part>/page/<n>/`. */
export function archivePartPageUrl(part: string, n = 1): string {
  return pagedUrl(`archive/${part}/`, n);
}

/** The site-wide RSS 2.0 feed. */
export function rssFeedUrl(): string {
  return withBase('rss.xml');
}

/** The site-wide JSON Feed 1.1. */
export function jsonFeedUrl(): string {
  return withBase('feed.json');
}

/** One topic's RSS 2.0 feed. */
export function topicFeedUrl(slug: string): string {
  return withBase(`topics/${slug}/rss.xml`);
}

/** Every article as public data (title, dates, topics, …), written by the build at the root of the base path. */
export function articlesJsonUrl(): string {
  return withBase('articles.json');
}

/** Written by @astrojs/sitemap at the root of the base path. */
export function sitemapIndexUrl(): string {
  return withBase('sitemap-index.xml');
}

/** The search page; a search's parameters (`?q=…`) are appended to it. */
export function searchUrl(): string {
  return withBase('search/');
}

/** The Pagefind bundle (search index and its script), written by the build under the base path. */
export function searchBundleUrl(): string {
  return withBase('pagefind/');
}
