// `node bench/verify-corpus.ts <corpus folder>`: parse a generated corpus with the real corpus library and compare it with what the generator meant.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCorpusContext } from '../src/corpus/context.ts';
import { parseCorpus } from '../src/corpus/parse-corpus.ts';
import type { Article } from '../src/corpus/types.ts';
import { manifestPath, type GeneratedFile, type GenerationResult } from './generate-corpus.ts';

export interface Verification {
  parsed: number;
  errors: string[];
  /** One line per file whose parse disagrees with its plan (language, date, title, figures…). */
  mismatches: string[];
  /** What the parser found, as counts: languages, date precisions, warnings by code. */
  found: {
    languages: Record<string, number>;
    datePrecision: Record<string, number>;
    warnings: Record<string, number>;
    meanWords: number;
    duplicateTitles: number;
  };
}

const DATE_PRECISION = { full: 'day', partial: 'month-day', none: 'unknown' } as const;

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function disagreements(meant: GeneratedFile, a: Article): string[] {
  const out: string[] = [];
  if (meant.expectedLanguage === 'mixed') {
    for (const lang of ['fr', 'vi', 'en'] as const)
      if (!a.languages.includes(lang)) out.push(`languages ${a.languages.join(',')} lack ${lang}`);
  } else if (a.language !== meant.expectedLanguage) out.push(`language ${a.language}, meant ${meant.expectedLanguage}`);
  if (meant.shape === 'bilingual' && !a.languages.includes('vi')) out.push('bilingual file without vi');
  if (a.date.precision !== DATE_PRECISION[meant.dateKind]) out.push(`date ${a.date.precision}, meant ${meant.dateKind}`);
  const date =
    a.date.iso ??
    (a.date.precision === 'month-day' ? `--${String(a.date.month).padStart(2, '0')}-${String(a.date.day).padStart(2, '0')}` : null);
  if (date !== meant.date) out.push(`date ${date}, meant ${meant.date}`);
  if (a.title !== meant.title) out.push(`title "${a.title}", meant "${meant.title}"`);
  const figures = a.body.filter((b) => b.kind === 'figure').length;
  if (figures !== meant.plan.figures) out.push(`${figures} figures, meant ${meant.plan.figures}`);
  const subheadings = a.body.filter((b) => b.kind === 'subheading').length;
  if (subheadings > meant.plan.subheadings) out.push(`${subheadings} subheadings, meant at most ${meant.plan.subheadings}`);
  if (meant.plan.byline !== (a.byline !== null)) out.push(`byline ${a.byline ?? 'none'}, meant ${meant.plan.byline ? 'one' : 'none'}`);
  if ((meant.plan.sourceLines || meant.plan.agencyPrefix) !== (a.source !== null)) out.push(`source ${JSON.stringify(a.source)}`);
  return out;
}

export function verifyCorpus(folder: string, manifest: GenerationResult): Verification {
  const result = parseCorpus(folder, createCorpusContext());
  const byFile = new Map(result.articles.map((a) => [a.sourceFile, a]));
  const v: Verification = {
    parsed: result.articles.length,
    errors: result.errors.map((e) => `${e.file}: ${e.message}`),
    mismatches: [],
    found: { languages: {}, datePrecision: {}, warnings: {}, meanWords: 0, duplicateTitles: 0 },
  };
  for (const meant of manifest.files) {
    const a = byFile.get(meant.file);
    if (!a) continue;
    for (const d of disagreements(meant, a)) v.mismatches.push(`${meant.file}: ${d}`);
  }
  for (const a of result.articles) {
    bump(v.found.languages, a.language);
    bump(v.found.datePrecision, a.date.precision);
    v.found.meanWords += a.wordCount / result.articles.length;
  }
  for (const w of result.warnings) bump(v.found.warnings, w.code);
  v.found.meanWords = Math.round(v.found.meanWords);
  v.found.duplicateTitles = result.articles.length - new Set(result.articles.map((a) => a.title)).size;
  return v;
}

function main(): void {
  const folder = resolve(process.argv[2] ?? '');
  if (!process.argv[2]) {
    console.error('usage: node bench/verify-corpus.ts <generated corpus folder>');
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(manifestPath(folder), 'utf8')) as GenerationResult;
  const v = verifyCorpus(folder, manifest);
  console.log(
    `${v.parsed} of ${manifest.files.length} files parsed, ${v.errors.length} errors, ${v.mismatches.length} disagreements with the plan`,
  );
  console.log(`  languages  ${JSON.stringify(v.found.languages)}`);
  console.log(`  dates      ${JSON.stringify(v.found.datePrecision)}`);
  console.log(`  warnings   ${JSON.stringify(v.found.warnings)}`);
  console.log(`  words      mean ${v.found.meanWords}; duplicate titles ${v.found.duplicateTitles}`);
  for (const line of [...v.errors, ...v.mismatches].slice(0, 40)) console.log(`  ${line}`);
  process.exitCode = v.errors.length > 0 || v.mismatches.length > 0 ? 1 : 0;
}

if (import.meta.main) main();
