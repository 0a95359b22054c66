// Split the seed corpus into reusable prose: sentences per language, and the English/Vietnamese paragraph pairs of the bilingual seed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ProseLanguage = 'en' | 'vi' | 'fr' | 'zh';

export interface SentencePools {
  sentences: Record<ProseLanguage, string[]>;
  /** English paragraph + its Vietnamese translation, from `  • ` lines. */
  pairs: { en: string; vi: string }[];
}

const VI_ONLY_LETTERS = /[đĐăĂơƠưƯĩĨũŨ\u1EA0-\u1EF9]/gu;
const FRENCH_WORDS = /\b(?:le|la|les|du|des|avec|au|aux|et|est|une|par|pour|dans|s['’]est)\b/giu;
const ENGLISH_WORDS = /\b(?:the|and|of|with|to|in|is|has|that)\b/giu;
/** A sentence ends at . ! ? (and a closing quote), and the next one starts with a capital. */
const SENTENCE_BREAK = /(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u;
const AGENCY_PREFIX = /^\([A-Za-zÀ-ỹ.&]{2,12}\)\s*[-–—]\s*/u;
/** A date near the start would become the article's dateline wherever the sentence lands: those sentences are left out. */
const LEADING_DATE =
  /^.{0,60}?(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|\d{1,2}\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|\d{1,2}\/\d{1,2}|\d{1,2}月)/u;
/** The seed corpus lost some apostrophes; the generator adds such typos back at a chosen rate, so the pool is repaired. */
const LOST_APOSTROPHES: [RegExp, string][] = [
  [/\bVietnams\b/g, 'Vietnam’s'],
  [/\bChinas\b/g, 'China’s'],
  [/\bcountries(relationship|comprehensive)\b/g, 'countries’ $1'],
];

function classifyLanguage(text: string): ProseLanguage {
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  const words = text.split(/\s+/).length;
  if ((text.match(VI_ONLY_LETTERS)?.length ?? 0) > words * 0.2) return 'vi';
  const fr = text.match(FRENCH_WORDS)?.length ?? 0;
  const en = text.match(ENGLISH_WORDS)?.length ?? 0;
  return fr > en ? 'fr' : 'en';
}

function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function repair(text: string): string {
  return LOST_APOSTROPHES.reduce((t, [re, fixed]) => t.replace(re, fixed), text);
}

/** Prose, not chrome: ends like a sentence and is long enough (headlines, captions, credits and bylines are not). */
function isProse(line: string): boolean {
  return /[.!?…]["”’)]?$/u.test(line) && line.split(/\s+/).length >= 8;
}

function usableSentence(sentence: string): boolean {
  return sentence.split(/\s+/).length >= 6 && !LEADING_DATE.test(sentence);
}

/** Read every `.txt` in `seedDir` (sorted, so the pools never depend on file-system order) plus the hand-written pools. */
export function loadSentencePools(seedDir: string, extraFiles: Partial<Record<ProseLanguage, string>>): SentencePools {
  const pools: SentencePools = { sentences: { en: [], vi: [], fr: [], zh: [] }, pairs: [] };
  const seen = new Set<string>();
  const add = (sentence: string): void => {
    if (!usableSentence(sentence) || seen.has(sentence)) return;
    seen.add(sentence);
    pools.sentences[classifyLanguage(sentence)].push(sentence);
  };
  const files = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const file of files) {
    const lines = readFileSync(join(seedDir, file), 'utf8').replace(/\r\n?/g, '\n').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i]!;
      if (/^\s*•/.test(raw)) continue;
      const text = repair(raw.trim().replace(AGENCY_PREFIX, ''));
      if (!isProse(text)) continue;
      splitSentences(text).forEach(add);
      // A translation sits two lines below (one blank line between) in the bilingual seed.
      const translation = [lines[i + 1], lines[i + 2]].find((l) => l !== undefined && /^\s*•\s+/.test(l));
      if (translation && classifyLanguage(text) === 'en') {
        const vi = translation.replace(/^\s*•\s+/, '').trim();
        if (isProse(vi)) pools.pairs.push({ en: text, vi });
        splitSentences(vi).forEach(add);
      }
    }
  }
  for (const [lang, file] of Object.entries(extraFiles) as [ProseLanguage, string][]) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const sentence = line.trim();
      if (sentence === '' || sentence.startsWith('#')) continue;
      if (!seen.has(sentence)) {
        seen.add(sentence);
        pools.sentences[lang].push(sentence);
      }
    }
  }
  return pools;
}
