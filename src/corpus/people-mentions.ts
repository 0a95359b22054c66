// People list: parse/validate the editable YAML of people and their aliases, and find who an article mentions.

import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import type { PersonRef } from './types.ts';
import {
  ENTRY,
  TAXONOMY_LANGS,
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
import { MAX_EVIDENCE, addEvidence, buildTrie, compilePhrase, diacriticsAgree, matchAt, surface, tokenizeShared } from './phrase-match.ts';
import type { Phrase, Token } from './phrase-match.ts';

export interface Person {
  slug: string;
  names: Partial<Record<TaxonomyLang, string>>;
  /** The person's own language: the site shows the name in it first (Tô Lâm, 习近平). English when not given. */
  language?: TaxonomyLang;
  aliases: string[];
  /** Phrases that contain an alias but are not the person ("Ho Chi Minh City"). */
  exclude?: string[];
}

const personSchema = strictMap(
  {
    slug: slugSchema,
    names: namesSchema,
    language: z.enum(TAXONOMY_LANGS, { error: `${ENTRY}: language must be one of ${TAXONOMY_LANGS.join(', ')}` }).optional(),
    aliases: listOf(phraseSchema(ENTRY, 'aliases'), `${ENTRY} has no aliases (a non-empty list is required)`),
    exclude: listOf(phraseSchema(ENTRY, 'exclude'), `${ENTRY} has no exclude (a non-empty list is required)`).optional(),
  },
  ENTRY,
  `${ENTRY} must be a map with slug, names, aliases`,
);

const peopleSchema = strictMap(
  { people: listOf(personSchema, '`people:` must be a non-empty list') },
  'people file',
  'expected a map with a `people:` list',
);

/** Parse and validate people YAML text; throw an Error naming the file, the line and the problem. */
export function parsePeople(yamlText: string, fileName: string): Person[] {
  // Annotated so that `file.fail` (returns never) narrows types after it.
  const file: YamlFile = readYaml(yamlText, fileName);
  const parsed = checkedData(file, peopleSchema, entryLabeller(file.data, 'people', 'person'));
  checkUniqueSlugs(
    file,
    'people',
    parsed.people.map((p) => p.slug),
  );
  // An alias shared by two people could not say who is meant; diacritics aside, text written
  // without them would match both. One person may list spellings that differ in diacritics only.
  const aliasOwner = new Map<string, { slug: string; spellings: Set<string> }>();
  return parsed.people.map(({ slug, names, language, aliases, exclude }, i): Person => {
    const label = `person '${slug}'`;
    if (language && !names[language]) {
      file.fail(
        ['people', i, 'language'],
        `${label}: language is '${language}' but names.${language} is missing (add it, or change language)`,
      );
    }
    aliases.forEach((alias, k) => {
      const at: YamlPath = ['people', i, 'aliases', k];
      const phrase = compilePhrase(alias);
      if (!phrase) file.fail(at, `${label}: empty entry in aliases`);
      // A lone surname ("Lam", "Xi") or a single character would tag unrelated text.
      if (phrase.tokens.length < 2) {
        const han = phrase.tokens.every((t) => t.han);
        file.fail(at, `${label}: alias '${alias}' is a single ${han ? 'character' : 'word'}: too ambiguous, use the full name`);
      }
      const key = aliasKey(phrase, 'fold');
      const spelling = aliasKey(phrase, 'exact');
      const owner = aliasOwner.get(key) ?? { slug, spellings: new Set<string>() };
      if (owner.slug !== slug) file.fail(at, `${label}: alias '${alias}' is also an alias of '${owner.slug}'`);
      if (owner.spellings.has(spelling)) file.fail(at, `${label}: alias '${alias}' is listed twice`);
      owner.spellings.add(spelling);
      aliasOwner.set(key, owner);
    });
    exclude?.forEach((phrase, k) => {
      if (!compilePhrase(phrase)) file.fail(['people', i, 'exclude', k], `${label}: empty entry in exclude`);
    });
    const person: Person = { slug, names, aliases };
    if (language) person.language = language;
    if (exclude) person.exclude = exclude;
    return person;
  });
}

function aliasKey(p: Phrase, key: 'fold' | 'exact'): string {
  return p.tokens.map((t) => t[key]).join(' ');
}

/** Read and validate a people file. */
export function loadPeople(path: string): Person[] {
  return parsePeople(readFileSync(path, 'utf8'), path);
}

interface PeopleEntry {
  person: number;
  exclude: boolean;
}

/** Each capitalised word of an alias must be capitalised in the text too: "To Lam" the man, not "to lam". */
function capitalsAgree(phrase: Phrase, tokens: readonly Token[], start: number): boolean {
  for (let k = 0; k < phrase.tokens.length; k++) {
    const p = phrase.tokens[k];
    if (p?.upperFirst && !tokens[start + k]?.upperFirst) return false;
  }
  return true;
}

const HYPHEN = /^[-\u2010\u2011]$/u;

// One syllable of romanised Chinese (pinyin or Wade–Giles), lowercase: what follows the hyphen in "Yi-chun".
const CHINESE_SYLLABLE =
  /^(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ung|ian|ien|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|ih|a|o|e|i|u|ü)$/u;

/**
 * Whether the word after a match carries on a hyphenated given name: "Wang Yi-chun" is not Wang Yi.
 * Only a single romanised syllable counts, so "Xi Jinping-led" still names Xi Jinping.
 */
function continuesHyphenatedName(tokens: readonly Token[], text: string, end: number): boolean {
  const next = tokens[end + 1];
  const last = tokens[end];
  if (!next || !last || last.han || next.gap !== 1 || next.upperFirst) return false;
  return HYPHEN.test(text.slice(next.gapStart, next.start)) && CHINESE_SYLLABLE.test(next.fold);
}

/** Compile once; then find people in many texts. PersonRef.name is the English name; evidence lists the distinct spellings found, in order. */
export function compilePeopleMatcher(people: Person[]): (text: string) => PersonRef[] {
  const items: { phrase: Phrase; value: PeopleEntry }[] = [];
  people.forEach((person, pi) => {
    for (const alias of person.aliases) {
      const phrase = compilePhrase(alias);
      if (phrase) items.push({ phrase, value: { person: pi, exclude: false } });
    }
    for (const ex of person.exclude ?? []) {
      const phrase = compilePhrase(ex);
      if (phrase) items.push({ phrase, value: { person: pi, exclude: true } });
    }
  });
  const root = buildTrie(items);
  const order = people.map((_, i) => i).sort((a, b) => ((people[a]?.slug ?? '') < (people[b]?.slug ?? '') ? -1 : 1));

  return (input: string): PersonRef[] => {
    const text = input.normalize('NFC');
    const tokens = tokenizeShared(text);
    // Tokens covered by an exclusion phrase of a person: no alias of that person may touch them.
    const excluded: Set<number>[] = people.map(() => new Set());
    const found: { person: number; start: number; end: number }[] = [];
    let i = 0;
    // One callback per text, not per token: it reads the current start `i`.
    const visit = (end: number, phrase: Phrase, entry: PeopleEntry): void => {
      if (entry.exclude) {
        const set = excluded[entry.person];
        for (let k = i; k <= end; k++) set?.add(k);
        return;
      }
      if (!capitalsAgree(phrase, tokens, i) || !diacriticsAgree(phrase, tokens, i) || continuesHyphenatedName(tokens, text, end)) return;
      found.push({ person: entry.person, start: i, end });
    };
    for (i = 0; i < tokens.length; i++) matchAt(root, tokens, text, i, visit);
    const evidence: string[][] = people.map(() => []);
    const seen: Set<string>[] = people.map(() => new Set());
    for (const m of found) {
      const set = excluded[m.person];
      let blocked = false;
      for (let k = m.start; k <= m.end && !blocked; k++) blocked = set?.has(k) ?? false;
      if (blocked) continue;
      const list = evidence[m.person];
      const s = seen[m.person];
      if (list && s) addEvidence(list, s, surface(text, tokens, m.start, m.end), MAX_EVIDENCE);
    }
    const out: PersonRef[] = [];
    for (const p of order) {
      const person = people[p];
      const ev = evidence[p];
      if (person && ev && ev.length > 0) out.push({ slug: person.slug, name: person.names.en ?? person.slug, evidence: ev });
    }
    return out;
  };
}
