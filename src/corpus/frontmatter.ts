// Split and validate the optional YAML frontmatter an editor adds to fix a wrong guess.
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

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) return null;
  return value.map((v: string) => v.trim());
}

/** Split frontmatter from a normalised text. A file without a leading `---` line has none. */
export function splitFrontmatter(file: string, text: string): FrontmatterSplit {
  const none: FrontmatterSplit = { overrides: {}, body: text, bodyFirstLine: 1, errors: [] };
  if (!text.startsWith('---\n')) return none;
  const end = text.indexOf('\n---', 3);
  const closing = end >= 0 ? text.slice(end + 4).match(/^[ \t]*(\n|$)/) : null;
  if (end < 0 || !closing) {
    return {
      ...none,
      errors: [{ severity: 'error', code: 'frontmatter-unclosed', file, line: 1, message: 'frontmatter starts with `---` but has no closing `---` line', hint: HINT }],
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
  const o = result.overrides;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const keyLine = 1 + (yamlText.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1 || 1);
    const bad = (expected: string): void => fail(`frontmatter \`${key}\` must be ${expected}`, keyLine);
    switch (key) {
      case 'title':
      case 'byline':
      case 'slug':
        if (typeof value === 'string' && value.trim() !== '') o[key] = value.trim();
        else bad('a non-empty text');
        break;
      case 'date': {
        // YAML reads an unquoted 2025-04-14 as a timestamp; accept it as the same date.
        const raw = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
        const date = partialDateFromText(raw);
        if (date) o.date = date;
        else bad('a date as YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD when the year is unknown');
        break;
      }
      case 'language':
        if (typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)) o.language = value as LanguageCode;
        else bad(`one of ${LANGUAGES.join(', ')}`);
        break;
      case 'topics':
      case 'people': {
        const list = stringList(value);
        if (list) o[key] = list;
        else bad('a list of slugs');
        break;
      }
      case 'source': {
        if (typeof value === 'string' && /^https?:\/\//.test(value)) o.source = { name: null, url: value };
        else if (value && typeof value === 'object' && !Array.isArray(value)) {
          const s = value as Record<string, unknown>;
          const name = typeof s.name === 'string' ? s.name : null;
          const url = typeof s.url === 'string' && /^https?:\/\//.test(s.url) ? s.url : null;
          if ((name || url) && (s.url === undefined || url)) o.source = { name, url };
          else bad('a URL, or `name:` and/or `url:` (http or https)');
        } else bad('a URL, or `name:` and/or `url:` (http or https)');
        break;
      }
      default:
        fail(`unknown frontmatter key \`${key}\``, keyLine);
    }
  }
  return result;
}
