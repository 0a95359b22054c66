// The "bare framework cost" reference for the benchmark: the real site's article and topic pages, built the plainest Astro way.
// Build with `npx astro build --root bench/baseline` and BASELINE_CONTENT_DIR set to the converted corpus (bench/corpus-to-markdown.ts).
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './pagefind-index.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [pagefindIndex()],
  // Same switch as the real site's config, so the benchmark can give every build a fresh cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
