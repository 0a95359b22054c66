// The search index in shards: runs of consecutive articles, newest first, cut from the oldest end. It can be written
// shard by shard on several machines and put together by one last step, and a rebuild after one article changes
// indexes only that article's shard; either way the site is the same bytes as one cold build of the same corpus.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, cleanEnv, PROJECT_ROOT, TEST_OUTPUT } from '../helpers/build-site.ts';
import { treeDifferences } from '../robustness/helpers/output-files.ts';
import { makeSearchCorpus } from '../search/helpers/search-corpus.ts';

const FOLDER = join(TEST_OUTPUT, 'search-shards');
const PER_SHARD = 4;

interface Run {
  status: number | null;
  output: string;
}

/** `npm run <script> -- <args>` as a person would type it, with the corpus and the shard size set. */
function npmRun(script: string, args: string[], env: Record<string, string> = {}): Run {
  const run = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...cleanEnv(), ASTRO_CACHE_DIR: join(TEST_OUTPUT, '.cache', 'search-shards'), NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const articleCount = (site: string): number =>
  (JSON.parse(readFileSync(join(site, 'articles.json'), 'utf8')) as { articles: unknown[] }).articles.length;

let corpus: string;
let whole: string;

beforeAll(() => {
  rmSync(FOLDER, { recursive: true, force: true });
  mkdirSync(FOLDER, { recursive: true });
  corpus = makeSearchCorpus('search-shards');
  const built = buildSite({ corpusDir: corpus, name: 'search-shards-whole', searchShardArticles: PER_SHARD });
  expect(built.status, built.output).toBe(0);
  whole = built.outDir;
});

describe('an index written shard by shard, on several machines', () => {
  const site = join(FOLDER, 'pages');
  let pagesOnly: Run;
  let listed: Run;
  let joined: Run;

  beforeAll(() => {
    const shards = { CORPUS_DIR: corpus, SEARCH_SHARD_ARTICLES: String(PER_SHARD) };
    pagesOnly = npmRun('build', ['--pages-only', '--outDir', site], shards);
    listed = npmRun('search-index', [site, '--list'], shards);
    // Two other machines, each with a copy of the pages, write one shard each; their shards are copied back.
    for (const shard of ['shard-000', 'shard-002']) {
      const machine = join(FOLDER, `machine-${shard}`);
      cpSync(site, machine, { recursive: true });
      const one = npmRun('search-index', [machine, '--shard', shard], shards);
      expect(one.status, one.output).toBe(0);
      cpSync(join(machine, 'pagefind', shard), join(site, 'pagefind', shard), { recursive: true });
    }
    joined = npmRun('search-index', [site], shards);
  });

  it('builds the pages alone when asked, and says the index is still to be written', () => {
    expect(pagesOnly.status, pagesOnly.output).toBe(0);
    expect(pagesOnly.output).toContain('without a search index: write it with npm run search-index');
    expect(pagesOnly.output).not.toContain('[search-index]');
  });

  it('lists the shards newest first, full ones of 4 articles from the oldest, the rest in the newest', () => {
    expect(listed.status, listed.output).toBe(0);
    // The search corpus: the five seeds and seven fixtures, twelve articles: three full shards.
    expect(articleCount(site)).toBe(12);
    expect(listed.output.trim().split('\n')).toEqual(['shard-002\t4 articles', 'shard-001\t4 articles', 'shard-000\t4 articles']);
  });

  it('keeps the shards written elsewhere, writes the one missing, and gives the same site as one build', () => {
    expect(joined.status, joined.output).toBe(0);
    expect(joined.output).toMatch(
      /Pagefind indexed 4 article pages in [\d.]+s \(one index for every language: 12 pages in pagefind\/ as 3 shards, 2 kept as their pages are unchanged;/,
    );
    expect(treeDifferences(site, whole)).toEqual([]);
  });

  it('refuses an index with other shards than the search page was built for, naming the setting', () => {
    const other = npmRun('search-index', [site], { SEARCH_SHARD_ARTICLES: '7' });
    expect(other.status).toBe(1);
    expect(other.output).toContain(
      'loads the index shards shard-002, shard-001, shard-000 but the index step would write shard-001, shard-000:',
    );
    expect(other.output).toContain('build the pages and the index with the same SEARCH_SHARD_ARTICLES');
  });

  it('refuses a shard size that is not a number before anything is built', () => {
    const bad = npmRun('build', ['--outDir', join(FOLDER, 'never')], { CORPUS_DIR: corpus, SEARCH_SHARD_ARTICLES: 'many' });
    expect(bad.status).toBe(1);
    expect(bad.output).toContain('SEARCH_SHARD_ARTICLES=many is not a number of articles: write a whole number above 0');
    expect(existsSync(join(FOLDER, 'never'))).toBe(false);
  });
});

describe('a rebuild after one article is edited', () => {
  let rebuilt: Run;
  let site: string;
  let cold: string;

  beforeAll(() => {
    const edited = join(FOLDER, 'edited-corpus');
    cpSync(corpus, edited, { recursive: true });
    const file = join(edited, 'en-railway-committee.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('every six months', 'every three months'));
    site = join(FOLDER, 'rebuilt');
    cpSync(whole, site, { recursive: true });
    rebuilt = npmRun('build', ['--outDir', site], { CORPUS_DIR: edited, SEARCH_SHARD_ARTICLES: String(PER_SHARD) });
    const fresh = buildSite({ corpusDir: edited, name: 'search-shards-cold', searchShardArticles: PER_SHARD });
    expect(fresh.status, fresh.output).toBe(0);
    cold = fresh.outDir;
  });

  it("indexes only the edited article's shard and keeps the other two as they were", () => {
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(rebuilt.output).toMatch(
      /Pagefind indexed 4 article pages in [\d.]+s \(one index for every language: 12 pages in pagefind\/ as 3 shards, 2 kept as their pages are unchanged;/,
    );
  });

  it('gives the same site, byte for byte, as a cold build of the edited corpus', () => {
    expect(treeDifferences(site, cold)).toEqual([]);
  });
});
