// Chinese is written without spaces between words. The search index is built without Pagefind's own Chinese segmenter
// (src/indexing/pagefind-adapter.ts), so the index step puts a space between the Chinese words of each page, and the
// search page takes those spaces out again before it shows a title or an excerpt. Queries are cut by the same dictionary
// segmenter (ICU's, in Node and in the browser).

const HAN_RUN = /\p{Script=Han}+/gu;
/** A letter or digit of another script beside a Chinese character: `5G网络`, `2024年`. */
const HAN_THEN_OTHER = /(\p{Script=Han})(?=[\p{L}\p{N}])(?!\p{Script=Han})/gu;
const OTHER_THEN_HAN = /((?!\p{Script=Han})[\p{L}\p{N}])(?=\p{Script=Han})/gu;
/** A single space with a Chinese character on one side and a letter or digit on the other. */
const SPACE_BESIDE_HAN = /(?<=\p{Script=Han}) (?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}]) (?=\p{Script=Han})/gu;

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter =
      typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/** The words of a run of Chinese characters, every character kept: `中越铁路合作` → [`中越`, `铁路`, `合作`]. */
export function hanWords(run: string): string[] {
  const words = [...(wordSegmenter()?.segment(run) ?? [])].map((s) => s.segment).filter((w) => w.trim() !== '');
  return words.length > 0 ? words : [run];
}

/** `中越铁路合作5G网络` → `中越 铁路 合作 5G 网络`; text without Chinese comes back unchanged. */
export function spaceHanWords(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  return text
    .replace(HAN_RUN, (run) => hanWords(run).join(' '))
    .replace(HAN_THEN_OTHER, '$1 ')
    .replace(OTHER_THEN_HAN, '$1 ');
}

/**
 * The inverse of spaceHanWords for indexed text: `中越 铁路 合作 5G 网络` → `中越铁路合作5G网络`. A space the article
 * itself had between a Chinese character and a letter or digit goes too; punctuation and Latin text keep theirs.
 */
export function joinHanWords(text: string): string {
  return /\p{Script=Han}/u.test(text) ? text.replace(SPACE_BESIDE_HAN, '') : text;
}
