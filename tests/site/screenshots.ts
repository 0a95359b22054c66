// `npm run screenshots`: full-page screenshots of every page type of the seed site, narrow and wide (and dark for home
// and an article), written to tests/output/screenshots/ for a person to look at. A script, not a test: what a reader
// would notice on these pages is asserted by the tests under tests/reading/, tests/site/ and tests/search/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser.ts';
import { TEST_OUTPUT } from '../helpers/build-site.ts';
import { listPages, onePagePerType, type SitePage } from '../helpers/page-inventory.ts';
import { readPublishedArticles } from '../helpers/published-articles.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { readerViews } from './reader-views.ts';
import { SEED_SITE } from './site-builds.ts';

const SCREENSHOTS = join(TEST_OUTPUT, 'screenshots');
const WIDTHS = [360, 1280];

async function main(): Promise<void> {
  const build = await sharedBuild(SEED_SITE.build);
  if (build.status !== 0) throw new Error(`the seed site did not build:\n${build.output}`);
  const server = await serveStatic(build.outDir);
  const browser = await launchBrowser();
  try {
    const all = listPages(build.outDir);
    // The article shown is the one in the most languages: side-by-side translations are the hardest layout.
    const articles = readPublishedArticles(build.outDir).sort((a, b) => b.languages.length - a.languages.length);
    const article = all.find((p) => p.urlPath === articles[0]?.url);
    const views = readerViews(onePagePerType(article ? [article, ...all] : all));
    // Every article too (they differ: translations, figures, languages), named by the seed file's number.
    const extraArticles: { page: SitePage; name: string }[] = [];
    for (const a of articles) {
      const page = all.find((p) => p.urlPath === a.url);
      if (page) extraArticles.push({ page, name: `article-${a.sourceFile.split(/[_.]/)[0]}` });
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    let written = 0;
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
        const tab = await context.newPage();
        for (const view of views) {
          if (colorScheme === 'dark' && view.name !== 'home' && view.name !== 'article') continue;
          await tab.goto(server.origin + view.path, { waitUntil: view.waitUntil });
          await tab.screenshot({
            path: join(SCREENSHOTS, `${view.name}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`),
            fullPage: true,
          });
          written++;
        }
        if (colorScheme === 'light') {
          for (const { page, name } of extraArticles) {
            await tab.goto(server.origin + page.urlPath);
            await tab.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
            written++;
          }
        }
        await context.close();
      }
    }
    console.log(`${written} screenshots in ${SCREENSHOTS}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
