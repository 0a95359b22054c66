// Nothing lost: every .txt file of a 60-file generated corpus plus the hostile files becomes an article that has a page
// and is in articles.json, the sitemap and the search index, and both feeds hold 50 of them (the newest; their order is
// tested in tests/catalog/feed-size.test.ts); every other file is named in a build-log note.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticlesJson, type PublicArticle } from './helpers/articles-json.ts';
import { GENERATED_COUNT, hostileSite, type HostileSite } from './helpers/hostile-site.ts';
import { HOSTILE_ARTICLES, IGNORED_FILES } from './helpers/hostile-files.ts';
import { readFragments } from './helpers/pagefind-bundle.ts';
import { joinHanWords } from '../../src/search/han-words.ts';

const ORIGIN = 'http://localhost:4321';

/** The README's rule: a `.txt` name not starting with a dot is an article file. */
const isArticleName = (path: string): boolean => /(^|\/)[^./][^/]*\.txt$/i.test(path);

function xmlLocs(xml: string, element: string): string[] {
  return [...xml.matchAll(new RegExp(`<${element}>([^<]*)</${element}>`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

describe('nothing lost between the corpus folder and the site', () => {
  let site: HostileSite;
  let inputs: string[];
  let articles: PublicArticle[];
  const read = (file: string): string => readFileSync(join(site.outDir, file), 'utf8');

  beforeAll(async () => {
    site = await hostileSite();
    expect(site.status, site.output).toBe(0);
    inputs = [...site.spec.keys()].filter(isArticleName).sort();
    articles = readArticlesJson(site.outDir);
  });

  it('counts one article per .txt file, from the top folder and from subfolders', () => {
    expect(inputs).toHaveLength(GENERATED_COUNT + HOSTILE_ARTICLES.length);
    expect(inputs.filter((f) => f.startsWith('more/'))).toHaveLength(20);
    expect(articles.map((a) => a.sourceFile).sort()).toEqual(inputs);
    expect(new Set(articles.map((a) => a.url)).size).toBe(inputs.length);
  });

  it('gives every article a page and a sitemap entry', () => {
    const sitemap = new Set(xmlLocs(read('sitemap-0.xml'), 'loc'));
    const missing: string[] = [];
    for (const a of articles) {
      const url = ORIGIN + a.url;
      if (!existsSync(join(site.outDir, a.url, 'index.html'))) missing.push(`${a.sourceFile}: no page`);
      if (!sitemap.has(url)) missing.push(`${a.sourceFile}: not in the sitemap`);
    }
    expect(missing).toEqual([]);
  });

  it('fills both feeds with 50 distinct published articles, the same 50 in each', () => {
    const published = new Set(articles.map((a) => ORIGIN + a.url));
    const rss = xmlLocs(read('rss.xml'), 'link').filter((l) => l.includes('/articles/'));
    const feed = (JSON.parse(read('feed.json')) as { items: { url: string }[] }).items.map((i) => i.url);
    expect(articles.length).toBeGreaterThan(50);
    expect(new Set(rss).size).toBe(50);
    expect(rss.filter((url) => !published.has(url))).toEqual([]);
    expect(feed).toEqual(rss);
  });

  it('puts every article in the search index, under its title', () => {
    const fragments = readFragments(site.outDir);
    // The index holds Chinese with spaces between words; results show the title as the article writes it.
    const indexed = new Map(fragments.map((f) => [f.url, f.meta.title === undefined ? undefined : joinHanWords(f.meta.title)]));
    expect(fragments).toHaveLength(inputs.length);
    for (const a of articles) expect(indexed.get(a.url), a.sourceFile).toBe(a.title);
  });

  it('names every file that is not an article in a note in the build log', () => {
    const others = [...site.spec.keys()].filter((f) => !isArticleName(f)).sort();
    expect(others).toEqual([...IGNORED_FILES.keys()].map((name) => `hostile/${name}`).sort());
    for (const file of others) expect(site.output).toContain(`ignored ${site.corpusDir}/${file} (not a .txt file)`);
  });
});
