// Read the editable YAML data files (topics, people, glossary) and check them against their zod schemas: the parts they
// share are here, and every problem names the file, the line and what to do.

import { z } from 'astro/zod';
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

/** Where a schema's message names the entry it is about; checkedData puts the entry's label there (`topic 'a'`, `person #3`). */
export const ENTRY = '{entry}';

/**
 * The file's data as the schema reads it, or an Error naming the file, the line and what to do. An unknown key is told
 * before the entry's other problems: it is most often a misspelt one, which the others follow from.
 */
export function checkedData<S extends z.ZodType>(file: YamlFile, schema: S, entryLabel: (index: number) => string): z.output<S> {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0]!;
  // An unknown key in the map the first problem is in, or in the same entry.
  const entryOf = (issue: z.core.$ZodIssue): string => issue.path.slice(0, 2).join('\u0000');
  const near = (unknown: z.core.$ZodIssue): boolean =>
    unknown.path.every((key, k) => first.path[k] === key) || entryOf(unknown) === entryOf(first);
  const issue = issues.find((i) => i.code === 'unrecognized_keys' && near(i)) ?? first;
  const path = (issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path) as YamlPath;
  const index = path[1];
  return file.fail(path, issue.message.replace(ENTRY, typeof index === 'number' ? entryLabel(index) : ''));
}

/** A map with only these keys: any other is refused, so a misspelt key is not silently ignored. */
export function strictMap<T extends z.core.$ZodLooseShape>(shape: T, what: string, notAMap: string) {
  const keys = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `${what}: unknown key '${issue.keys[0]}' (expected ${keys})` : notAMap),
  });
}

/** A `slug:`: slugs become URLs, so they have the shape of article slugs. */
export const slugSchema = z
  .string({ error: `${ENTRY} has no slug` })
  .min(1, { error: `${ENTRY} has no slug` })
  .refine((slug) => SLUG_PATTERN.test(slug) && slug.length <= MAX_SLUG_LENGTH, {
    error: (issue) =>
      `${ENTRY}: bad slug '${String(issue.input)}' ` +
      `(lowercase ASCII letters and digits joined by single hyphens, at most ${MAX_SLUG_LENGTH} characters)`,
  });

/** A `names:` map: known languages, non-empty text, English present (refs carry the English name). */
export const namesSchema = z
  .strictObject(
    Object.fromEntries(
      TAXONOMY_LANGS.map((lang) => {
        const empty = `${ENTRY}: names.${lang} is empty`;
        return [lang, z.string({ error: empty }).trim().min(1, { error: empty }).optional()];
      }),
    ) as Record<TaxonomyLang, z.ZodOptional<z.ZodString>>,
    {
      error: (issue) => {
        if (issue.code === 'unrecognized_keys') {
          return `${ENTRY} names: unknown key '${issue.keys[0]}' (expected ${TAXONOMY_LANGS.join(', ')})`;
        }
        if (issue.input === undefined || issue.input === null) return `${ENTRY} has no name (add names: en: …)`;
        return `${ENTRY}: names must be a map of language → name`;
      },
    },
  )
  .refine((names) => names.en !== undefined, { error: `${ENTRY} has no English name (names.en is required)` })
  .transform((names): Partial<Record<TaxonomyLang, string>> => names);

/** A list of at least one entry. */
export function listOf<T extends z.ZodType>(item: T, problem: string) {
  return z.array(item, { error: problem }).min(1, { error: problem });
}

/** An entry of a list of phrases: text (a number or a date must be quoted), not blank; kept trimmed. */
export function phraseSchema(what: string, field: string) {
  return z
    .unknown()
    .refine((v) => typeof v === 'string', {
      error: (issue) => `${what}: ${field} entry ${JSON.stringify(issue.input)} must be text (quote it)`,
      abort: true,
    })
    .transform((v) => (v as string).trim())
    .refine((v) => v !== '', { error: `${what}: empty entry in ${field}` });
}

/** No two entries may share a slug: slugs are permanent URLs. */
export function checkUniqueSlugs(file: YamlFile, listKey: string, slugs: readonly string[]): void {
  const first = new Map<string, number>();
  slugs.forEach((slug, i) => {
    const prev = first.get(slug);
    if (prev !== undefined) {
      file.fail([listKey, i, 'slug'], `duplicate slug '${slug}' (also entry #${prev + 1}); slugs are permanent URLs and must be unique`);
    }
    first.set(slug, i);
  });
}

/** `topic 'a'` when the entry has a slug, else `topic #3`: how messages name the entry they are about. */
export function entryLabeller(data: unknown, listKey: string, noun: string): (index: number) => string {
  return (index) => {
    const list = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[listKey] : undefined;
    const entry: unknown = Array.isArray(list) ? list[index] : undefined;
    const slug = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).slug : undefined;
    return typeof slug === 'string' ? `${noun} '${slug}'` : `${noun} #${index + 1}`;
  };
}
