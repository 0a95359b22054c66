// Topic taxonomy: parse/validate the editable topics YAML and tag article text with the topics it is about.

import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import {
  ENTRY,
  TAXONOMY_LANGS,
  checkUniqueSlugs,
  checkedData,
  entryLabeller,
  listOf,
  namesSchema,
  readYaml,
  slugSchema,
  strictMap,
} from './data-file.ts';
import type { TaxonomyLang, YamlFile, YamlPath } from './data-file.ts';
import { buildTrie, compilePhrase, matchAt, surface, tokenizeShared } from './phrase-match.ts';
import { joinTopicTexts } from './topic-texts.ts';
import type { Phrase, Token } from './phrase-match.ts';
import type { LanguageCode } from './types.ts';
// The taxonomy's languages are part of its public API (the site lists a topic's names by them); they live in data-file.ts because people.yaml uses them too.
export type { TaxonomyLang } from './data-file.ts';

export interface Topic {
  slug: string;
  names: Partial<Record<TaxonomyLang, string>>;
  keywords: Partial<Record<TaxonomyLang, string[]>>;
  /** Generic words (`police`, `talks`, `科技`) that add to a topic's evidence but never carry it alone. */
  supporting: Partial<Record<TaxonomyLang, string[]>>;
}

export interface Taxonomy {
  topics: Topic[];
}

// ---------------------------------------------------------------------------
// Taxonomy

/** The keywords of a topic (or its supporting words) in each language; `what` names them in messages. */
function keywordsSchema(what: string) {
  const list = (lang: TaxonomyLang) => {
    const keyword = z
      .unknown()
      .refine((kw) => typeof kw === 'string', {
        error: (issue) => `${what}: keyword ${JSON.stringify(issue.input)} in keywords.${lang} must be text (quote it)`,
        abort: true,
      })
      .transform((kw) => (kw as string).trim())
      .refine((kw) => kw !== '' && compilePhrase(kw) !== null, { error: `${what}: empty keyword in keywords.${lang}` });
    return z.array(keyword, { error: `${what}: keywords.${lang} must be a list` }).nullish();
  };
  const shape = Object.fromEntries(TAXONOMY_LANGS.map((lang) => [lang, list(lang)])) as Record<TaxonomyLang, ReturnType<typeof list>>;
  return strictMap(shape, `${what} keywords`, `${what} has no keywords (add keywords: en: [ … ])`)
    .transform((byLang) => Object.fromEntries(TAXONOMY_LANGS.flatMap((lang) => (byLang[lang] ? [[lang, byLang[lang]]] : []))))
    .refine((byLang) => Object.values(byLang).some((list) => list.length > 0), { error: `${what} has no keywords` })
    .transform((byLang): Partial<Record<TaxonomyLang, string[]>> => byLang);
}

const topicSchema = strictMap(
  { slug: slugSchema, names: namesSchema, keywords: keywordsSchema(ENTRY), supporting: keywordsSchema(`${ENTRY} supporting`).optional() },
  ENTRY,
  `${ENTRY} must be a map with slug, names, keywords`,
);

const taxonomySchema = strictMap(
  { topics: listOf(topicSchema, '`topics:` must be a non-empty list') },
  'taxonomy',
  'expected a map with a `topics:` list',
);

/** Parse and validate taxonomy YAML text; throw an Error naming the file and the problem (duplicate slug, bad slug, topic with no name, empty keyword). */
export function parseTaxonomy(yamlText: string, fileName: string): Taxonomy {
  // Annotated so that `file.fail` (returns never) narrows types after it.
  const file: YamlFile = readYaml(yamlText, fileName);
  const parsed = checkedData(file, taxonomySchema, entryLabeller(file.data, 'topics', 'topic'));
  checkUniqueSlugs(
    file,
    'topics',
    parsed.topics.map((t) => t.slug),
  );
  const topics = parsed.topics.map((t, i): Topic => {
    checkDistinctKeywords(file, ['topics', i, 'keywords'], t.keywords, `topic '${t.slug}'`);
    if (t.supporting) checkDistinctKeywords(file, ['topics', i, 'supporting'], t.supporting, `topic '${t.slug}' supporting`);
    return { slug: t.slug, names: t.names, keywords: t.keywords, supporting: t.supporting ?? {} };
  });
  return { topics };
}

/** A keyword listed twice in one language (they would match exactly the same text) is a slip: say which. */
function checkDistinctKeywords(file: YamlFile, path: YamlPath, keywords: Partial<Record<TaxonomyLang, string[]>>, what: string): void {
  for (const lang of TAXONOMY_LANGS) {
    const seen = new Set<string>();
    (keywords[lang] ?? []).forEach((kw, k) => {
      const key = phraseKey(compilePhrase(kw)!, lang);
      if (seen.has(key)) file.fail([...path, lang, k], `${what}: keyword '${kw}' is listed twice in keywords.${lang}`);
      seen.add(key);
    });
  }
}

/** Two keywords are duplicates when they would match exactly the same text. */
function phraseKey(p: Phrase, lang: TaxonomyLang): string {
  return (
    p.tokens.map((t) => (lang === 'vi' ? t.exact : t.fold) + (t.allUpper && t.fold.length > 1 ? '^' : '')).join(' ') +
    '|' +
    p.gaps.join('|')
  );
}

/** Read and validate a taxonomy file. */
export function loadTaxonomy(path: string): Taxonomy {
  return parseTaxonomy(readFileSync(path, 'utf8'), path);
}

// ---------------------------------------------------------------------------
// Matching: where each topic's keywords occur in an article's text, sentence by sentence

/** Where a paragraph stands in the article: the headline and the lead say what it is about. */
export type TextPlace = 'headline' | 'lead' | 'body';

/** One sentence of an article (or its headline), for topic evidence (src/corpus/topic-texts.ts). */
export interface TopicText {
  text: string;
  place: TextPlace;
  /** The language the text is in (a translation's own): evidence is weighed per language. */
  lang: LanguageCode;
}

/** One occurrence of a topic's keyword. */
export interface KeywordHit {
  topic: number;
  /** The keyword as listed in the taxonomy: occurrences of one keyword are one piece of evidence. */
  keyword: string;
  /** The language of the text it was found in (not of the keyword's list: some words are listed in several). */
  lang: LanguageCode;
  strong: boolean;
  supporting: boolean;
  /** Index of the text (a sentence, the headline) in the texts given. */
  unit: number;
  place: TextPlace;
  /** The words as written. */
  surface: string;
}

interface KeywordEntry {
  topic: number;
  keyword: string;
  lang: TaxonomyLang;
  strong: boolean;
  supporting: boolean;
}

/** Tokens that count as words for the strong-phrase rule; Vietnamese counts syllables, Chinese characters. */
const WORDS_FOR_STRONG: Record<TaxonomyLang, number> = { en: 2, fr: 2, vi: 3, zh: 4 };

/** Evidence rule, see the header of src/data/topics.yaml: strong = multi-word phrase (per-language word count). */
function isStrongKeyword(phrase: Phrase, lang: TaxonomyLang): boolean {
  // One-letter elisions (l', d') and single letters are not words.
  const words = phrase.tokens.filter((t) => t.han || t.fold.length > 1).length;
  return words >= WORDS_FOR_STRONG[lang];
}

/** A text span may stand for a Vietnamese keyword only if its diacritics agree, or if it has none at all. */
function vietnameseAgrees(phrase: Phrase, tokens: readonly Token[], start: number): boolean {
  let plain = true;
  let exact = true;
  for (let k = 0; k < phrase.tokens.length; k++) {
    const t = tokens[start + k];
    const p = phrase.tokens[k];
    if (!t || !p) return false;
    if (t.marked) plain = false;
    if (t.exact !== p.exact) exact = false;
  }
  return plain || exact;
}

/** Acronyms in the data (DOC, AI, 5G) only match when the text writes them in capitals too. */
function acronymsAgree(phrase: Phrase, tokens: readonly Token[], start: number): boolean {
  for (let k = 0; k < phrase.tokens.length; k++) {
    const p = phrase.tokens[k];
    if (p?.allUpper && p.fold.length > 1 && !tokens[start + k]?.allUpper) return false;
  }
  return true;
}

/** Which text (sentence, headline) of `starts` each token falls in. */
function unitsOfTokens(tokens: readonly Token[], starts: readonly number[]): Int32Array {
  const unitOf = new Int32Array(tokens.length);
  let unit = 0;
  tokens.forEach((token, k) => {
    while (unit + 1 < starts.length && token.start >= starts[unit + 1]!) unit++;
    unitOf[k] = unit;
  });
  return unitOf;
}

/** Compile once; then find every topic keyword in many articles' texts. */
export function compileTopicEvidence(taxonomy: Taxonomy): (texts: readonly TopicText[]) => KeywordHit[] {
  const topics = taxonomy.topics;
  const items: { phrase: Phrase; value: KeywordEntry }[] = [];
  topics.forEach((topic, ti) => {
    for (const [list, supporting] of [
      [topic.keywords, false],
      [topic.supporting, true],
    ] as const) {
      for (const lang of TAXONOMY_LANGS) {
        for (const keyword of list[lang] ?? []) {
          const phrase = compilePhrase(keyword);
          if (phrase) items.push({ phrase, value: { topic: ti, keyword, lang, strong: isStrongKeyword(phrase, lang), supporting } });
        }
      }
    }
  });
  const root = buildTrie(items);
  const nTopics = topics.length;

  return (texts) => {
    const hits: KeywordHit[] = [];
    // One text, cut once: the people matcher reads the same string (see joinTopicTexts), so its tokens are shared.
    const { text, starts } = joinTopicTexts(texts);
    const tokens = tokenizeShared(text);
    const unitOf = unitsOfTokens(tokens, starts);
    // Matches of one topic may not overlap, so "science and technology" is one occurrence, not three.
    const nextFree = new Int32Array(nTopics);
    const bestEnd = new Int32Array(nTopics).fill(-1);
    const bestEntry: (KeywordEntry | undefined)[] = new Array(nTopics);
    const touched: number[] = [];
    let i = 0;
    // One callback per text, not per token: it reads the current start `i`.
    const visit = (end: number, phrase: Phrase, entry: KeywordEntry): void => {
      // A keyword never runs from one sentence (or the headline) into the next.
      if (unitOf[end] !== unitOf[i]) return;
      if (entry.lang === 'vi' && !vietnameseAgrees(phrase, tokens, i)) return;
      if (!acronymsAgree(phrase, tokens, i)) return;
      if (bestEnd[entry.topic] === -1) touched.push(entry.topic);
      // Visits come shortest first, so the last one kept is the longest.
      bestEnd[entry.topic] = end;
      bestEntry[entry.topic] = entry;
    };
    for (i = 0; i < tokens.length; i++) {
      matchAt(root, tokens, text, i, visit);
      if (touched.length === 0) continue;
      for (const t of touched) {
        const end = bestEnd[t] ?? -1;
        const entry = bestEntry[t];
        bestEnd[t] = -1;
        if (!entry || i < (nextFree[t] ?? 0)) continue;
        nextFree[t] = end + 1;
        const unit = unitOf[i]!;
        hits.push({
          topic: t,
          keyword: entry.keyword,
          lang: texts[unit]!.lang,
          strong: entry.strong,
          supporting: entry.supporting,
          unit,
          place: texts[unit]!.place,
          surface: surface(text, tokens, i, end),
        });
      }
      touched.length = 0;
    }
    return hits;
  };
}
