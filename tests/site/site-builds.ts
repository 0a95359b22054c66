// The two site configurations the cross-cutting checks run on: the seeds at the root, and the seeds under a sub-path.
import type { BuildOptions } from '../helpers/build-site.ts';

export interface SiteConfig {
  build: BuildOptions;
  /** The base path with one trailing slash. */
  basePath: string;
  /** The origin canonical links, feeds and sitemaps use (astro.config's `site`). */
  siteOrigin: string;
}

export const SEED_SITE: SiteConfig = {
  build: { corpusDir: 'seeds', name: 'site-seeds' },
  basePath: '/',
  // astro.config.mjs falls back to this when SITE_URL is not set.
  siteOrigin: 'http://localhost:4321',
};

export const SUB_PATH_SITE: SiteConfig = {
  build: { corpusDir: 'seeds', name: 'site-sub-path', basePath: '/vn-cn/', siteUrl: 'https://example.org' },
  basePath: '/vn-cn/',
  siteOrigin: 'https://example.org',
};
