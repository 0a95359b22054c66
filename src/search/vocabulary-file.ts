// The vocabulary file the index step writes beside the bundle (src/indexing/vocabulary.ts) and the search page reads for
// "did you mean" (src/scripts/search/did-you-mean.ts): its name and shape, known to both.

export const VOCABULARY_FILE = 'vocabulary.json';

/**
 * The file: two parallel arrays sorted by folded word (code units). A word is stored once, as shown to the reader, and
 * the search page folds it (foldText) to compare: a folded copy beside it would repeat most English and French words
 * letter for letter and add a second copy of every Vietnamese one, to save about 10 ms of folding at 30 000 words
 * (measured on a slow two-core machine), once, when the first suggestion is needed.
 */
export interface VocabularyFile {
  /** Each word as shown to the reader (displayForm); no two fold alike. */
  words: string[];
  /** How many indexed pages hold each word (its document frequency). */
  pages: number[];
}
