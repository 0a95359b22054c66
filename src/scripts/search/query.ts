// A reader's query as Pagefind should receive it: Chinese cut into words, as the index step cut the pages' Chinese.
import { hanWords } from '../../search/han-words.ts';

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Pagefind passes `铁路合作` on as one word (the index has no Chinese segmenter); split, it must find both 铁路 and 合作.
 * Text is put in NFC so a query typed in decomposed form ranks like the same query composed.
 */
export function pagefindQuery(query: string): string {
  return query
    .normalize('NFC')
    .replace(HAN_RUN, (run) => ` ${hanWords(run).join(' ')} `)
    .replace(/\s+/g, ' ')
    .trim();
}
