// Site configuration. SITE_URL sets the absolute origin; BASE_PATH deploys the site under a sub-path (e.g. /vn-cn/).
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';

const basePath = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: basePath.endsWith('/') ? basePath : `${basePath}/`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap(), pagefindIndex()],
  // Lets several builds run side by side (the test suite) without sharing a content cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
