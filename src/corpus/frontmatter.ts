// Split and validate the optional YAML frontmatter an editor adds to fix a wrong guess.
import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { partialDateFromText } from './partial-date-text.ts';
import type { LanguageCode, PartialDate, Problem } from './types.ts';

/** Fields an editor may pin; each one replaces the inferred value. */
export interface FrontmatterOverrides {
  title?: string;
  date?: PartialDate;
  language?: LanguageCode;
  topics?: string[];
  people?: string[];
  slug?: string;
  source?: { name: string | null; url: string | null };
  byline?: string;
}

export interface FrontmatterSplit {
  overrides: FrontmatterOverrides;
  /** The text after the closing `---`. */
  body: string;
  /** 1-based line number in the file where `body` starts. */
  bodyFirstLine: number;
  errors: Problem[];
}

const ALLOWED_KEYS = ['title', 'date', 'language', 'topics', 'people', 'slug', 'source', 'byline'] as const;
const LANGUAGES: readonly LanguageCode[] = ['en', 'vi', 'fr', 'zh'];
const HINT = `Fix the frontmatter between the two \`---\` lines. Allowed keys: ${ALLOWED_KEYS.join(', ')}.`;

/** What each key must be, as the message to the editor says it: frontmatter `date` must be … */
const KEY_EXPECTS: Record<(typeof ALLOWED_KEYS)[number], string> = {
  title: 'a non-empty text',
  byline: 'a non-empty text',
  slug: 'a non-empty text',
  date: 'a date as YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD when the year is unknown',
  language: `one of ${LANGUAGES.join(', ')}`,
  topics: 'a list of slugs',
  people: 'a list of slugs',
  source: 'a URL, or `name:` and/or `url:` (http or https)',
};

const WEB_ADDRESS = /^https?:\/\//;

const text = z.string().trim().min(1);

function refuse(ctx: z.core.$RefinementCtx, expected: string): never {
  ctx.addIssue({ code: 'custom', message: expected });
  return z.NEVER as never;
}

/** The schema of each key an editor may pin, read one key at a time so one bad value does not hide the others. */
const FIELDS = {
  title: text,
  byline: text,
  slug: text,
  date: z.unknown().transform((value, ctx): PartialDate => {
    // YAML reads an unquoted 2025-04-14 as a timestamp; accept it as the same date.
    const raw = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    return partialDateFromText(raw) ?? refuse(ctx, KEY_EXPECTS.date);
  }),
  language: z.enum(LANGUAGES as [LanguageCode, ...LanguageCode[]]),
  topics: z.array(text),
  people: z.array(text),
  source: z.unknown().transform((value, ctx): { name: string | null; url: string | null } => {
    if (typeof value === 'string' && WEB_ADDRESS.test(value)) return { name: null, url: value };
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const s = value as Record<string, unknown>;
      const name = typeof s.name === 'string' ? s.name : null;
      const url = typeof s.url === 'string' && WEB_ADDRESS.test(s.url) ? s.url : null;
      if ((name || url) && (s.url === undefined || url)) return { name, url };
    }
    return refuse(ctx, KEY_EXPECTS.source);
  }),
} satisfies Record<(typeof ALLOWED_KEYS)[number], z.ZodType>;

/** Split frontmatter from a normalised text. A file without a leading `---` line has none. */
export function splitFrontmatter(file: string, text: string): FrontmatterSplit {
  const none: FrontmatterSplit = { overrides: {}, body: text, bodyFirstLine: 1, errors: [] };
  if (!text.startsWith('---\n')) return none;
  const end = text.indexOf('\n---', 3);
  const closing = end >= 0 ? text.slice(end + 4).match(/^[ \t]*(\n|$)/) : null;
  if (end < 0 || !closing) {
    return {
      ...none,
      errors: [
        {
          severity: 'error',
          code: 'frontmatter-unclosed',
          file,
          line: 1,
          message: 'frontmatter starts with `---` but has no closing `---` line',
          hint: HINT,
        },
      ],
    };
  }
  const yamlText = text.slice(4, end + 1);
  const afterClosing = end + 4 + closing[0].length;
  const bodyFirstLine = text.slice(0, afterClosing).split('\n').length;
  const result: FrontmatterSplit = { overrides: {}, body: text.slice(afterClosing), bodyFirstLine, errors: [] };
  const fail = (message: string, line = 1): void => {
    result.errors.push({ severity: 'error', code: 'frontmatter-invalid', file, line, message, hint: HINT });
  };

  const doc = parseDocument(yamlText, { prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) fail(`frontmatter is not valid YAML: ${e.message.split('\n')[0]}`, 1 + (e.linePos?.[0]?.line ?? 1));
    return result;
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return result;
  if (typeof data !== 'object' || Array.isArray(data)) {
    fail('frontmatter must be a set of `key: value` lines');
    return result;
  }
  const o = result.overrides as Record<string, unknown>;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const keyLine = 1 + (yamlText.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1 || 1);
    if (!Object.hasOwn(FIELDS, key)) {
      fail(`unknown frontmatter key \`${key}\``, keyLine);
      continue;
    }
    const field = key as keyof typeof FIELDS;
    const checked = FIELDS[field].safeParse(value);
    if (checked.success) o[field] = checked.data;
    else fail(`frontmatter \`${key}\` must be ${KEY_EXPECTS[field]}`, keyLine);
  }
  return result;
}
