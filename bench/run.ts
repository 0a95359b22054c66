// `npm run bench -- --articles 1000[,10000] [--seed 42] [--build-runs 3] [--search-runs 5] [--no-baseline] [--no-browser]
// [--no-rebuild] [--no-dev]`: the benchmark. Builds our site and the bare baseline on the same synthetic corpus, measures
// them and `npm run dev`, and checks the budgets for the corpus's size (reporting only).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { limitsFor } from './budget-limits.ts';
import { checkBudgets } from './budgets.ts';
import { readEarlierRuns, smallerBuild, type EarlierRun } from './earlier-runs.ts';
import { DEFAULT_SEED } from './generate-corpus.ts';
import { formatResults, formatScaling } from './results-table.ts';
import type { RunResult } from './results.ts';
import { log, OUTPUT, runOne, type Options } from './run-size.ts';
import { emptyTrash } from './trash.ts';

const DEFAULT_SEARCH_RUNS = 5;
const DEFAULT_BUILD_RUNS = 3;
const USAGE = [
  'npm run bench -- --articles 1000[,10000] [--seed 42] [--build-runs 3] [--search-runs 5]',
  '[--no-baseline] [--no-browser] [--no-rebuild] [--no-dev]',
].join(' ');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'no-baseline': { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      'no-rebuild': { type: 'boolean', default: false },
      'no-dev': { type: 'boolean', default: false },
      'search-runs': { type: 'string', default: String(DEFAULT_SEARCH_RUNS) },
      'build-runs': { type: 'string', default: String(DEFAULT_BUILD_RUNS) },
    },
  });
  const sizes = (values.articles ?? '').split(',').map(Number);
  const searchRuns = Number(values['search-runs']);
  const buildRuns = Number(values['build-runs']);
  const counts = [...sizes, searchRuns, buildRuns];
  if (!values.articles || counts.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`usage: ${USAGE}`);
    process.exit(2);
  }
  const options: Options = {
    seed: Number(values.seed),
    baseline: !values['no-baseline'],
    browser: !values['no-browser'],
    rebuild: !values['no-rebuild'],
    dev: !values['no-dev'],
    searchRuns,
    buildRuns,
  };
  mkdirSync(OUTPUT, { recursive: true });
  // Smallest first: a larger size's budgets and memory estimate then find the smaller sizes of this invocation.
  const ordered = [...new Set(sizes)].sort((a, b) => a - b);
  const results: RunResult[] = [];
  for (const articles of ordered) {
    const earlier: EarlierRun[] = [...results.map((result) => ({ result, source: 'this invocation' })), ...readEarlierRuns(OUTPUT)];
    const result = await runOne(articles, options, earlier);
    const growth = limitsFor(articles).limits.buildVsSmaller;
    const budgets = checkBudgets(result, growth ? smallerBuild(earlier, growth.articles) : null);
    const markdown = formatResults(result, budgets);
    writeFileSync(join(OUTPUT, `results-${articles}.json`), `${JSON.stringify({ ...result, budgets }, null, 2)}\n`);
    writeFileSync(join(OUTPUT, `results-${articles}.md`), markdown);
    console.log(markdown);
    results.push(result);
  }
  if (results.length > 1) {
    const scaling = `## Cost ratio between corpus sizes\n\n${formatScaling(results)}\n`;
    writeFileSync(join(OUTPUT, `results-scaling-${ordered.join('-')}.md`), scaling);
    console.log(scaling);
  }
  log('emptying bench/output/trash (earlier runs)');
  emptyTrash(OUTPUT);
}

await main();
