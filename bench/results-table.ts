// Markdown tables of a benchmark run: our site against the baseline, the budgets, and the cost ratio between corpus sizes.
import type { BudgetReport, BuildFigures, RunResult, SiteResult } from './results.ts';
import type { DevPreview } from './dev-preview.ts';
import type { PageKind, PageWeight } from './page-weight.ts';
import { formatBytes, formatCount, formatEnd, formatMs, formatRatio, formatSeconds, NA } from './format.ts';
import { fastestWalls } from './build-pairs.ts';

type Row = [string, string, string, string];

function table(header: string[], rows: string[][]): string {
  const escapeCell = (cell: string): string => cell.replace(/\|/g, '\\|');
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(escapeCell).join(' | ')} |`),
  ].join('\n');
}

const cpu = (b: BuildFigures | undefined): number | null => b?.cpuS ?? null;
const failed = (b: BuildFigures | undefined): string => (b && b.exitCode !== 0 ? ` (${formatEnd(b)})` : '');

function buildRows(ours: SiteResult, baseline: SiteResult | null): Row[] {
  const o = ours.build;
  const b = baseline?.build;
  const s = o.stages;
  const bs = b?.stages;
  return [
    [
      'Full build, wall (incl. search index)',
      formatMs(o.wallMs) + failed(o),
      b ? formatMs(b.wallMs) + failed(b) : NA,
      formatRatio(o.wallMs, b?.wallMs),
    ],
    ['Full build, CPU user+sys', formatSeconds(cpu(o)), formatSeconds(cpu(b)), formatRatio(cpu(o), cpu(b))],
    [
      'Peak RSS, process tree (sampled 50 ms)',
      formatBytes(o.peakTreeRssBytes),
      formatBytes(b?.peakTreeRssBytes),
      formatRatio(o.peakTreeRssBytes, b?.peakTreeRssBytes),
    ],
    [
      'Largest single process RSS (GNU time)',
      formatBytes(o.maxSingleRssBytes),
      formatBytes(b?.maxSingleRssBytes),
      formatRatio(o.maxSingleRssBytes, b?.maxSingleRssBytes),
    ],
    ['  start-up (first log line)', formatSeconds(s.startupS), formatSeconds(bs?.startupS), ''],
    ['  content sync', formatSeconds(s.contentSyncS), formatSeconds(bs?.contentSyncS), formatRatio(s.contentSyncS, bs?.contentSyncS)],
    ['    of which corpus loader (own log)', formatSeconds(s.corpusLoadS), NA, ''],
    ['  astro sync (content + types)', formatSeconds(s.typesS), formatSeconds(bs?.typesS), formatRatio(s.typesS, bs?.typesS)],
    ['  vite bundles', formatSeconds(s.viteS), formatSeconds(bs?.viteS), ''],
    [
      '  page generation',
      formatSeconds(s.pageGenerationS),
      formatSeconds(bs?.pageGenerationS),
      formatRatio(s.pageGenerationS, bs?.pageGenerationS),
    ],
    [
      '  build:done hooks (sitemap; the baseline’s Pagefind)',
      formatSeconds(s.buildDoneHooksS),
      formatSeconds(bs?.buildDoneHooksS),
      formatRatio(s.buildDoneHooksS, bs?.buildDoneHooksS),
    ],
    [
      '  search index, Pagefind (own log; ours after Astro exits)',
      formatSeconds(s.pagefindS),
      formatSeconds(bs?.pagefindS),
      formatRatio(s.pagefindS, bs?.pagefindS),
    ],
    ['Pages built (Astro)', formatCount(s.pagesBuilt), formatCount(bs?.pagesBuilt), ''],
  ];
}

function outputRows(ours: SiteResult, baseline: SiteResult | null): Row[] {
  const o = ours.output;
  const b = baseline?.output;
  return [
    ['Output size', formatBytes(o?.totalBytes), formatBytes(b?.totalBytes), formatRatio(o?.totalBytes, b?.totalBytes)],
    ['Output files', formatCount(o?.files), formatCount(b?.files), ''],
    ['HTML pages', formatCount(o?.htmlPages), formatCount(b?.htmlPages), ''],
    [
      'Search index (pagefind/)',
      `${formatBytes(o?.searchIndexBytes)} in ${formatCount(o?.searchIndexFiles)} files`,
      b ? `${formatBytes(b.searchIndexBytes)} in ${formatCount(b.searchIndexFiles)} files` : NA,
      formatRatio(o?.searchIndexBytes, b?.searchIndexBytes),
    ],
  ];
}

function weight(w: PageWeight | null | undefined): string {
  if (!w) return NA;
  const inline = w.jsBytes > 0 && w.jsFiles.length === 0 ? ' (inline)' : '';
  return `${formatBytes(w.htmlBytes)} HTML, ${formatBytes(w.cssBytes)} CSS, ${formatBytes(w.jsBytes)} JS${inline}`;
}

const PAGE_LABELS: Record<PageKind, string> = {
  article: 'Article page in one language (median size)',
  articleLargest: 'Article page (largest)',
  articleBilingual: 'Bilingual article page (median; its language control is a script)',
  home: 'Home page',
  topic: 'Topic page (largest)',
  search: 'Search page',
};

function pageRows(ours: SiteResult, baseline: SiteResult | null): Row[] {
  return (Object.keys(PAGE_LABELS) as PageKind[]).map(
    (kind) => [PAGE_LABELS[kind], weight(ours.pages[kind]), weight(baseline?.pages[kind]), ''] as Row,
  );
}

/** ` (median of 5 runs: 250–340 ms)` when the query ran more than once. */
function runSpread(runsMs: readonly number[]): string {
  return runsMs.length > 1 ? ` (median of ${runsMs.length} runs: ${formatMs(runsMs[0])}–${formatMs(runsMs.at(-1))})` : '';
}

function mostBytes(median: number | null, most: number | null): string {
  return most !== null && median !== null && most > median ? `; most in a run ${formatBytes(most)}` : '';
}

/** `npm run dev` on the run's corpus: start-up, each edit to preview, the loader's own figure, memory. */
function devRows(dev: DevPreview): string[][] {
  if (dev.status !== 'ok') return [['(failed)', dev.note]];
  const each = (values: readonly (number | null)[], show: (v: number | null) => string): string => values.map(show).join(', ');
  return [
    ['Start-up: `npm run dev` until an article page is served', formatMs(dev.startupMs)],
    [
      `Edit → the page shows it (median of ${dev.editsMs.length} edits, each a different word)`,
      `${formatMs(dev.editMedianMs)} (${each(dev.editsMs, formatMs)})`,
    ],
    ['  of which the corpus loader’s re-parse (own log)', each(dev.loaderS, formatSeconds)],
    ['Peak RSS, process tree (sampled 200 ms)', formatBytes(dev.peakTreeRssBytes)],
    ['Article edited', `${dev.file} → ${dev.path}`],
  ];
}

/** The last lines of every build that failed, as it printed them. */
function failureLogs(result: RunResult): string[] {
  const builds: [string, BuildFigures | null | undefined][] = [
    ['Our build', result.ours.build],
    ['The baseline’s build', result.baseline?.build],
    ['Our rebuild', result.ours.rebuild],
  ];
  return builds.flatMap(([name, b]) =>
    b && b.exitCode !== 0
      ? ['', `${name} (${formatEnd(b)}, after ${formatMs(b.wallMs)}; log: ${b.logFile}), last lines:`, '', '```', ...b.failureLog, '```']
      : [],
  );
}

export function formatResults(result: RunResult, budgets: BudgetReport): string {
  const { ours, baseline } = result;
  const rows: Row[] = [...buildRows(ours, baseline), ...outputRows(ours, baseline), ...pageRows(ours, baseline)];
  if (result.buildPairs.length > 1) {
    const pairs = result.buildPairs;
    rows.splice(1, 0, [
      `Full build, wall, each of ${pairs.length} cold pairs in turn (the median ratio’s is above)`,
      pairs.map((p) => formatMs(p.oursWallMs)).join(', '),
      pairs.map((p) => formatMs(p.baselineWallMs)).join(', '),
      pairs.map((p) => formatRatio(p.oursWallMs, p.baselineWallMs)).join(', '),
    ]);
    const fastest = fastestWalls(pairs);
    rows.splice(2, 0, [
      'Full build, wall, the fastest of each',
      formatMs(fastest?.oursWallMs),
      formatMs(fastest?.baselineWallMs),
      formatRatio(fastest?.oursWallMs, fastest?.baselineWallMs),
    ]);
    rows.splice(5, 0, [`Peak RSS, process tree, highest of our ${pairs.length} builds`, formatBytes(ours.peakTreeRssBytesOfRuns), NA, '']);
  }
  if (ours.rebuild)
    rows.splice(result.buildPairs.length > 1 ? 7 : 4, 0, [
      'Rebuild after one file changed (same cache), wall',
      formatMs(ours.rebuild.wallMs) + failed(ours.rebuild),
      NA,
      `${formatRatio(ours.rebuild.wallMs, ours.build.wallMs)} of cold`,
    ]);
  // First, after the rows placed by index above.
  if (result.baselineNotRun) rows.unshift(['Baseline', '', result.baselineNotRun, '']);
  const searchRows = ours.search.map((s) => [
    `${s.lang} “${s.query}”`,
    s.status === 'ok' ? formatMs(s.lastKeystrokeToResultMs) + runSpread(s.runsMs) : NA,
    s.status === 'ok'
      ? `${formatBytes(s.bytesToFirstResult)} in ${s.requestsToFirstResult} requests${mostBytes(s.bytesToFirstResult, s.mostBytesToFirstResult)}`
      : NA,
    s.status === 'ok'
      ? Object.entries(s.bytesByKind)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${formatBytes(v)}`)
          .join(', ')
      : `${s.status}: ${s.note}`,
  ]);
  const status = (pass: boolean | null): string => (pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL');
  return [
    `## ${formatCount(result.articles)} articles (seed ${result.seed}), ${result.startedAt}`,
    '',
    `Machine: ${result.machine.cpus} cores, load ${result.machine.loadBefore.map((l) => l.toFixed(2)).join(' ')} before and ${result.machine.loadAfter.map((l) => l.toFixed(2)).join(' ')} after; Node ${result.machine.node}; commit ${result.machine.commit}.`,
    '',
    table(['measure', 'our site', 'baseline', 'ours / baseline'], rows),
    '',
    table(
      [
        'first search (a fresh browser context per run)',
        'last keystroke → first result',
        'fetched before first result (median run)',
        'by kind (median run)',
      ],
      searchRows.length > 0 ? searchRows : [['(not measured)', NA, NA, '']],
    ),
    '',
    ...(result.dev ? [table(['npm run dev', 'measured'], devRows(result.dev)), ''] : []),
    `Budgets: ${budgets.limitsApplied}.`,
    '',
    table(
      ['budget', 'limit', 'measured', 'status'],
      budgets.checks.map((b) => [b.name, b.limit, b.measured, status(b.pass)]),
    ),
    ...(result.notes.length > 0 ? ['', ...result.notes.map((n) => `- ${n}`)] : []),
    ...failureLogs(result),
    '',
  ].join('\n');
}

/** How the cost grows from the smallest to each larger corpus: wall, CPU, memory, output. */
export function formatScaling(results: RunResult[]): string {
  const sorted = [...results].sort((a, b) => a.articles - b.articles);
  const base = sorted[0]!;
  const rows = sorted
    .slice(1)
    .map((r) => [
      `${formatCount(r.articles)} / ${formatCount(base.articles)} (×${(r.articles / base.articles).toFixed(0)} articles)`,
      formatRatio(r.ours.build.wallMs, base.ours.build.wallMs),
      formatRatio(r.ours.build.cpuS, base.ours.build.cpuS),
      formatRatio(r.ours.build.peakTreeRssBytes, base.ours.build.peakTreeRssBytes),
      formatRatio(r.ours.output?.totalBytes, base.ours.output?.totalBytes),
      formatRatio(r.baseline?.build.wallMs, base.baseline?.build.wallMs),
    ]);
  return table(['cost ratio', 'our wall', 'our CPU', 'our peak RSS', 'our output size', 'baseline wall'], rows);
}
