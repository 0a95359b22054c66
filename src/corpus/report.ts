// Format problems for people: one readable report, every bad file once, its reason, its place and a hint.
import type { Problem } from './types.ts';

function place(p: Problem): string {
  const parts: string[] = [];
  if (p.line !== undefined) parts.push(`line ${p.line}`);
  if (p.byte !== undefined) parts.push(`byte ${p.byte}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export function formatProblem(p: Problem, folder: string): string {
  return `  ${folder}/${p.file}${place(p)}: ${p.message}\n      → ${p.hint}`;
}

/** The build-stopping report: a headline that counts, then every error grouped by file. */
export function formatErrorReport(errors: readonly Problem[], folder: string, totalFiles: number): string {
  const files = new Set(errors.map((e) => e.file));
  const head = `The corpus in ${folder}/ cannot be built: ${files.size} of ${totalFiles} file${totalFiles === 1 ? '' : 's'} ${files.size === 1 ? 'has' : 'have'} errors. Nothing was published.`;
  const sorted = [...errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return [head, ...sorted.map((p) => formatProblem(p, folder))].join('\n');
}
