// Read the editable YAML data files (topics, people) and validate their shared parts, naming the file and line of every problem.

import { LineCounter, parseDocument } from 'yaml';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug-shape.ts';

/** The languages a data file may give names and keywords in: the languages of the corpus. */
export const TAXONOMY_LANGS = ['en', 'vi', 'fr', 'zh'] as const;
export type TaxonomyLang = (typeof TAXONOMY_LANGS)[number];

export type YamlPath = (string | number)[];

export interface YamlFile {
  data: unknown;
  /** Throw an Error naming the file and, when the node is found, its line. */
  fail(path: YamlPath, problem: string): never;
}

export function readYaml(yamlText: string, fileName: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new Error(`${fileName}:${pos.line}:${pos.col}: invalid YAML: ${first.message.split('\n')[0] ?? first.message}`);
  }
  const lineOf = (path: YamlPath): number | null => {
    // Point at the nearest node that exists, so a missing key still gets its parent's line.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && Array.isArray(node.range)) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  return {
    data: doc.toJS(),
    fail(path, problem) {
      const line = lineOf(path);
      throw new Error(`${fileName}${line === null ? '' : `:${line}`}: ${problem}`);
    },
  };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reject keys that are not in `allowed`, so a misspelt key is not silently ignored. */
export function checkKeys(file: YamlFile, path: YamlPath, value: Record<string, unknown>, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) file.fail([...path, key], `${what}: unknown key '${key}' (expected ${allowed.join(', ')})`);
  }
}

/** Validate a `names:` map: known languages, non-empty text, English present (refs carry the English name). */
export function parseNames(file: YamlFile, path: YamlPath, value: unknown, what: string): Partial<Record<TaxonomyLang, string>> {
  if (value === undefined || value === null) file.fail(path, `${what} has no name (add names: en: …)`);
  if (!isRecord(value)) file.fail(path, `${what}: names must be a map of language → name`);
  checkKeys(file, path, value, TAXONOMY_LANGS, `${what} names`);
  const names: Partial<Record<TaxonomyLang, string>> = {};
  for (const lang of TAXONOMY_LANGS) {
    const v = value[lang];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.trim() === '') file.fail([...path, lang], `${what}: names.${lang} is empty`);
    names[lang] = v.trim();
  }
  if (!names.en) file.fail(path, `${what} has no English name (names.en is required)`);
  return names;
}

export function parseSlug(file: YamlFile, path: YamlPath, value: unknown, what: string, seen: Map<string, number>, index: number): string {
  if (typeof value !== 'string' || value === '') file.fail(path, `${what} has no slug`);
  if (!SLUG_PATTERN.test(value) || value.length > MAX_SLUG_LENGTH) {
    file.fail(path, `${what}: bad slug '${value}' (lowercase ASCII letters and digits joined by single hyphens, at most ${MAX_SLUG_LENGTH} characters)`);
  }
  const prev = seen.get(value);
  if (prev !== undefined) file.fail(path, `duplicate slug '${value}' (also entry #${prev + 1}); slugs are permanent URLs and must be unique`);
  seen.set(value, index);
  return value;
}
