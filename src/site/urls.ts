// The one place that builds site URLs, so the base path (BASE_PATH) is applied everywhere the same way.

/** The base path with exactly one trailing slash, e.g. `/` or `/vn-cn/`. */
export const basePath: string = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A site-relative path under the base path; `path` has no leading slash. */
export function withBase(path: string): string {
  return basePath + path.replace(/^\/+/, '');
}

export function articleUrl(slug: string): string {
  return withBase(`articles/${slug}/`);
}

export function topicUrl(slug: string): string {
  return withBase(`topics/${slug}/`);
}

export function personUrl(slug: string): string {
  return withBase(`people/${slug}/`);
}

/** An absolute URL on the configured site (canonical links, feeds, sitemap). */
export function absoluteUrl(sitePath: string, site: URL | undefined): string {
  return new URL(sitePath, site ?? 'http://localhost:4321').href;
}
