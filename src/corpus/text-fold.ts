// How text is folded for matching, the one rule for the whole project: the corpus finds topic keywords, people's aliases and
// glossary forms with it, and the search page compares queries, names and result text with it. Pure and free of Node APIs,
// so the search page's bundle uses the very same function.
//
// A fold drops what a reader may leave out when typing: case, every diacritic (tone marks and letter marks alike: Biển →
// bien), and the marks Unicode writes into a letter of its own instead of a combining mark (đ → d, ø → o, œ → oe, ß → ss).
// It is not slug transliteration (corpus/slug.ts makes ASCII URLs of any script, Chinese included) nor NFC normalisation
// (which keeps every distinction and only unifies how it is encoded).

// Letters Unicode gives no decomposition, which a reader still types as plain letters.
const UNDECOMPOSED: Readonly<Record<string, string>> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th' };
const UNDECOMPOSED_LETTER = /[đðøłæœßıþ]/g;
const MARK = /\p{M}/gu;

/** `Biển Đông` → `bien dong`, `Œuvre` → `oeuvre`, `Bjørn` → `bjorn`. Input in NFC or NFD folds the same. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARK, '')
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter);
}
