import { configDefaults, defineConfig } from 'vitest/config';

/** The pure modules: no build, no browser; `npm run test:unit` runs them alone in seconds. */
const UNIT = ['tests/unit/**/*.test.ts', 'tests/search/unit/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      // Real astro builds, the real Pagefind index, headless Chromium.
      { extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...UNIT] } },
    ],
  },
});
