// The benchmark runner's pure parts, on hand-written inputs: log parsing, page weights, budgets and the results table.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBuildLog, parseDuration } from '../../bench/build-log.ts';
import { checkBudgets } from '../../bench/budgets.ts';
import { pageWeight, representativePages } from '../../bench/page-weight.ts';
import { formatResults, formatScaling } from '../../bench/results-table.ts';
import { formatPairs, medianRatio, representativePair } from '../../bench/build-pairs.ts';
import { summarizeRuns } from '../../bench/search-runs.ts';
import { requestKind, type SearchMeasurement } from '../../bench/search-timing.ts';
import type { BuildFigures, RunResult } from '../../bench/results.ts';

const ESC = '\u001b';

/** One measured run of the English query, as measureFirstSearch reports it. */
function searchRun(ms: number, bytes: number): SearchMeasurement {
  return {
    lang: 'en',
    query: 'railway',
    status: 'ok',
    lastKeystrokeToResultMs: ms,
    bytesToFirstResult: bytes,
    requestsToFirstResult: 40,
    bytesByKind: { js: 60_000, wasm: 55_000 },
    note: '',
    runsMs: [ms],
    mostBytesToFirstResult: bytes,
  };
}
const lines = (texts: string[]) => texts.map((text, i) => ({ t: 100 * (i + 1), text }));

const OUR_LOG = lines([
  '01:27:03 [content] Syncing content',
  '01:27:03 [WARN] [corpus-loader] seeds/001.txt (line 2): the date "April 14" has no year',
  '01:27:03 [corpus-loader] 1000 articles from /tmp/corpus/ (1000 parsed, 0 unchanged) in 12.31s',
  '01:27:03 [content] Synced content',
  `01:27:03 ${ESC}[32m[types]${ESC}[39m Generated 1.88s`,
  '01:27:04 [vite] ✓ built in 800ms',
  '01:27:04 [vite] ✓ built in 28ms',
  ' generating static routes ',
  '01:27:05   ├─ /index.html (+3ms) ',
  '01:27:05 ✓ Completed in 1m 2.5s.',
  '01:27:05 [build] ✓ Completed in 1.51s.',
  '01:27:06 [build] 1029 page(s) built in 80.58s',
  '01:27:06 [build] Complete!',
  '[search-index] Pagefind indexed 1000 article pages in 4.20s (one index for every language, in pagefind/)',
]);

describe('build log parsing', () => {
  it('reads durations in ms, s and minutes', () => {
    expect(parseDuration('in 617ms')).toBe(0.617);
    expect(parseDuration('in 3.58s')).toBe(3.58);
    expect(parseDuration('in 1m 2.5s')).toBe(62.5);
    expect(parseDuration('20 pages')).toBeNull();
  });

  it('finds every stage of a full log, ANSI colours included', () => {
    const s = parseBuildLog(OUR_LOG);
    expect(s).toMatchObject({
      corpusLoadS: 12.31,
      articlesLoaded: 1000,
      typesS: 1.88,
      pageGenerationS: 62.5,
      pagesBuilt: 1029,
      astroBuildS: 80.58,
      pagefindS: 4.2,
      depsOptimized: false,
    });
    expect(s.viteS).toBeCloseTo(0.828);
    expect(s.contentSyncS).toBeCloseTo(0.3);
    expect(s.buildDoneHooksS).toBeCloseTo(0.2);
    expect(s.startupS).toBeCloseTo(0.1);
  });

  it('gives null for the lines a log lacks, never a wrong number', () => {
    const s = parseBuildLog(
      lines(['[vite] [optimizer] bundling dependencies...', '[build] 20 page(s) built in 4.51s', 'Running Pagefind v1.6.0']),
    );
    expect(s).toMatchObject({
      corpusLoadS: null,
      contentSyncS: null,
      typesS: null,
      viteS: null,
      pageGenerationS: null,
      pagefindS: null,
      buildDoneHooksS: null,
      pagesBuilt: 20,
      depsOptimized: true,
    });
    expect(parseBuildLog([]).startupS).toBeNull();
  });
});

describe('page weight', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-weight-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts linked and inline CSS and JS, and leaves JSON data blocks out', () => {
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, '_astro/site.css'), 'a'.repeat(1000));
    writeFileSync(join(dir, '_astro/app.js'), 'b'.repeat(300));
    const html = [
      '<html><head><link rel="stylesheet" href="/_astro/site.css?v=1"><link rel="canonical" href="/x/"><style>p{}</style>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>',
      '<script type="module" src="/_astro/app.js"></script><script>let x=1;</script></body></html>',
    ].join('');
    writeFileSync(join(dir, 'page.html'), html);
    const w = pageWeight(dir, 'page.html');
    expect(w).toMatchObject({
      htmlBytes: Buffer.byteLength(html),
      cssBytes: 1000 + 3,
      jsBytes: 300 + 'let x=1;'.length,
      cssFiles: ['/_astro/site.css?v=1'],
      jsFiles: ['/_astro/app.js'],
    });
  });

  it('weighs the median one-language article, apart from the bilingual ones and their language control', () => {
    const site = mkdtempSync(join(tmpdir(), 'bench-pages-'));
    const article = (slug: string, bytes: number, bilingual: boolean): void => {
      mkdirSync(join(site, 'articles', slug), { recursive: true });
      const control = bilingual ? '<div data-bilingual-control></div>' : '';
      writeFileSync(join(site, 'articles', slug, 'index.html'), `<html>${control}${'x'.repeat(bytes)}</html>`);
    };
    // One-language pages of 100, 200 and 300 bytes; bilingual pages of 150, 250, 400 and 500 bytes.
    article('a', 100, false);
    article('b', 200, false);
    article('c', 300, false);
    for (const [slug, bytes] of [
      ['d', 150],
      ['e', 250],
      ['f', 400],
      ['g', 500],
    ] as const)
      article(slug, bytes, true);
    const pages = representativePages(site);
    rmSync(site, { recursive: true, force: true });
    expect(pages.article).toBe('articles/b/index.html');
    expect(pages.articleBilingual).toBe('articles/f/index.html');
    expect(pages.articleLargest).toBe('articles/g/index.html');
  });
});

describe('search request kinds', () => {
  it('sorts Pagefind files by what they are', () => {
    expect(requestKind('http://127.0.0.1:1/pagefind/fragment/zh_abc.pf_fragment')).toBe('fragment');
    expect(requestKind('http://127.0.0.1:1/pagefind/index/zh_abc.pf_index')).toBe('index');
    expect(requestKind('http://127.0.0.1:1/pagefind/pagefind-entry.json')).toBe('index');
    expect(requestKind('http://127.0.0.1:1/pagefind/wasm.zh.pagefind')).toBe('wasm');
    expect(requestKind('http://127.0.0.1:1/pagefind/pagefind.js')).toBe('js');
    expect(requestKind('http://127.0.0.1:1/search/?q=x')).toBe('html');
  });
});

function figures(wallMs: number, extra: Partial<BuildFigures> = {}): BuildFigures {
  return {
    exitCode: 0,
    signal: null,
    timedOut: false,
    failureLog: [],
    wallMs,
    cpuS: wallMs / 1000,
    peakTreeRssBytes: 800e6,
    maxSingleRssBytes: 700e6,
    stages: parseBuildLog(OUR_LOG),
    logFile: 'x.log',
    ...extra,
  };
}

function sampleResult(articles: number, oursMs: number): RunResult {
  return {
    articles,
    seed: 42,
    corpusDir: '/tmp/corpus',
    startedAt: '2026-01-01T00:00:00.000Z',
    machine: { cpus: 2, node: 'v24.0.0', commit: 'abc123', loadBefore: [0.1, 0.2, 0.3], loadAfter: [1, 1, 1] },
    ours: {
      build: figures(oursMs),
      rebuild: figures(oursMs / 4),
      peakTreeRssBytesOfRuns: 800e6,
      output: { totalBytes: 5e6, files: 300, htmlPages: 120, searchIndexBytes: 1e6, searchIndexFiles: 100 },
      pages: {
        article: {
          page: 'articles/a/index.html',
          htmlBytes: 14_000,
          cssBytes: 6_800,
          jsBytes: 186,
          cssFiles: ['/_astro/a.css'],
          jsFiles: [],
        },
        home: null,
      },
      search: [
        { ...searchRun(140, 240_000), runsMs: [120, 140, 400], mostBytesToFirstResult: 245_000 },
        {
          lang: 'zh',
          query: '铁路',
          status: 'no-result',
          lastKeystrokeToResultMs: null,
          bytesToFirstResult: null,
          requestsToFirstResult: null,
          bytesByKind: {},
          note: 'nothing | shown',
          runsMs: [],
          mostBytesToFirstResult: null,
        },
      ],
    },
    baseline: { build: figures(oursMs / 2), markdownConversionMs: 10, output: null, pages: {} },
    buildPairs: [{ oursWallMs: oursMs, baselineWallMs: oursMs / 2, oursPeakTreeRssBytes: 800e6, baselinePeakTreeRssBytes: 700e6 }],
    baselineNotRun: null,
    dev: null,
    notes: ['The machine was busy.'],
  };
}

describe('budgets and results table', () => {
  it('marks each budget PASS, FAIL or n/a without throwing', () => {
    const checks = checkBudgets(sampleResult(100, 6000), null).checks;
    const byName = (start: string) => checks.find((c) => c.name.startsWith(start))!;
    expect(byName('Full build vs baseline')).toMatchObject({ measured: '2.00×', pass: false });
    expect(byName('Peak RSS')).toMatchObject({ pass: true });
    expect(byName('Article page HTML')).toMatchObject({ measured: '14.0 KB', pass: true });
    expect(byName('Article page JS')).toMatchObject({ measured: '186 B', pass: false });
    // The most bytes of any run, the median run's time.
    expect(byName('First search, bytes')).toMatchObject({ measured: '245.0 KB', pass: true });
    expect(byName('First search, keystroke')).toMatchObject({ measured: '140 ms', pass: true });
    expect(byName('First search, bytes').name).toContain('1 of 2 queries measured');
    const noBaseline = { ...sampleResult(100, 6000), baseline: null };
    expect(checkBudgets(noBaseline, null).checks[0]).toMatchObject({ measured: 'n/a', pass: null });
  });

  it('prints one Markdown table row per measure, with n/a for what is missing and escaped pipes', () => {
    const result = sampleResult(100, 6000);
    const md = formatResults(result, checkBudgets(result, null));
    expect(md).toContain('| measure | our site | baseline | ours / baseline |');
    expect(md).toContain('| Full build, wall (incl. search index) | 6.00 s | 3.00 s | 2.00× |');
    expect(md).toContain('| Rebuild after one file changed (same cache), wall | 1.50 s | n/a | 0.25× of cold |');
    expect(md).toContain('14.0 KB HTML, 6.8 KB CSS, 186 B JS (inline)');
    expect(md).toContain('| Home page | n/a | n/a |  |');
    expect(md).toContain('no-result: nothing \\| shown');
    expect(md).toContain('| en “railway” | 140 ms (median of 3 runs: 120 ms–400 ms) | 240.0 KB in 40 requests; most in a run 245.0 KB |');
    expect(md).toMatch(/\| Full build vs baseline \(wall\) \| ≤ 1\.0× \| 2\.00× \| FAIL \|/);
    expect(md).toContain('Budgets: the limits for 10,000 articles, the smallest size with limits (this run has 100).');
    expect(md).toContain('- The machine was busy.');
    for (const row of md.split('\n').filter((l) => l.startsWith('| '))) expect(row.endsWith(' |')).toBe(true);
  });

  it('prints the cost ratio of the larger corpus to the smaller', () => {
    const md = formatScaling([sampleResult(10_000, 120_000), sampleResult(1_000, 10_000)]);
    expect(md).toContain('| 10,000 / 1,000 (×10 articles) | 12.00× | 12.00× | 1.00× | 1.00× | 12.00× |');
  });
});

describe('first search measured several times', () => {
  it('reports the median run, every run fastest first, and the most bytes any run fetched', () => {
    const summary = summarizeRuns([
      searchRun(410, 226_000),
      searchRun(250, 210_000),
      searchRun(330, 231_000),
      searchRun(290, 224_000),
      searchRun(300, 225_000),
    ]);
    expect(summary.lastKeystrokeToResultMs).toBe(300);
    expect(summary.bytesToFirstResult).toBe(225_000);
    expect(summary.runsMs).toEqual([250, 290, 300, 330, 410]);
    expect(summary.mostBytesToFirstResult).toBe(231_000);
  });

  it('takes a run that happened for an even count (the slower middle one), not an average', () => {
    expect(summarizeRuns([searchRun(300, 1), searchRun(200, 1), searchRun(400, 1), searchRun(250, 1)]).lastKeystrokeToResultMs).toBe(300);
  });

  it('lets one failed run stand for the query, saying which run failed', () => {
    const failed: SearchMeasurement = {
      ...searchRun(0, 0),
      status: 'no-result',
      lastKeystrokeToResultMs: null,
      bytesToFirstResult: null,
      note: 'no element appeared',
    };
    const summary = summarizeRuns([searchRun(250, 1), failed, searchRun(260, 1)]);
    expect(summary.status).toBe('no-result');
    expect(summary.note).toBe('run 2 of 3: no element appeared');
  });
});

describe('builds repeated in cold pairs', () => {
  const pair = (oursMs: number, baselineMs: number, extra: Partial<BuildFigures> = {}) => ({
    ours: figures(oursMs, extra),
    baseline: figures(baselineMs),
  });

  it('stands for the run with the pair whose ratio is the median, not the fastest build', () => {
    const pairs = [pair(103_900, 76_890), pair(100_500, 61_820), pair(90_000, 60_000)];
    expect(representativePair(pairs)).toBe(pairs[2]); // ratios 1.35, 1.63, 1.50
    expect(formatPairs(pairs)).toBe('103.90 s / 76.89 s = 1.35×; 100.50 s / 61.82 s = 1.63×; 90.00 s / 60.00 s = 1.50×');
    // Two pairs: the higher ratio of the two stands for them.
    expect(representativePair(pairs.slice(0, 2))).toBe(pairs[1]);
  });

  it('lets a failed build stand for the run', () => {
    const pairs = [pair(100_000, 60_000), pair(5_000, 60_000, { exitCode: 1 }), pair(90_000, 60_000)];
    expect(representativePair(pairs)).toBe(pairs[1]);
  });

  it('checks peak memory against the highest of the builds and lists every pair in the table', () => {
    const result = {
      ...sampleResult(100, 6000),
      buildPairs: [
        { oursWallMs: 6000, baselineWallMs: 3000, oursPeakTreeRssBytes: 800e6, baselinePeakTreeRssBytes: 700e6 },
        { oursWallMs: 6600, baselineWallMs: 3000, oursPeakTreeRssBytes: 2.6e9, baselinePeakTreeRssBytes: 700e6 },
      ],
    };
    result.ours = { ...result.ours, peakTreeRssBytesOfRuns: 2.6e9 };
    const { checks } = checkBudgets(result, null);
    expect(checks.find((c) => c.name.startsWith('Peak RSS'))).toMatchObject({
      name: 'Peak RSS of the build (process tree, highest of 2 builds)',
      measured: '2.60 GB',
      pass: false,
    });
    const md = formatResults(result, { limitsApplied: 'the limits for 10,000 articles', checks });
    expect(md).toContain(
      '| Full build, wall, each of 2 cold pairs in turn (the median ratio’s is above) | 6.00 s, 6.60 s | 3.00 s, 3.00 s | 2.00×, 2.20× |',
    );
    expect(md).toContain('| Peak RSS, process tree, highest of our 2 builds | 2.60 GB | n/a |  |');
    expect(md).toContain('| Full build, wall, the fastest of each | 6.00 s | 3.00 s | 2.00× |');
  });

  it('checks the build budget on the median of the pairs’ ratios, not on each site’s fastest build', () => {
    // A real run: the baseline was slow in two pairs; each site's fastest build would give 91.84 s / 60.29 s = 1.52×.
    const walls = [
      { oursWallMs: 91_840, baselineWallMs: 74_720, oursPeakTreeRssBytes: 2.8e9, baselinePeakTreeRssBytes: 3.9e9 },
      { oursWallMs: 106_230, baselineWallMs: 60_290, oursPeakTreeRssBytes: 2.8e9, baselinePeakTreeRssBytes: 3.9e9 },
      { oursWallMs: 92_080, baselineWallMs: 72_130, oursPeakTreeRssBytes: 2.8e9, baselinePeakTreeRssBytes: 3.9e9 },
    ];
    const pairs = walls.map((w) => pair(w.oursWallMs, w.baselineWallMs));
    // Ratios 1.229, 1.762 and 1.277: the third pair's is the median, and that pair stands for the run.
    expect(representativePair(pairs)).toBe(pairs[2]);
    expect(medianRatio(walls)).toBeCloseTo(92_080 / 72_130, 6);
    const result = { ...sampleResult(10_000, 92_080), buildPairs: walls };
    result.baseline = { ...result.baseline!, build: figures(72_130) };
    expect(checkBudgets(result, null).checks.find((c) => c.name.startsWith('Full build vs baseline'))).toMatchObject({
      name: 'Full build vs baseline (wall, median of 3 pairs’ ratios)',
      limit: '≤ 1.0×',
      measured: '1.28×',
      pass: false,
    });
    expect(medianRatio([{ oursWallMs: 1000, baselineWallMs: null }])).toBeNull();
  });
});

describe('a build that failed, a baseline not run, and the dev server', () => {
  it('says how a killed build ended and shows its last lines, and why the baseline was not run', () => {
    const result = sampleResult(100_000, 900_000);
    const killed = figures(900_000, {
      exitCode: 137,
      signal: 'SIGKILL',
      failureLog: ['[build] generating static routes', '<--- Last few GCs --->'],
    });
    result.ours = { ...result.ours, build: killed, rebuild: null, search: [], output: null, pages: {} };
    result.baseline = null;
    result.baselineNotRun = 'baseline not run: estimated 39.40 GB peak, 22.00 GB available';
    const md = formatResults(result, checkBudgets(result, null));
    expect(md).toContain('| Baseline |  | baseline not run: estimated 39.40 GB peak, 22.00 GB available |  |');
    const end = 'exit 137, killed by SIGKILL (the kernel’s OOM killer sends it when memory runs out)';
    expect(md).toContain(`| Full build, wall (incl. search index) | 900.00 s (${end}) | n/a | n/a |`);
    const lastLines = ['```', '[build] generating static routes', '<--- Last few GCs --->', '```'].join('\n');
    expect(md).toContain(`Our build (${end}, after 900.00 s; log: x.log), last lines:\n\n${lastLines}`);
  });

  it('prints the dev server’s start-up, each edit to preview and the loader’s own time for it', () => {
    const result = {
      ...sampleResult(10_000, 90_000),
      dev: {
        status: 'ok' as const,
        file: '05000_4aad89aa2279374b.txt',
        path: '/articles/railway-link-5a1b2c/',
        startupMs: 25_300,
        editsMs: [1200, 900, 2500],
        editMedianMs: 1200,
        loaderS: [0.41, 0.38, null],
        peakTreeRssBytes: 1.9e9,
        note: '',
        logFile: 'dev-server.log',
      },
    };
    const budgets = checkBudgets(result, null);
    expect(budgets.checks.at(-1)).toEqual({
      name: 'Edit to preview in npm run dev (median of 3 edits)',
      limit: '≤ 2.00 s',
      measured: '1.20 s',
      pass: true,
    });
    const md = formatResults(result, budgets);
    expect(md).toContain('| Start-up: `npm run dev` until an article page is served | 25.30 s |');
    expect(md).toContain('| Edit → the page shows it (median of 3 edits, each a different word) | 1.20 s (1.20 s, 900 ms, 2.50 s) |');
    expect(md).toContain('|   of which the corpus loader’s re-parse (own log) | 410 ms, 380 ms, n/a |');
    expect(md).toContain('| Article edited | 05000_4aad89aa2279374b.txt → /articles/railway-link-5a1b2c/ |');
  });

  it('says why the dev server step failed', () => {
    const result = sampleResult(300, 7000);
    result.dev = {
      status: 'failed',
      file: null,
      path: null,
      startupMs: null,
      editsMs: [],
      editMedianMs: null,
      loaderS: [],
      peakTreeRssBytes: 0,
      note: 'the dev server exited (exit code 1); the server’s last lines: Another astro dev server is already running.',
      logFile: 'dev-server.log',
    };
    const budgets = checkBudgets(result, null);
    expect(budgets.checks.at(-1)).toMatchObject({ name: 'Edit to preview in npm run dev (median of the edits)', pass: null });
    expect(formatResults(result, budgets)).toContain(
      '| (failed) | the dev server exited (exit code 1); the server’s last lines: Another astro dev server is already running. |',
    );
  });
});
