// Spot apostrophes lost in copying (`Vietnams General…`, `the two countriesrelationship`, `dont`) so an editor can fix
// them; the text is never changed. Most words ending in s are real words (plurals, names like `Oscars` or
// `Philippines`), so a possessive is only suggested when the article itself shows the joined form is not one.

import { tableByCodePoint } from './code-point-table.ts';

export interface LostApostrophe {
  line: number;
  word: string;
  /** What the word probably was. */
  suggestion: string;
}

// Plurals of demonyms and agent nouns ("Americans", "Socialists", "Leaders") are real words, not lost possessives.
const PLURAL_STEM_ENDINGS = /(?:an|ist|er|or|ese|ian|ic)$/;
const GLUED_MIN_LENGTH = 12;
/**
 * How many capitalised words nameStart walks back over from the last word of a name, so a name has at most seven words
 * (`Ho Chi Minh City Party Committee` has six): a longer capitalised run is a heading or a list, not one name.
 */
const NAME_MAX_WORDS = 6;
const PART_MIN_LENGTH = 4;

/**
 * Words that never follow a possessive: after `Xs` they show `Xs` is a noun of its own (`the Lib Dems have`,
 * `Cates told reporters`, `the Philippines and`). Articles, pronouns, conjunctions, prepositions, auxiliaries,
 * quantifiers and the verbs of reported speech.
 */
const NEVER_AFTER_POSSESSIVE = new Set(
  (
    'a an the this that these those his her its their our my your which who whom whose what where when while ' +
    'it he she they we you i and or but nor yet so as than if because of in on at to for with by from into onto ' +
    'over under about after before against between during since until without within through across per via ' +
    'among amid despite is are was were be been being am has have had do does did will would shall should can ' +
    'could may might must not also too only even all both each either neither some any such ' +
    'said says say told tells added announced reported claimed argued warned insisted believe believes'
  ).split(' '),
);

/** Before a singular noun, these say it can be counted (`an Oscar`, `a Grand Slam`), so its -s form is its plural. */
const COUNTING_DETERMINERS = new Set(['a', 'an', 'one', 'each', 'every', 'another']);

/** Before `Xs`, these say `Xs` is a plural or a plural-form name (`the Philippines`, `some Pakistanis`, `two Globes`). */
const PLURAL_DETERMINERS = new Set(
  'the these those some many few several both all two three four five six seven eight nine ten dozens hundreds thousands'.split(' '),
);

/**
 * Contractions whose joined form is not an English word, by the part the apostrophe stands in. Left out because the
 * joined form is a word: can't (cant), won't (wont), it's (its), let's (lets), we're (were), I'll (ill), he'll (hell),
 * she'll (shell), we'll (well), I'd (id), she'd (shed), we'd (wed); and I've, I'm, whose joined forms are names (Ive, Im).
 */
const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  "n't": ['do', 'does', 'did', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'could', 'would', 'should', 'must', 'need', 'might', 'ai'],
  "'re": ['you', 'they'],
  "'ve": ['you', 'we', 'they', 'could', 'would', 'should', 'might', 'must'],
  "'ll": ['you', 'they', 'it', 'that'],
  "'d": ['you', 'they'],
  "'s": ['that', 'what', 'there', 'here', 'he', 'she', 'who', 'where'],
};

/** Each joined contraction (`doesnt`) with where its apostrophe goes (after `doesn`). */
const APOSTROPHE_AT = new Map<string, number>(
  Object.entries(CONTRACTIONS).flatMap(([ending, bases]) => {
    const apostrophe = ending.indexOf("'");
    const letters = ending.replace("'", '');
    return bases.map((base) => [base + letters, base.length + apostrophe] as const);
  }),
);

/** One word of a paragraph, with where it sits, so its neighbours can be read. */
interface Token {
  word: string;
  paragraph: number;
  start: number;
  end: number;
  line: number;
}

/** The article's words in order, and where each word is used. */
interface ArticleWords {
  texts: readonly string[];
  tokens: Token[];
  uses: Map<string, number[]>;
}

/**
 * Look at English paragraphs only: the corpus loses the curly ’ of English possessives and contractions.
 * Each distinct word is judged once, against the whole article, and reported at its first line.
 */
export function findLostApostrophes(paragraphs: readonly { text: string; line: number }[]): LostApostrophe[] {
  const article = readWords(paragraphs);
  const found: LostApostrophe[] = [];
  for (const [word, indexes] of article.uses) {
    const suggestion = lostContraction(word) ?? lostPossessive(word, article) ?? gluedPossessive(word, article.uses);
    if (suggestion) found.push({ line: article.tokens[indexes[0]!]!.line, word, suggestion });
  }
  return found;
}

// A table lookup per character: matching /\p{L}+/gu over every English paragraph would take most of this check's time.
const isLetter = tableByCodePoint((ch) => (/\p{L}/u.test(ch) ? 1 : 0));

/** The runs of letters of every paragraph (what /\p{L}+/gu matches), indexed by word. */
function readWords(paragraphs: readonly { text: string; line: number }[]): ArticleWords {
  const article: ArticleWords = { texts: paragraphs.map((p) => p.text), tokens: [], uses: new Map() };
  const add = (paragraph: number, start: number, end: number): void => {
    const word = paragraphs[paragraph]!.text.slice(start, end);
    const index = article.tokens.push({ word, paragraph, start, end, line: paragraphs[paragraph]!.line }) - 1;
    const uses = article.uses.get(word);
    if (uses) uses.push(index);
    else article.uses.set(word, [index]);
  };
  paragraphs.forEach(({ text }, paragraph) => {
    let start = -1;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      if (isLetter(cp)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        add(paragraph, start, i);
        start = -1;
      }
      i += cp > 0xffff ? 2 : 1;
    }
    if (start >= 0) add(paragraph, start, text.length);
  });
  return article;
}

/** `dont` → `don’t`, for the contractions listed in CONTRACTIONS. */
function lostContraction(word: string): string | null {
  const at = APOSTROPHE_AT.get(word.toLowerCase());
  return at === undefined ? null : `${word.slice(0, at)}’${word.slice(at)}`;
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const isAcronym = (word: string): boolean => word.length > 1 && word === word.toUpperCase();

/** The text between token `i` and the next (or the paragraph's end). */
function textAfter(article: ArticleWords, i: number): string {
  const t = article.tokens[i]!;
  const next = article.tokens[i + 1];
  return article.texts[t.paragraph]!.slice(t.end, next?.paragraph === t.paragraph ? next.start : undefined);
}

/** The text between the previous token (or the paragraph's start) and token `i`. */
function textBefore(article: ArticleWords, i: number): string {
  const t = article.tokens[i]!;
  const previous = article.tokens[i - 1];
  return article.texts[t.paragraph]!.slice(previous?.paragraph === t.paragraph ? previous.end : 0, t.start);
}

const SPACES_ONLY = /^[ \u00a0]+$/;

/** The word right after token `i` when only spaces part them (not a comma, a full stop or a line's end). */
function nextWord(article: ArticleWords, i: number): string | null {
  const next = article.tokens[i + 1];
  return next?.paragraph === article.tokens[i]!.paragraph && SPACES_ONLY.test(textAfter(article, i)) ? next.word : null;
}

/** The word right before token `i` when only spaces part them. */
function previousWord(article: ArticleWords, i: number): string | null {
  return i > 0 && SPACES_ONLY.test(textBefore(article, i)) ? article.tokens[i - 1]!.word : null;
}

/** The capitalised word that makes token `i` part of a longer name (`Band` for `Band Aid`), or '' when it stands alone. */
function nameWordBefore(article: ArticleWords, i: number): string {
  const previous = previousWord(article, i);
  return previous !== null && isCapitalised(previous) && !NEVER_AFTER_POSSESSIVE.has(previous.toLowerCase()) ? previous : '';
}

/** Index of the first token of the name that ends at token `i` (`Academy` for `Academy Award`). */
function nameStart(article: ArticleWords, i: number): number {
  let first = i;
  while (i - first < NAME_MAX_WORDS && nameWordBefore(article, first) !== '') first--;
  return first;
}

/** The word before the name that token `i` ends, lower-cased, with a number counted as `two`; null when none. */
function wordBeforeName(article: ArticleWords, i: number): string | null {
  const first = nameStart(article, i);
  if (/\d[\d,.]*\s+$/.test(textBefore(article, first))) return 'two';
  return previousWord(article, first)?.toLowerCase() ?? null;
}

/** `Xs` followed by a word that can start the possessed noun phrase: `Vietnams economy`, `Chinas General Secretary`. */
function inPossessivePosition(article: ArticleWords, i: number): boolean {
  const next = nextWord(article, i);
  return next !== null && !NEVER_AFTER_POSSESSIVE.has(next.toLowerCase());
}

/**
 * Whether token `i` is the head of its noun phrase (`an Oscar for`, `a Grand Slam.`), so a determiner before its name
 * counts it; in `a Vietnam-China summit` or `a Muslim family` the determiner counts the noun that follows.
 */
function endsNounPhrase(article: ArticleWords, i: number): boolean {
  if (/^[-‐‑]/.test(textAfter(article, i))) return false;
  const next = nextWord(article, i);
  return next === null || NEVER_AFTER_POSSESSIVE.has(next.toLowerCase());
}

/** Whether `stem` occurs with its apostrophe (`Vietnam's`, `Vietnam’s`) as the same name as the suspect. */
function hasApostropheForm(article: ArticleWords, stem: string, nameWords: ReadonlySet<string>): boolean {
  return (article.uses.get(stem) ?? []).some(
    (i) => /^['’ʼ]$/.test(textAfter(article, i)) && article.tokens[i + 1]?.word === 's' && sameName(article, i, nameWords),
  );
}

/**
 * A use of the stem names the same thing as the suspect when the same name word comes before both, or none does:
 * `Hong Kong` for `Hong Kongs`, but neither `Band Aid` for `Aids` nor `Robert` for `Julia Roberts`.
 */
function sameName(article: ArticleWords, i: number, nameWords: ReadonlySet<string>): boolean {
  return nameWords.has(nameWordBefore(article, i));
}

/**
 * Whether `stem` is a singular proper noun here: used mid-sentence as the head of its phrase (`Vietnam and`, `to
 * China.`; not `Cate Blanchett` or `Lib Dem spokesman`), and never counted (`an Oscar`), which would make the suspect
 * its plural.
 */
function usedAsSingularName(article: ArticleWords, stem: string, nameWords: ReadonlySet<string>): boolean {
  const heads = (article.uses.get(stem) ?? []).filter((i) => endsNounPhrase(article, i));
  if (heads.some((i) => COUNTING_DETERMINERS.has(wordBeforeName(article, i) ?? ''))) return false;
  return heads.some((i) => isMidSentence(article, i) && sameName(article, i, nameWords));
}

/** Whether token `i` follows another word of its sentence, where a capital shows a name rather than a sentence start. */
function isMidSentence(article: ArticleWords, i: number): boolean {
  return i > 0 && article.tokens[i - 1]!.paragraph === article.tokens[i]!.paragraph && !/[.!?]/.test(textBefore(article, i));
}

/** `Princes William and Harry` where `Prince William` is used: the plural of a title before names. */
function isPluralTitle(article: ArticleWords, i: number, namesAfterStem: ReadonlySet<string | null>): boolean {
  const next = nextWord(article, i);
  return next !== null && isCapitalised(next) && namesAfterStem.has(next);
}

/**
 * `Vietnams` for `Vietnam’s`: every use of the word reads as a possessive, the lower-case word is not used (`games`),
 * and the article shows the stem is one thing, not a countable noun: it has `Vietnam’s` with its apostrophe, or uses
 * `Vietnam` as a singular name while never putting `the` or a number before `Vietnams`. An acronym's -s is its plural
 * (`MPs`, `EEZs`) unless the apostrophe form is there.
 */
function lostPossessive(word: string, article: ArticleWords): string | null {
  if (word.length < 4 || !word.endsWith('s') || !isCapitalised(word)) return null;
  const stem = word.slice(0, -1);
  if (stem.endsWith('s') || PLURAL_STEM_ENDINGS.test(stem) || article.uses.has(word.toLowerCase())) return null;
  const uses = article.uses.get(word)!;
  const namesAfterStem = new Set((article.uses.get(stem) ?? []).map((j) => nextWord(article, j)));
  if (!uses.every((i) => inPossessivePosition(article, i) && !isPluralTitle(article, i, namesAfterStem))) return null;
  const nameWords = new Set(uses.map((i) => nameWordBefore(article, i)));
  if (hasApostropheForm(article, stem, nameWords)) return `${stem}’s`;
  if (isAcronym(stem) || uses.some((i) => PLURAL_DETERMINERS.has(wordBeforeName(article, i) ?? ''))) return null;
  return usedAsSingularName(article, stem, nameWords) ? `${stem}’s` : null;
}

/** `countriesrelationship` where `countries` and `relationship` stand alone in the same article. */
function gluedPossessive(word: string, vocabulary: { has(word: string): boolean }): string | null {
  if (word.length < GLUED_MIN_LENGTH || /\p{Lu}/u.test(word.slice(1))) return null;
  for (let cut = PART_MIN_LENGTH; cut <= word.length - PART_MIN_LENGTH; cut++) {
    const left = word.slice(0, cut);
    const right = word.slice(cut);
    // An unknown right part is only trusted when both parts are long: short prefixes (`class…`) glue into real words.
    if (left.endsWith('s') && vocabulary.has(left) && (vocabulary.has(right) || (left.length >= 6 && right.length >= 6))) {
      return `${left}’ ${right}`;
    }
  }
  return null;
}
