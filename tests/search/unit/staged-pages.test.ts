// The index step copies the article pages to a folder in memory for Pagefind to read itself (src/indexing/staged-pages.ts)
// only where that folder lists them in slug order, and the bundle is the same bytes as when they are handed over one by one.
import { mkdirSync, mkdtempSync, opendirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { pageForIndex } from '../../../src/indexing/page-for-index.ts';
import { writeSearchIndex } from '../../../src/indexing/search-index.ts';
import { DEFAULT_STAGING_ROOT, isTmpfs, stagePages } from '../../../src/indexing/staged-pages.ts';
import { listFiles, treeDifferences } from '../../robustness/helpers/output-files.ts';

const PROJECT_DIR = join(import.meta.dirname, '../../..');
const MEMORY = isTmpfs(DEFAULT_STAGING_ROOT);

const WORDS = [
  'railway cooperation',
  'Biển Đông',
  'commerce bilatéral',
  '边境贸易',
  'youth exchange',
  'khoa học',
  'party congress',
  'culture',
];

function page(i: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><nav>menu</nav><article data-pagefind-body><h1 data-pagefind-meta="title">Article ${i}</h1><p>${WORDS[i % WORDS.length]} ${i}</p><p>中国和越南的铁路合作</p></article><footer>footer</footer></body></html>`;
}

/** A built site's article pages, their folders made in a shuffled order, all undated; returns the slugs sorted. */
function siteWithArticles(count: number): { outDir: string; slugs: string[] } {
  const outDir = mkdtempSync(join(tmpdir(), 'staged-site-'));
  const slugs = Array.from({ length: count }, (_, i) => `article-${String((i * 37) % count).padStart(3, '0')}-x`);
  slugs.forEach((slug, i) => {
    mkdirSync(join(outDir, 'articles', slug), { recursive: true });
    writeFileSync(join(outDir, 'articles', slug, 'index.html'), page(i));
  });
  const listed = slugs.map((slug) => ({ slug, datePartial: null, languages: ['en'], topics: [], people: [] }));
  writeFileSync(join(outDir, 'articles.json'), JSON.stringify({ articles: listed }));
  return { outDir, slugs: [...slugs].sort() };
}

const read = (outDir: string) => (slug: string) => pageForIndex(readFileSync(join(outDir, 'articles', slug, 'index.html'), 'utf8'));

function osListing(folder: string): string[] {
  const dir = opendirSync(folder);
  const names: string[] = [];
  for (let entry = dir.readSync(); entry; entry = dir.readSync()) names.push(entry.name);
  dir.closeSync();
  return names;
}

describe('article pages staged in memory for the search index', () => {
  it(`copies every page, as the index reads it, into a folder that lists them in slug order (${DEFAULT_STAGING_ROOT} is ${MEMORY ? '' : 'not '}tmpfs here)`, () => {
    const { outDir, slugs } = siteWithArticles(40);
    const stage = stagePages('articles', slugs, slugs.map(read(outDir)));
    expect(stage !== null).toBe(MEMORY);
    if (stage === null) return;
    onTestFinished(() => rmSync(stage, { recursive: true, force: true }));
    expect(readdirSync(stage)).toEqual(['articles']);
    // The order the file system lists them in (readdirSync would sort them), which is the order Pagefind numbers them in.
    expect(osListing(join(stage, 'articles'))).toEqual(slugs);
    for (const slug of slugs) {
      const staged = readFileSync(join(stage, 'articles', slug, 'index.html'), 'utf8');
      expect(staged).toBe(pageForIndex(readFileSync(join(outDir, 'articles', slug, 'index.html'), 'utf8')));
      // Only the <html> tag and the searchable element are copied.
      expect(staged).toContain('<article data-pagefind-body>');
      expect(staged).not.toContain('menu');
      expect(staged).not.toContain('footer');
    }
  });

  it('stages nothing on a file system whose listing order is not the order entries were made', () => {
    const { outDir, slugs } = siteWithArticles(5);
    // The project folder sits on the disk (ext4 on these machines), not in memory.
    const stage = stagePages('articles', slugs, slugs.map(read(outDir)), PROJECT_DIR);
    if (stage) rmSync(stage, { recursive: true, force: true });
    expect(stage === null).toBe(!isTmpfs(PROJECT_DIR));
    expect(readdirSync(PROJECT_DIR).some((name) => name.startsWith('vn-cn-search-pages-') || name.startsWith('listing-order-'))).toBe(
      false,
    );
  });

  it('writes the same bundle, byte for byte, whether Pagefind reads the staged folder or is handed the pages one by one', async () => {
    const { outDir: staged } = siteWithArticles(24);
    const { outDir: oneByOne } = siteWithArticles(24);
    const fromMemory = await writeSearchIndex(staged, { shardSetting: 10 });
    const handedOver = await writeSearchIndex(oneByOne, { shardSetting: 10, stagingRoot: null });
    expect(fromMemory).toEqual({ indexed: 24, pages: 24, shards: 3, kept: 0, stagedIn: MEMORY ? DEFAULT_STAGING_ROOT : null });
    expect(handedOver).toEqual({ indexed: 24, pages: 24, shards: 3, kept: 0, stagedIn: null });
    // Each page's fragment, the index chunks, the metadata and Pagefind's own files.
    expect(listFiles(join(staged, 'pagefind')).length).toBeGreaterThan(24);
    expect(treeDifferences(join(staged, 'pagefind'), join(oneByOne, 'pagefind'))).toEqual([]);
  });
});
