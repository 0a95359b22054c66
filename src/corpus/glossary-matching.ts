// Glossary of places and terms: parse/validate the editable YAML of their forms across languages, and find which an article uses.

import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import {
  ENTRY,
  checkUniqueSlugs,
  checkedData,
  entryLabeller,
  listOf,
  namesSchema,
  phraseSchema,
  readYaml,
  slugSchema,
  strictMap,
} from './data-file.ts';
import type { TaxonomyLang, YamlFile, YamlPath } from './data-file.ts';
import { buildTrie, compilePhrase, diacriticsAgree, matchAt, tokenizeShared } from './phrase-match.ts';
import type { Phrase, Token } from './phrase-match.ts';
import { hanWords } from '../search/han-words.ts';
import { joinTexts } from './topic-texts.ts';

const HAN_CHAR = /\p{Script=Han}/u;

export const GLOSSARY_KINDS = ['place', 'term'] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

/** One place or term and every way the corpus writes it. */
export interface GlossaryEntry {
  /** Permanent identifier: lowercase ASCII words joined by hyphens. */
  slug: string;
  kind: GlossaryKind;
  /** Display name per language; each is also a form the entry is found by. */
  names: Partial<Record<TaxonomyLang, string>>;
  /** Every form, names then aliases, each once, in file order: what an article using one of them is also indexed under. */
  spellings: string[];
  /** Longer phrases containing a form that are not this entry ("中南海" for 南海, "北京时间" for 北京). */
  exclude?: string[];
}

// ---------------------------------------------------------------------------
// Parsing

/** Forms written in a list: not blank, every one a phrase the matcher can find, NFC like the text it is matched in. */
function formsSchema(field: string) {
  return listOf(
    phraseSchema(ENTRY, field).refine((form) => compilePhrase(form) !== null, { error: `${ENTRY}: empty entry in ${field}` }),
    `${ENTRY}: ${field} must be a non-empty list (or leave ${field} out)`,
  )
    .transform((forms) => forms.map((form) => form.normalize('NFC')))
    .optional();
}

const entrySchema = strictMap(
  {
    slug: slugSchema,
    kind: z.enum(GLOSSARY_KINDS, {
      error: (issue) =>
        issue.input === undefined
          ? `${ENTRY} has no kind (add kind: place or kind: term)`
          : `${ENTRY}: kind must be ${GLOSSARY_KINDS.join(' or ')}, not ${JSON.stringify(issue.input)}`,
    }),
    names: namesSchema,
    aliases: formsSchema('aliases'),
    exclude: formsSchema('exclude'),
  },
  ENTRY,
  `${ENTRY} must be a map with slug, kind, names (and optionally aliases, exclude)`,
);

const glossarySchema = strictMap(
  { terms: listOf(entrySchema, '`terms:` must be a non-empty list') },
  'glossary file',
  'expected a map with a `terms:` list',
);

/** Parse and validate glossary YAML text; throw an Error naming the file, the line, the entry and what to do. */
export function parseGlossary(yamlText: string, fileName: string): GlossaryEntry[] {
  // Annotated so that `file.fail` (returns never) narrows types after it.
  const file: YamlFile = readYaml(yamlText, fileName);
  const parsed = checkedData(file, glossarySchema, entryLabeller(file.data, 'terms', 'entry'));
  checkUniqueSlugs(
    file,
    'terms',
    parsed.terms.map((t) => t.slug),
  );
  const rawTerms = (file.data as { terms: { names: Record<string, unknown> }[] }).terms;
  // Text matched with its diacritics and case set aside would be found by both entries, and a
  // reader searching one would be shown the other: a folded spelling belongs to one entry.
  const foldOwner = new Map<string, string>();
  return parsed.terms.map(({ slug, kind, names, aliases = [], exclude }, i): GlossaryEntry => {
    const path: YamlPath = ['terms', i];
    const label = `entry '${slug}'`;
    const spellings: string[] = [];
    const forms: Phrase[] = [];
    const seen = new Map<string, string>();
    const add = (written: string, at: YamlPath, isAlias: boolean): void => {
      const form = written.normalize('NFC');
      const phrase = compilePhrase(form);
      if (!phrase) file.fail(at, `${label}: '${form}' has no letters or characters`);
      const key = formKey(phrase);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        // One name is often the same in two languages (Guangxi, Shanghai): listed once.
        if (!isAlias) return;
        file.fail(at, `${label}: alias '${form}' is already listed as '${earlier}' (remove it from aliases)`);
      }
      seen.set(key, form);
      const fold = foldKey(phrase);
      const owner = foldOwner.get(fold);
      if (owner !== undefined && owner !== slug) {
        file.fail(at, `${label}: '${form}' is also a form of '${owner}' (diacritics and case aside); a form must name one entry only`);
      }
      foldOwner.set(fold, slug);
      spellings.push(form);
      forms.push(phrase);
    };
    // Names in the order the file lists them: the first is the spelling results show.
    for (const lang of Object.keys(rawTerms[i]!.names)) {
      const name = names[lang as TaxonomyLang];
      if (name !== undefined) add(name, [...path, 'names', lang], false);
    }
    aliases.forEach((alias, k) => {
      add(alias, [...path, 'aliases', k], true);
    });

    const entry: GlossaryEntry = { slug, kind, names, spellings };
    if (exclude) {
      exclude.forEach((ex, k) => {
        const phrase = compilePhrase(ex);
        if (phrase && !forms.some((f) => containsForm(phrase, f))) {
          file.fail(
            [...path, 'exclude', k],
            `${label}: exclude '${ex}' contains none of the entry's forms, so it excludes nothing (remove it, or add the form it contains)`,
          );
        }
      });
      entry.exclude = exclude;
    }
    return entry;
  });
}

/** Two forms match exactly the same text when their words, diacritics, capitals and punctuation agree. */
function formKey(p: Phrase): string {
  return `${p.tokens.map((t) => t.exact + (isAcronym(t) ? '^^' : t.upperFirst ? '^' : '')).join(' ')}|${p.gaps.join('|')}`;
}

/** What a form reads as once case, diacritics and punctuation are set aside. */
function foldKey(p: Phrase): string {
  return p.tokens.map((t) => t.fold).join(' ');
}

/** Whether `form`'s words occur in sequence in `phrase` (case and diacritics aside), as the matcher would find them. */
function containsForm(phrase: Phrase, form: Phrase): boolean {
  const n = form.tokens.length;
  for (let s = 0; s + n <= phrase.tokens.length; s++) {
    let k = 0;
    while (k < n && phrase.tokens[s + k]?.fold === form.tokens[k]?.fold) k++;
    if (k === n) return true;
  }
  return false;
}

/** Read and validate a glossary file. */
export function loadGlossary(path: string): GlossaryEntry[] {
  return parseGlossary(readFileSync(path, 'utf8'), path);
}

// ---------------------------------------------------------------------------
// Matching

/** A word in capitals of two letters or more: an acronym (AI, ASEAN, HCM). */
function isAcronym(t: Token): boolean {
  return t.allUpper && t.fold.length > 1;
}

/**
 * A capitalised word of a form (a place name) needs a capitalised word in the text: "hai phòng"
 * (two rooms) is not Hải Phòng. An acronym needs capitals: the Vietnamese "Ai" (who) is not AI.
 * A lowercase word (a term) matches in any case.
 */
function capitalsAgree(phrase: Phrase, tokens: readonly Token[], start: number): boolean {
  for (let k = 0; k < phrase.tokens.length; k++) {
    const p = phrase.tokens[k];
    const t = tokens[start + k];
    if (!p || !t) return false;
    if (isAcronym(p) ? !t.allUpper : p.upperFirst && !t.upperFirst) return false;
  }
  return true;
}

/**
 * A Chinese form counts only where it begins and ends on word boundaries, as the segmenter cuts the text (the search
 * index is cut the same way): 南海 (South China Sea) is not in 越南海港 (越南|海港, Vietnam's seaports) nor in 海南海口
 * (海南|海口, Haikou in Hainan). Latin forms already match whole words only.
 */
function onHanWordEdges(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const start = tokens[first];
  const end = tokens[last];
  if (!start?.han || !end?.han) return true;
  let runStart = start.start;
  while (runStart > 0 && HAN_CHAR.test(text[runStart - 1] ?? '')) runStart--;
  let runEnd = end.end;
  while (runEnd < text.length && HAN_CHAR.test(text[runEnd] ?? '')) runEnd++;
  const edges = new Set<number>([runStart]);
  let at = runStart;
  for (const word of hanWords(text.slice(runStart, runEnd))) {
    at += word.length;
    edges.add(at);
  }
  return edges.has(start.start) && edges.has(end.end);
}

interface FormRef {
  entry: number;
  exclude: boolean;
}

/** Index of the text a character offset falls in. */
function textAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Compile once; then, per article, the entries with a form in any of its texts, in file order.
 * A form never runs from one text into the next; an entry's form inside or overlapping one of its
 * `exclude` phrases does not count.
 */
export function compileGlossaryMatcher(entries: readonly GlossaryEntry[]): (texts: readonly string[]) => GlossaryEntry[] {
  const items: { phrase: Phrase; value: FormRef }[] = [];
  entries.forEach((entry, e) => {
    for (const form of entry.spellings) {
      const phrase = compilePhrase(form);
      if (phrase) items.push({ phrase, value: { entry: e, exclude: false } });
    }
    for (const ex of entry.exclude ?? []) {
      const phrase = compilePhrase(ex);
      if (phrase) items.push({ phrase, value: { entry: e, exclude: true } });
    }
  });
  const root = buildTrie(items);

  return (texts: readonly string[]): GlossaryEntry[] => {
    if (texts.length === 0) return [];
    const { text, starts } = joinTexts(texts);
    const tokens = tokenizeShared(text);
    // Flat lists of [entry, first token, last token]: most articles have a few dozen hits and no exclusion.
    const hits: number[] = [];
    const excluded: number[] = [];
    let i = 0;
    // One callback per text, not per token: it reads the current start `i`.
    const visit = (end: number, phrase: Phrase, ref: FormRef): void => {
      if (starts.length > 1 && textAt(starts, tokens[i]?.start ?? 0) !== textAt(starts, tokens[end]?.start ?? 0)) return;
      if (ref.exclude) excluded.push(ref.entry, i, end);
      else if (capitalsAgree(phrase, tokens, i) && diacriticsAgree(phrase, tokens, i) && onHanWordEdges(text, tokens, i, end))
        hits.push(ref.entry, i, end);
    };
    for (i = 0; i < tokens.length; i++) matchAt(root, tokens, text, i, visit);
    if (hits.length === 0) return [];
    const found = new Uint8Array(entries.length);
    for (let h = 0; h < hits.length; h += 3) {
      const e = hits[h] ?? 0;
      if (found[e]) continue;
      const first = hits[h + 1] ?? 0;
      const last = hits[h + 2] ?? 0;
      let blocked = false;
      for (let x = 0; x < excluded.length && !blocked; x += 3) {
        blocked = excluded[x] === e && (excluded[x + 1] ?? 0) <= last && first <= (excluded[x + 2] ?? 0);
      }
      if (!blocked) found[e] = 1;
    }
    return entries.filter((_, e) => found[e] === 1);
  };
}
