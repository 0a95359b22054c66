// The words of the index with how many pages hold each, for the search page's "did you mean" when a query word matches
// nothing (src/scripts/search/did-you-mean.ts). A file of its own, fetched only then: a search that finds its words
// never loads it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '../corpus/text-fold.ts';
import { VOCABULARY_FILE, type VocabularyFile } from '../search/vocabulary-file.ts';
import type { IndexedText } from './page-for-index.ts';

/** The part of an indexed page the vocabulary reads: its indexed text and title, Chinese words spaced. */
export type VocabularyPage = IndexedText;

/**
 * The most words the file keeps. The real articles this site is made for have about 13 000 distinct words in 244
 * articles, half of them on one page only; a vocabulary grows with about the square root of the text, so 10 000
 * articles would hold some 100 000 words, about 50 000 of them on two pages or more. At 12 bytes a word (4 to 5 once
 * gzipped, as static hosts serve JSON), 30 000 words are 0.36 MB, 0.13 MB on the wire, paid once and only by a reader
 * whose word matched nothing. Past the cap the rarest words go, a whole frequency at a time (minimumPages): a misspelt
 * query far more often means a word many articles use than one on two pages of 10 000, and the index still finds
 * those when spelt right. A small corpus keeps every word.
 */
const MAX_VOCABULARY_WORDS = 30_000;

/**
 * Latin-script words: letters (with their combining marks, for text in NFD) and digits; anything else splits, so Chinese,
 * punctuation and apostrophes (`l'économie`, `China's`) separate words. Tested per UTF-16 unit: the letters of these
 * languages are all in the Basic Multilingual Plane.
 */
const WORD_CHAR = /^[\p{Script=Latin}\p{M}]$/u;
const wordUnits = new Map<number, boolean>();

/** Whether a UTF-16 unit is a word character; each is tested once, as a scan with a regular expression took twice as long. */
function isWordUnit(unit: number): boolean {
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
  let known = wordUnits.get(unit);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCharCode(unit));
    wordUnits.set(unit, known);
  }
  return known;
}

/** Each run of word characters of `text`, in order. */
function forEachRun(text: string, visit: (run: string) => void): void {
  let start = -1;
  for (let at = 0; at < text.length; at++) {
    if (isWordUnit(text.charCodeAt(at))) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      visit(text.slice(start, at));
      start = -1;
    }
  }
  if (start >= 0) visit(text.slice(start));
}

const DIGITS_ONLY = /^[0-9]+$/;
/** Longer runs are link or code residue, not words a reader types. */
const MAX_WORD_LENGTH = 30;

/** A word of the vocabulary as it is being counted. */
interface WordTally {
  /** The folded word. */
  word: string;
  /** How many pages hold it so far. */
  pages: number;
  /** The position of the last page counted, so a page counts once however often it holds the word. */
  lastPage: number;
  spellings: Spelling[];
}

/** One way a word is written, in NFC, and how often. */
interface Spelling {
  tally: WordTally;
  written: string;
  count: number;
}

/** The spellings of a word that differ only in case (`Bình`, `bình`, `BÌNH`). */
interface CaseGroup {
  lower: string;
  /** Occurrences of all of them. */
  total: number;
  /** Whether one of them is all lower case. */
  lowerCaseSeen: boolean;
  /** The one written most often, and how often. */
  top: string;
  topCount: number;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const capitals = (text: string): number => text.match(/\p{Lu}/gu)?.length ?? 0;

/** `Hanoi` before `HANOI`: capitals only in a heading or a dateline are the page's style, not the word's. */
const byFewerCapitals = (a: string, b: string): number => capitals(a) - capitals(b) || byCodeUnits(a, b);

/**
 * Counts the words of a corpus page by page. Each distinct run of letters is folded once and remembered with what it
 * counts toward (most runs repeat): at 10 000 articles the text holds some 5 million words.
 */
class VocabularyTally {
  readonly tallies = new Map<string, WordTally>();
  /** Each run met so far, null for a run that is no word (a number, one letter). */
  private readonly runs = new Map<string, Spelling | null>();
  private readonly spellings = new Map<string, Spelling>();
  private page = -1;

  startPage(): void {
    this.page++;
  }

  /** Counts the page toward each word of `text`; the spelling too, when `countSpelling` says so. */
  add(text: string, countSpelling: (spelling: Spelling, seenOnPage: boolean) => boolean): void {
    forEachRun(text, (run) => {
      const spelling = this.spellingOf(run);
      if (!spelling) return;
      const { tally } = spelling;
      const seenOnPage = tally.lastPage === this.page;
      if (countSpelling(spelling, seenOnPage)) spelling.count++;
      if (!seenOnPage) {
        tally.lastPage = this.page;
        tally.pages++;
      }
    });
  }

  private spellingOf(run: string): Spelling | null {
    let known = this.runs.get(run);
    if (known !== undefined) return known;
    const word = foldText(run);
    known = null;
    if (word.length >= 2 && word.length <= MAX_WORD_LENGTH && !DIGITS_ONLY.test(word)) {
      const written = run.normalize('NFC');
      known = this.spellings.get(written) ?? null;
      if (!known) {
        let tally = this.tallies.get(word);
        if (!tally) {
          tally = { word, pages: 0, lastPage: -1, spellings: [] };
          this.tallies.set(word, tally);
        }
        known = { tally, written, count: 0 };
        tally.spellings.push(known);
        this.spellings.set(written, known);
      }
    }
    this.runs.set(run, known);
    return known;
  }
}

/**
 * The spelling the reader is shown: the accented spelling written most often (folding merges Vietnamese words such as
 * bình, bính and binh, and the commonest is the likeliest meant), in lower case, as readers type and as case-blind
 * search needs; capitals are kept only when the articles never write the word in lower case (Vietnam, ASEAN, iPhone),
 * as there they belong to the word, and then the commonest capitalised spelling, the one with fewer capitals on a tie.
 * Other ties go to the first in code-unit order, so the choice never depends on page order.
 */
export function displayForm(word: string, spellings: ReadonlyMap<string, number>): string {
  const groups = new Map<string, CaseGroup>();
  for (const [written, count] of spellings) {
    const lower = written.toLowerCase();
    let group = groups.get(lower);
    if (!group) {
      group = { lower, total: 0, lowerCaseSeen: false, top: written, topCount: 0 };
      groups.set(lower, group);
    }
    group.total += count;
    if (written === lower) group.lowerCaseSeen = true;
    if (count > group.topCount || (count === group.topCount && byFewerCapitals(written, group.top) < 0)) {
      group.top = written;
      group.topCount = count;
    }
  }
  let best: CaseGroup | undefined;
  for (const group of groups.values()) {
    if (!best || group.total > best.total || (group.total === best.total && byCodeUnits(group.lower, best.lower) < 0)) best = group;
  }
  if (!best) return word;
  const shown = best.lowerCaseSeen ? best.lower : best.top;
  // Lower-casing before folding gives the same word for every letter met so far; the check keeps the file consistent if not.
  return foldText(shown) === word ? shown : word;
}

/**
 * The fewest pages a word must be on for the vocabulary to keep at most `maxWords` words: a whole frequency is kept or
 * dropped, so among words on equally many pages none is kept for its place in the alphabet.
 */
function minimumPages(tallies: Iterable<WordTally>, maxWords: number): number {
  const wordsOnPages: number[] = [];
  let total = 0;
  for (const { pages } of tallies) {
    wordsOnPages[pages] = (wordsOnPages[pages] ?? 0) + 1;
    total++;
  }
  let minimum = 1;
  while (total > maxWords && minimum < wordsOnPages.length) total -= wordsOnPages[minimum++] ?? 0;
  return minimum;
}

/**
 * The vocabulary of the indexed pages, counted as each page is handed to the index: every Latin-script word (at least
 * two letters, not a number) of the indexed text and the title, folded, with the number of pages holding it. The hidden
 * search words are left out: they are one made-up word per name (name-token.ts), never typed; names are suggested whole,
 * from the search page's own list. The title is the page's headline, which the indexed text already holds: its
 * spellings count only for a word the text does not hold, so a headline is not counted twice.
 */
export class Vocabulary {
  private readonly tally = new VocabularyTally();

  addPage(page: VocabularyPage): void {
    this.tally.startPage();
    this.tally.add(page.content, () => true);
    this.tally.add(page.title, (_, seenOnPage) => !seenOnPage);
  }

  /** The file: the same pages, in any order, give the same bytes. */
  file(maxWords: number = MAX_VOCABULARY_WORDS): VocabularyFile {
    const tallies = this.tally.tallies;
    const minimum = minimumPages(tallies.values(), maxWords);
    const kept = [...tallies.values()].filter((t) => t.pages >= minimum).sort((a, b) => byCodeUnits(a.word, b.word));
    return {
      words: kept.map((t) => displayForm(t.word, new Map(t.spellings.filter((s) => s.count > 0).map((s) => [s.written, s.count])))),
      pages: kept.map((t) => t.pages),
    };
  }
}

export function vocabularyOf(pages: readonly VocabularyPage[], maxWords: number = MAX_VOCABULARY_WORDS): VocabularyFile {
  const vocabulary = new Vocabulary();
  for (const page of pages) vocabulary.addPage(page);
  return vocabulary.file(maxWords);
}

/** Writes VOCABULARY_FILE into the bundle. */
export function writeVocabulary(bundleDir: string, vocabulary: Vocabulary): void {
  writeFileSync(join(bundleDir, VOCABULARY_FILE), JSON.stringify(vocabulary.file()));
}
