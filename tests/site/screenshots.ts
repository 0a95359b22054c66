// `npm run screenshots`: full-page screenshots of every page type of the seed site, narrow and wide, light and dark, in
// each interface language (the default English build, whose article pages speak their article's language, then UI_LANG
// vi, fr and zh), written to tests/output/screenshots/<language>/ for a person to look at. `-- vi` shoots one language.
// A script, not a test: what a reader would notice on these pages is asserted by the tests under tests/reading/,
// tests/site/ and tests/search/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { TEST_OUTPUT } from '../helpers/build-site.ts';
import { listPages, onePagePerType, type SitePage } from '../helpers/page-inventory.ts';
import { readPublishedArticles } from '../helpers/published-articles.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { readerViews } from './reader-views.ts';
import { OTHER_UI_LANGS, SEED_SITE, type SiteConfig, uiLangSite } from './site-builds.ts';

const SCREENSHOTS = join(TEST_OUTPUT, 'screenshots');
const WIDTHS = [360, 1280];
const SITES: Record<string, SiteConfig> = { en: SEED_SITE, ...Object.fromEntries(OTHER_UI_LANGS.map((l) => [l, uiLangSite(l)])) };

async function shootSite(browser: Browser, lang: string, site: SiteConfig): Promise<number> {
  const build = await sharedBuild(site.build);
  if (build.status !== 0) throw new Error(`the seed site (${lang}) did not build:\n${build.output}`);
  const server = await serveStatic(build.outDir);
  const folder = join(SCREENSHOTS, lang);
  mkdirSync(folder, { recursive: true });
  let written = 0;
  try {
    const all = listPages(build.outDir);
    // The article shown is the one in the most languages: side-by-side translations are the hardest layout.
    const articles = readPublishedArticles(build.outDir).sort((a, b) => b.languages.length - a.languages.length);
    const article = all.find((p) => p.urlPath === articles[0]?.url);
    // The archive's own page stands for its type; its parts follow as extras.
    const archiveIndex = all.find((p) => p.type === 'archive' && p.file === 'archive/index.html');
    const first = [article, archiveIndex].filter((p): p is SitePage => p !== undefined);
    const views = readerViews(onePagePerType([...first, ...all]));
    // Every article too (they differ: translations, figures, languages), named by the seed file's number, and every part
    // of the archive (a year, the articles without a year, the undated ones), named by its URL.
    const extras: { page: SitePage; name: string }[] = [];
    for (const a of articles) {
      const page = all.find((p) => p.urlPath === a.url);
      if (page) extras.push({ page, name: `article-${a.sourceFile.split(/[_.]/)[0]}` });
    }
    for (const page of all.filter((p) => p.type === 'archive' && p !== archiveIndex)) {
      extras.push({ page, name: page.urlPath.replace(/^\/|\/$/g, '').replaceAll('/', '-') });
    }
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
        const tab = await context.newPage();
        const shoot = async (path: string, name: string, waitUntil: 'load' | 'networkidle' = 'load') => {
          await tab.goto(server.origin + path, { waitUntil });
          await tab.screenshot({ path: join(folder, `${name}-${width}-${colorScheme}.png`), fullPage: true });
          written++;
        };
        for (const view of views) await shoot(view.path, view.name, view.waitUntil);
        for (const { page, name } of extras) await shoot(page.urlPath, name);
        await context.close();
      }
    }
  } finally {
    await server.close();
  }
  return written;
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only && !SITES[only]) throw new Error(`no interface language "${only}": choose one of ${Object.keys(SITES).join(', ')}`);
  const browser = await launchBrowser();
  try {
    for (const [lang, site] of Object.entries(SITES)) {
      if (only && lang !== only) continue;
      console.log(`${await shootSite(browser, lang, site)} screenshots in ${join(SCREENSHOTS, lang)}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
