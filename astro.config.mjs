// Site configuration. SITE_URL sets the absolute origin; BASE_PATH deploys the site under a sub-path (e.g. /vn-cn/).
import { defineConfig } from 'astro/config';

const basePath = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: basePath.endsWith('/') ? basePath : `${basePath}/`,
  trailingSlash: 'always',
  build: { format: 'directory' },
});
