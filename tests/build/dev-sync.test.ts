// `astro dev` on a small corpus: it starts without an error, its dependency scan included; editing one article re-parses
// that file alone and the page shows the edit; a copy added and deleted is settled across the corpus; a change in a
// sibling folder whose name starts with the corpus folder's is ignored; a bad file is reported, and the server lives on.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, TEST_OUTPUT } from '../helpers/build-site.ts';
import { startDevServer, waitFor, type DevServer } from '../helpers/dev-server.ts';

const SEEDS = ['000_08c7fae4138fbc52.txt', '001_fbf9af1224aa518f.txt', '002_23d13732dbed37de.txt'];
const EDITED = '002_23d13732dbed37de.txt';
/** The last paragraph of the edited seed: editing it leaves the title and lead, and so the URL, as they are. */
const LAST_PARAGRAPH =
  'The two sides agreed to maintain exchanges and close coordination at multilateral forums; better control and manage disagreements.';
const ADDED = 'The two delegations will meet again in Lang Son next spring.';

const FOLDER = join(TEST_OUTPUT, 'dev-sync');
const CORPUS = join(FOLDER, 'seeds');
const SIBLING = join(FOLDER, 'seeds-old');
/**
 * Vite scans the pages' scripts for dependencies only when its cache in node_modules/.vite is missing or stale, as on
 * a fresh clone: the server gets a cache of its own, empty, through a config that is the project's but for that.
 */
const VITE_CACHE = join(FOLDER, 'vite-cache');
/** Astro reads `--config` relative to the project's root. */
const CONFIG = join(FOLDER, 'astro.config.mjs');
/** A line no clean start prints: an error report, or a frame of a stack trace. The loader's warnings are not errors. */
const ERROR_OR_STACK = /error\b|^\s+at\s|stack trace/i;

/** The loader's summary lines so far: `N articles from <folder>/ (P parsed, U unchanged) in …`. */
const syncLines = (server: DevServer): string[] =>
  server
    .log()
    .split('\n')
    .filter((line) => line.includes(` articles from ${CORPUS}/ (`));

async function pageOf(server: DevServer, sourceFile: string): Promise<string> {
  const { articles } = (await (await fetch(`${server.url}/articles.json`)).json()) as { articles: { sourceFile: string; url: string }[] };
  const article = articles.find((a) => a.sourceFile === sourceFile);
  if (!article) throw new Error(`${sourceFile} is not in /articles.json`);
  return new URL(article.url, server.url).href;
}

const pageText = async (url: string): Promise<string> => (await fetch(url)).text();

describe('astro dev, editing the corpus', () => {
  let server: DevServer;

  beforeAll(async () => {
    rmSync(FOLDER, { recursive: true, force: true });
    mkdirSync(CORPUS, { recursive: true });
    mkdirSync(SIBLING, { recursive: true });
    for (const file of SEEDS) copyFileSync(join(PROJECT_ROOT, 'seeds', file), join(CORPUS, file));
    copyFileSync(join(PROJECT_ROOT, 'seeds', SEEDS[0]!), join(SIBLING, SEEDS[0]!));
    writeFileSync(
      CONFIG,
      [
        `import config from ${JSON.stringify(join(PROJECT_ROOT, 'astro.config.mjs'))};`,
        `export default { ...config, vite: { ...config.vite, cacheDir: ${JSON.stringify(VITE_CACHE)} } };`,
        '',
      ].join('\n'),
    );
    server = await startDevServer({ corpusDir: CORPUS, name: 'dev-sync', args: ['--config', relative(PROJECT_ROOT, CONFIG)] });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('parses every file once on start', () => {
    expect(syncLines(server)).toEqual([expect.stringContaining(`3 articles from ${CORPUS}/ (3 parsed, 0 unchanged)`)]);
  });

  it('prints no error and no stack trace while it starts, its dependency scan included', async () => {
    // Vite writes its metadata once the scan and the pre-bundling are done; a scan that fails says so instead.
    await waitFor(
      server,
      'the end of the dependency scan',
      60,
      () => existsSync(join(VITE_CACHE, 'deps/_metadata.json')) || server.log().includes('dependency scan'),
    );
    expect(await pageText(`${server.url}/search/`)).toContain('data-search-results');
    expect(
      server
        .log()
        .split('\n')
        .filter((line) => ERROR_OR_STACK.test(line)),
    ).toEqual([]);
  });

  it('re-parses only the edited file, and its page shows the edit at the same URL', async () => {
    const url = await pageOf(server, EDITED);
    expect(await pageText(url)).not.toContain(ADDED);
    const file = join(CORPUS, EDITED);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(LAST_PARAGRAPH);
    writeFileSync(file, text.replace(LAST_PARAGRAPH, `${LAST_PARAGRAPH} ${ADDED}`));
    await waitFor(server, `"${ADDED}" on ${url}`, 60, async () => (await pageText(url)).includes(ADDED));
    expect(syncLines(server).slice(1)).toEqual([expect.stringContaining(`3 articles from ${CORPUS}/ (1 parsed, 2 unchanged)`)]);
  });

  it('settles a copy added beside its original, and a deleted one, across the corpus', async () => {
    const copy = join(CORPUS, 'zz-copy.txt');
    let before = syncLines(server).length;
    copyFileSync(join(CORPUS, SEEDS[0]!), copy);
    await waitFor(server, 'the sync of the added copy', 60, () => syncLines(server).length > before);
    expect(syncLines(server).slice(before)).toEqual([expect.stringContaining(`3 articles from ${CORPUS}/ (1 parsed, 3 unchanged)`)]);
    expect(server.log()).toContain(`${CORPUS}/zz-copy.txt: the same text as ${SEEDS[0]!}, which is published in its place`);
    const { articles } = (await (await fetch(`${server.url}/articles.json`)).json()) as { articles: { sourceFile: string }[] };
    expect(articles.map((a) => a.sourceFile).sort()).toEqual(SEEDS);
    before = syncLines(server).length;
    unlinkSync(copy);
    await waitFor(server, 'the sync of the deleted copy', 60, () => syncLines(server).length > before);
    expect(syncLines(server).slice(before)).toEqual([expect.stringContaining(`3 articles from ${CORPUS}/ (0 parsed, 3 unchanged)`)]);
  });

  it('ignores a change in a sibling folder whose name starts with the corpus folder’s', async () => {
    const before = syncLines(server).length;
    writeFileSync(join(SIBLING, SEEDS[0]!), `${readFileSync(join(SIBLING, SEEDS[0]!), 'utf8')}\nA paragraph only the old folder has.\n`);
    // Then an edit in the corpus: once its sync is logged, an earlier event from the sibling would have been too.
    const file = join(CORPUS, EDITED);
    writeFileSync(file, readFileSync(file, 'utf8').replace(ADDED, `${ADDED} They will also discuss the railway.`));
    await waitFor(server, 'the sync of the second edit', 60, () => syncLines(server).length > before);
    expect(syncLines(server).slice(before)).toEqual([expect.stringContaining(`3 articles from ${CORPUS}/ (1 parsed, 2 unchanged)`)]);
    expect(server.log()).not.toContain('seeds-old');
  });

  it('reports a bad file by name and line, keeps serving, and publishes it again once fixed', async () => {
    const file = join(CORPUS, SEEDS[1]!);
    const good = readFileSync(file, 'utf8');
    const url = await pageOf(server, SEEDS[1]!);
    writeFileSync(file, `---\ndate: someday\n---\n${good}`);
    const report = `${CORPUS}/${SEEDS[1]!} (line 2): frontmatter \`date\` must be a date`;
    await waitFor(server, 'the error report for the bad file', 60, () => server.log().includes(report));
    expect(server.log()).toContain(`The corpus in ${CORPUS}/ cannot be built: 1 of 3 files has errors.`);
    expect((await fetch(url)).status).toBe(200);
    writeFileSync(file, good);
    const before = syncLines(server).length;
    await waitFor(server, 'the sync of the fixed file', 60, () => syncLines(server).length > before);
    expect(syncLines(server).slice(before)).toEqual([expect.stringContaining(`3 articles from ${CORPUS}/ (1 parsed, 2 unchanged)`)]);
  });
});
