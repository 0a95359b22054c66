// Decide whether a URL points into the built site and, if so, which output file a static host would serve for it.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteLocation {
  outDir: string;
  /** The base path with one trailing slash: `/` or `/vn-cn/`. */
  basePath: string;
  /** Origins that mean "this site": the test server's and the configured `site` (canonical links, feeds). */
  internalOrigins: string[];
  /**
   * Where the same site is built in the other interface languages (UI_LANG_SITES), on the same origin: every build has the
   * same paths, so a page there is checked against this build's files.
   */
  otherLanguageBases?: string[];
}

export type Resolution = { kind: 'external' } | { kind: 'file'; file: string } | { kind: 'broken'; reason: string };

/** A loopback URL that is not this site: a build that ignored SITE_URL, or a dev-server address left in the output. */
export function isStrayLocalUrl(url: URL, site: SiteLocation): boolean {
  return /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname) && !site.internalOrigins.includes(url.origin);
}

/** Where `url` leads on the built site: outside it, to an output file (relative path), or nowhere (with the reason). */
export function resolveInternalUrl(url: URL, site: SiteLocation): Resolution {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'external' };
  if (!site.internalOrigins.includes(url.origin)) return { kind: 'external' };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'broken', reason: `the path ${url.pathname} is not valid percent-encoding` };
  }
  const otherBuild = site.otherLanguageBases?.find((base) => path.startsWith(base));
  if (otherBuild) path = site.basePath + path.slice(otherBuild.length);
  if (!path.startsWith(site.basePath)) return { kind: 'broken', reason: `${path} is outside the base path ${site.basePath}` };
  const relative = path.slice(site.basePath.length);
  if (relative.split('/').includes('..')) return { kind: 'broken', reason: `${path} climbs out of the site` };
  const onDisk = join(site.outDir, relative);
  if (relative === '' || relative.endsWith('/')) {
    const index = join(relative, 'index.html');
    return existsSync(join(site.outDir, index)) ? { kind: 'file', file: index } : { kind: 'broken', reason: `no ${index} in the output` };
  }
  if (!existsSync(onDisk)) return { kind: 'broken', reason: `no ${relative} in the output` };
  if (statSync(onDisk).isDirectory()) {
    // trailingSlash: 'always' — a link without the slash costs a redirect, and some hosts serve nothing.
    return { kind: 'broken', reason: `${path} is a folder: link to ${path}/` };
  }
  return { kind: 'file', file: relative };
}
