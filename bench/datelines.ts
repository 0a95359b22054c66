// Datelines in the corpus's forms: a full date on its own line, or a date (full or without a year) opening the lead.
import type { Random } from './prng.ts';
import type { ProseLanguage } from './seed-sentences.ts';
import { LOWERCASE_AFTER_OPENER, MONTHS_EN, MONTHS_FR } from './corpus-vocabulary.ts';

export type DateKind = 'full' | 'partial' | 'none';

export interface Dateline {
  kind: DateKind;
  /** A line of its own under the headline (`April 14, 2025`), or null. */
  standalone: string | null;
  /** Put in front of the lead's first sentence (`On the afternoon of April 14, `), or null. */
  opener: string | null;
  /** ISO date for full dates, `--MM-DD` for partial ones, null for none. */
  iso: string | null;
  /** The drawn parts, so a translation can state the same date in its own words. */
  year: number;
  month: number;
  day: number;
}

const FIRST_YEAR = 2020;
const LAST_YEAR = 2026;

const pad = (n: number): string => String(n).padStart(2, '0');

function standaloneLine(lang: ProseLanguage, y: number, m: number, d: number): string {
  switch (lang) {
    case 'en':
      return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
    case 'vi':
      return `Ngày ${d}/${m}/${y}`;
    case 'fr':
      return `Le ${d} ${MONTHS_FR[m - 1]} ${y}`;
    case 'zh':
      return `${y}年${m}月${d}日`;
  }
}

function fullOpener(lang: ProseLanguage, y: number, m: number, d: number, random: Random): string {
  switch (lang) {
    case 'en':
      return random.chance(0.5) ? `On ${MONTHS_EN[m - 1]} ${d}, ${y}, ` : `Hanoi, ${MONTHS_EN[m - 1]} ${d}, ${y} - `;
    case 'vi':
      return `Ngày ${d}/${m}/${y}, `;
    case 'fr':
      return `Le ${d} ${MONTHS_FR[m - 1]} ${y}, `;
    case 'zh':
      return `${y}年${m}月${d}日，`;
  }
}

function partialOpener(lang: ProseLanguage, m: number, d: number, random: Random): string {
  switch (lang) {
    case 'en':
      return random.pick([
        `On the afternoon of ${MONTHS_EN[m - 1]} ${d}, `,
        `On ${MONTHS_EN[m - 1]} ${d}, `,
        `On the morning of ${MONTHS_EN[m - 1]} ${d}, `,
      ]);
    case 'vi':
      return random.pick([`Ngày ${d}/${m}, `, `Chiều ${d}/${m}, `, `Sáng ${d}/${m}, `]);
    case 'fr':
      return `Le ${d} ${MONTHS_FR[m - 1]}, `;
    case 'zh':
      return `${m}月${d}日，`;
  }
}

/** A date of the given kind; full dates fall anywhere in 2020–2026, days stop at 28 so every month is valid. */
export function drawDateline(kind: DateKind, lang: ProseLanguage, random: Random, allowStandalone: boolean): Dateline {
  const y = random.int(FIRST_YEAR, LAST_YEAR);
  const m = random.int(1, 12);
  const d = random.int(1, 28);
  const parts = { year: y, month: m, day: d };
  if (kind === 'none') return { kind, standalone: null, opener: null, iso: null, ...parts };
  if (kind === 'partial')
    return { kind, standalone: null, opener: partialOpener(lang, m, d, random), iso: `--${pad(m)}-${pad(d)}`, ...parts };
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  if (allowStandalone && random.chance(0.5)) return { kind, standalone: standaloneLine(lang, y, m, d), opener: null, iso, ...parts };
  return { kind, standalone: null, opener: fullOpener(lang, y, m, d, random), iso, ...parts };
}

/** The Vietnamese opener for the translation of a lead that opens with `dateline` (`Chiều 14/4, `, `Ngày 14/4/2025, `). */
export function vietnameseOpener(dateline: Dateline): string | null {
  if (dateline.opener === null) return null;
  return dateline.kind === 'full'
    ? `Ngày ${dateline.day}/${dateline.month}/${dateline.year}, `
    : `Chiều ${dateline.day}/${dateline.month}, `;
}

/** `On the afternoon of April 14, ` + `The two sides…` → `…, the two sides…`; names keep their capital. */
export function withOpener(opener: string, sentence: string, lang: ProseLanguage): string {
  const first = sentence.split(/[\s,]/, 1)[0] ?? '';
  const lower = LOWERCASE_AFTER_OPENER[lang].has(first) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
  return opener + lower;
}
