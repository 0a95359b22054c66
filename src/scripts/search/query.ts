// A reader's query as Pagefind should receive it: Chinese cut into words, as Pagefind itself does only on Chinese pages.

const HAN_RUN = /\p{Script=Han}+/gu;

/** The words of a run of Chinese characters, by the browser's dictionary segmenter (the same one Pagefind uses). */
export function segmentHan(run: string): string[] {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter === 'undefined') return [run];
  const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
  return words.length > 0 ? words : [run];
}

/**
 * The search page is English, so Pagefind would pass `铁路合作` on as one word; split, it must find both 铁路 and 合作.
 * Text is put in NFC so a query typed in decomposed form ranks like the same query composed.
 */
export function pagefindQuery(query: string): string {
  return query
    .normalize('NFC')
    .replace(HAN_RUN, (run) => ` ${segmentHan(run).join(' ')} `)
    .replace(/\s+/g, ' ')
    .trim();
}
