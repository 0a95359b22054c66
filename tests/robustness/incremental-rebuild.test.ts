// Incremental rebuild: build, edit one file's headline, rebuild with the same cache. The loader re-parses exactly that
// file, Astro renders again only the article pages that show it, and the output is byte-identical to a clean build of
// the edited corpus (its old URL gone, its new one there).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { readArticlesJson, type PublicArticle } from './helpers/articles-json.ts';
import { cleanBuild } from './helpers/clean-build.ts';
import { freshFolder, writeEntries } from './helpers/corpus-spec.ts';
import { addArticles, generatedArticles } from './helpers/generated-corpus.ts';
import { listFiles, treeDifferences } from './helpers/output-files.ts';

const ARTICLES = generatedArticles(12);
const EDITED = ARTICLES.find((a) => a.headline)!;
const NEW_TITLE = `${EDITED.title} (updated)`;

/** The loader's summary line: `N articles from <folder>/ (P parsed, U unchanged)`. */
const loaderLine = (dir: string, parsed: number, unchanged: number): string =>
  `${ARTICLES.length} articles from ${dir}/ (${parsed} parsed, ${unchanged} unchanged)`;

describe('editing one file and building again with the same cache', () => {
  let dir: string;
  let first: BuildResult;
  let rebuilt: BuildResult;
  let clean: BuildResult;
  /** Read before the rebuild, which writes into the same output folder. */
  let before: PublicArticle[];
  /** Each article page of the first build (by file) and its HTML. */
  let pagesBefore: Map<string, string>;
  let rebuildStarted: number;

  beforeAll(() => {
    dir = freshFolder('incremental-corpus');
    writeEntries(dir, addArticles(new Map(), ARTICLES));
    first = cleanBuild({ corpusDir: dir, name: 'robust-incremental' });
    before = first.status === 0 ? readArticlesJson(first.outDir) : [];
    pagesBefore = first.status === 0 ? articlePages(first.outDir) : new Map();
    const file = join(dir, EDITED.file);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`${EDITED.title}\n`)).toBe(true);
    writeFileSync(file, NEW_TITLE + text.slice(EDITED.title.length));
    rebuildStarted = Date.now();
    rebuilt = buildSite({ corpusDir: dir, name: 'robust-incremental' });
    clean = cleanBuild({ corpusDir: dir, name: 'robust-incremental-clean' });
  });

  it('parses every file on the first build and only the edited one on the rebuild', () => {
    expect(first.status, first.output).toBe(0);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(first.output).toContain(loaderLine(dir, ARTICLES.length, 0));
    expect(rebuilt.output).toContain(loaderLine(dir, 1, ARTICLES.length - 1));
  });

  it('publishes the edit: the new headline at its new URL, the old URL gone', () => {
    const after = readArticlesJson(rebuilt.outDir);
    const oldUrl = before.find((a) => a.sourceFile === EDITED.file)!.url;
    const edited = after.find((a) => a.sourceFile === EDITED.file)!;
    expect(edited.title).toBe(NEW_TITLE);
    expect(edited.url).not.toBe(oldUrl);
    expect(after.map((a) => a.url)).not.toContain(oldUrl);
    expect(after).toHaveLength(ARTICLES.length);
  });

  it('renders again the pages that show the edited article, and copies the others from the first build unchanged', () => {
    const oldUrl = before.find((a) => a.sourceFile === EDITED.file)!.url;
    const after = articlePages(rebuilt.outDir);
    const written = (file: string): boolean => statSync(join(rebuilt.outDir, file)).mtimeMs >= rebuildStarted;
    // A page shows the edit when it is the edited article's, or links it as related, newer or older: after the edit by
    // its new title, before it by its old address.
    const showsEdit = (file: string, html: string): boolean =>
      html.includes(NEW_TITLE) || (pagesBefore.get(file)?.includes(`href="${oldUrl}"`) ?? false);
    const changed = [...after].filter(([file, html]) => showsEdit(file, html));
    const others = [...after].filter(([file, html]) => !showsEdit(file, html));
    expect(changed.length).toBeGreaterThan(1);
    expect(others.length).toBeGreaterThan(0);
    for (const [file] of changed) expect(written(file), file).toBe(true);
    for (const [file, html] of others) {
      expect(html, file).toBe(pagesBefore.get(file));
      expect(written(file), `${file} was rendered again`).toBe(false);
    }
  });

  it('writes exactly what a clean build of the edited corpus writes', () => {
    expect(clean.status, clean.output).toBe(0);
    expect(clean.output).toContain(loaderLine(dir, ARTICLES.length, 0));
    expect(treeDifferences(rebuilt.outDir, clean.outDir)).toEqual([]);
  });
});

/** The article pages of an output folder, by their file within it, with their HTML. */
function articlePages(outDir: string): Map<string, string> {
  return new Map(
    listFiles(outDir)
      .filter((file) => /^articles\/[^/]+\/index\.html$/.test(file))
      .map((file) => [file, readFileSync(join(outDir, file), 'utf8')]),
  );
}
