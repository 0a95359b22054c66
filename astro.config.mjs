// Site configuration. SITE_URL sets the absolute origin; BASE_PATH deploys the site under a sub-path (e.g. /vn-cn/).
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { CORPUS_DIRECTORY } from './src/content/corpus-path.ts';
import { unwatchedOutput } from './src/content/dev-watch.ts';

const basePath = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: basePath.endsWith('/') ? basePath : `${basePath}/`,
  trailingSlash: 'always',
  // Stylesheets and scripts are always files, never inlined, so the Content-Security-Policy (src/site/content-security-policy.ts)
  // can allow only the site's own files and no inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: { assetsInlineLimit: 0 },
    server: { watch: { ignored: [unwatchedOutput(import.meta.dirname, CORPUS_DIRECTORY)] } },
  },
  // The search index is written after the build by src/cli/build.ts (`npm run build`), once Astro has exited.
  integrations: [sitemap()],
  // A rebuild renders again only the article pages whose content changed (the key in src/site/page-cache-key.ts) and
  // copies the others from Astro's cache. INCREMENTAL_BUILD=0 turns it off: the bundle step then holds less memory.
  // `astro dev` keeps the content store in parts of 20 MB: Vite's transform of a store held in one module fails past
  // about 300 MB (100 000 articles; its parser cannot hand back the syntax tree), and Astro then serves a site without
  // articles and without a word. A build bundles the store without that transform and keeps it whole, which holds less
  // memory (2.42 against 2.78 GB at 10 000 articles).
  experimental: {
    incrementalBuild: process.env.INCREMENTAL_BUILD !== '0',
    collectionStorage: process.argv[2] === 'dev' ? 'chunked' : 'single-file',
  },
  // Lets several builds run side by side (the test suite) without sharing a content cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
