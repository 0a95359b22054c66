// The site configurations the cross-cutting checks run on: the seeds at the root, the seeds under a sub-path, and the
// seeds with the interface in each other language.
import type { BuildOptions } from '../helpers/build-site.ts';

export interface SiteConfig {
  build: BuildOptions;
  /** The base path with one trailing slash. */
  basePath: string;
  /** The origin canonical links, feeds and sitemaps use (astro.config's `site`). */
  siteOrigin: string;
  /** The bases of the same site in the other interface languages (UI_LANG_SITES), which the footer links to. */
  otherLanguageBases?: string[];
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

/** The languages the interface is built in besides the default (English, with article pages in their own language). */
export const OTHER_UI_LANGS = ['vi', 'fr', 'zh'] as const;

const LANGUAGE_SITES = { en: '/en/', vi: '/vi/', fr: '/fr/', zh: '/zh/' };

/** The seeds with the whole interface in `lang` (UI_LANG), linking to the same site in the other languages. */
export function uiLangSite(lang: (typeof OTHER_UI_LANGS)[number]): SiteConfig {
  const uiLangSites = Object.entries(LANGUAGE_SITES)
    .map(([code, base]) => `${code}=${base}`)
    .join(',');
  return {
    build: { corpusDir: 'seeds', name: `site-seeds-${lang}`, uiLang: lang, uiLangSites },
    basePath: '/',
    siteOrigin: 'http://localhost:4321',
    otherLanguageBases: Object.entries(LANGUAGE_SITES).flatMap(([code, base]) => (code === lang ? [] : [base])),
  };
}

/** The Vietnamese build, which the cross-cutting checks run on besides the default one. */
export const VI_SITE = uiLangSite('vi');
