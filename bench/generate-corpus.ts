// `npm run bench:corpus -- --articles 1000 [--out bench/output/corpus-1000] [--seed 42]`: a deterministic synthetic corpus in the seed corpus's shapes.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleRandom } from './prng.ts';
import { planArticle, type ArticlePlan, type Shape } from './corpus-plan.ts';
import { composeArticle } from './compose-article.ts';
import { headline } from './headlines.ts';
import { loadSentencePools, type ProseLanguage } from './seed-sentences.ts';
import type { DateKind } from './datelines.ts';

const BENCH_DIR = import.meta.dirname;
const PROJECT_ROOT = resolve(BENCH_DIR, '..');
export const DEFAULT_SEED = 42;
/** Everything the bytes depend on besides the arguments: a change to any of them invalidates cached corpora. */
const GENERATOR_FILES = [
  'prng.ts',
  'seed-sentences.ts',
  'corpus-vocabulary.ts',
  'datelines.ts',
  'corpus-plan.ts',
  'compose-article.ts',
  'headlines.ts',
  'generate-corpus.ts',
  'chinese-sentences.txt',
  'french-sentences.txt',
];
/** Only files the generator wrote are ever deleted from the output folder. */
const GENERATED_NAME = /^\d{5,}_[0-9a-f]{16}\.txt$/;

export interface GenerateOptions {
  articles: number;
  out: string;
  seed?: number;
  /** Folder of seed .txt files the prose is taken from (default: the project's seeds/). */
  seedDir?: string;
}

export interface GeneratedFile {
  file: string;
  shape: Shape;
  /** The primary language the parser should find; `mixed` files may come out en, vi or fr. */
  expectedLanguage: ProseLanguage | 'mixed';
  dateKind: DateKind;
  /** `YYYY-MM-DD`, `--MM-DD`, or null. */
  date: string | null;
  title: string;
  plan: ArticlePlan;
  words: number;
  bytes: number;
}

export interface GenerationResult {
  out: string;
  seed: number;
  articles: number;
  fingerprint: string;
  files: GeneratedFile[];
}

export function corpusFingerprint(articles: number, seed: number, seedDir = join(PROJECT_ROOT, 'seeds')): string {
  const hash = createHash('sha256').update(`${articles}:${seed}\n`);
  for (const name of GENERATOR_FILES) hash.update(name).update(readFileSync(join(BENCH_DIR, name)));
  for (const name of readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    hash.update(name).update(readFileSync(join(seedDir, name)));
  return hash.digest('hex').slice(0, 16);
}

const HEADLINE_LANGUAGE: Record<Shape, ProseLanguage> = { en: 'en', vi: 'vi', fr: 'fr', zh: 'zh', bilingual: 'en', mixed: 'fr' };

/** Write the corpus (replacing earlier generated files in `out`) and return what each file was meant to be. */
export function generateCorpus(options: GenerateOptions): GenerationResult {
  const seed = options.seed ?? DEFAULT_SEED;
  const seedDir = options.seedDir ?? join(PROJECT_ROOT, 'seeds');
  if (!Number.isInteger(options.articles) || options.articles < 1)
    throw new Error(`--articles must be a positive integer, got ${options.articles}`);
  const pools = loadSentencePools(seedDir, { zh: join(BENCH_DIR, 'chinese-sentences.txt'), fr: join(BENCH_DIR, 'french-sentences.txt') });
  mkdirSync(options.out, { recursive: true });
  for (const name of readdirSync(options.out)) if (GENERATED_NAME.test(name)) rmSync(join(options.out, name));
  const digits = Math.max(5, String(options.articles - 1).length);
  const files: GeneratedFile[] = [];
  for (let index = 0; index < options.articles; index++) {
    const plan = planArticle(seed, index);
    const lang = HEADLINE_LANGUAGE[plan.shape];
    const title = { text: headline(index, lang), vi: headline(index, 'vi') };
    // A stream of its own, so adding a feature to the plan never reshuffles the prose of every article.
    const article = composeArticle(plan, title, pools, articleRandom(seed ^ 0x5bd1e995, index));
    const bytes = Buffer.from(article.text, 'utf8');
    const file = `${String(index).padStart(digits, '0')}_${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.txt`;
    writeFileSync(join(options.out, file), bytes);
    files.push({
      file,
      shape: plan.shape,
      expectedLanguage: plan.shape === 'bilingual' ? 'en' : plan.shape === 'mixed' ? 'mixed' : plan.shape,
      dateKind: plan.dateKind,
      date: article.dateline.iso,
      title: article.title,
      plan,
      words: article.words,
      bytes: bytes.length,
    });
  }
  const result: GenerationResult = {
    out: options.out,
    seed,
    articles: options.articles,
    fingerprint: corpusFingerprint(options.articles, seed, seedDir),
    files,
  };
  writeFileSync(manifestPath(options.out), `${JSON.stringify(result, null, 1)}\n`);
  return result;
}

/** Beside the corpus folder, not in it: the site would list a non-.txt file as ignored. */
export function manifestPath(out: string): string {
  return `${out.replace(/\/+$/, '')}.manifest.json`;
}

function share(n: number, total: number): string {
  return `${n} (${Math.round((100 * n) / total)}%)`;
}

function tally<T extends string>(values: T[]): string {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${share(n, values.length)}`)
    .join(', ');
}

/** What was generated, in the terms `corpus:check --json` can be compared with. */
export function formatSummary(result: GenerationResult): string {
  const f = result.files;
  const n = f.length;
  const words = f.map((x) => x.words);
  const count = (test: (p: ArticlePlan) => boolean): string => share(f.filter((x) => test(x.plan)).length, n);
  const years = f.filter((x) => x.dateKind === 'full').map((x) => x.date!.slice(0, 4));
  return [
    `${n} articles in ${result.out} (seed ${result.seed}, fingerprint ${result.fingerprint})`,
    `  words      mean ${Math.round(words.reduce((a, b) => a + b, 0) / n)}, min ${Math.min(...words)}, max ${Math.max(...words)}; ${(f.reduce((a, x) => a + x.bytes, 0) / 1024).toFixed(0)} KiB`,
    `  shapes     ${tally(f.map((x) => x.shape))}`,
    `  languages  ${tally(f.map((x) => x.expectedLanguage))}`,
    `  dates      ${tally(f.map((x) => x.dateKind))}`,
    `  years      ${tally(years)}`,
    `  features   no headline ${count((p) => !p.headline)}, agency prefix ${count((p) => p.agencyPrefix)}, figures ${count((p) => p.figures > 0)}, subheadings ${count((p) => p.subheadings > 0)}, byline ${count((p) => p.byline)}, source lines ${count((p) => p.sourceLines)}, boilerplate ${count((p) => p.boilerplate)}, lost apostrophes ${count((p) => p.lostApostrophes)}, repeated headline ${count((p) => p.repeatedHeadline)}`,
  ].join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } });
  const articles = Number(values.articles);
  if (!values.articles || !Number.isInteger(articles) || articles < 1) {
    console.error('usage: npm run bench:corpus -- --articles N [--out bench/output/corpus-N] [--seed 42]');
    process.exit(2);
  }
  const out = resolve(values.out ?? join(BENCH_DIR, 'output', `corpus-${articles}`));
  const result = generateCorpus({ articles, out, seed: values.seed === undefined ? DEFAULT_SEED : Number(values.seed) });
  console.log(formatSummary(result));
}

if (import.meta.main) main();
