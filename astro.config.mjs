// Site configuration. SITE_URL sets the absolute origin; BASE_PATH deploys the site under a sub-path (e.g. /vn-cn/).
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

const basePath = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: basePath.endsWith('/') ? basePath : `${basePath}/`,
  trailingSlash: 'always',
  // Stylesheets and scripts are always files, never inlined, so the Content-Security-Policy (src/site/content-security-policy.ts)
  // can allow only the site's own files and no inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // The search index is written after the build by src/cli/build.ts (`npm run build`), once Astro has exited.
  integrations: [sitemap()],
  // A rebuild renders again only the article pages whose content changed (the key in src/site/page-cache-key.ts) and
  // copies the others from Astro's cache. INCREMENTAL_BUILD=0 turns it off: the bundle step then holds less memory.
  experimental: { incrementalBuild: process.env.INCREMENTAL_BUILD !== '0' },
  // Lets several builds run side by side (the test suite) without sharing a content cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
