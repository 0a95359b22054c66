// Unique, readable headlines: subject + action + place + ending, chosen by the article's number so no two articles share one.
import { HEADLINE_ACTIONS, HEADLINE_ACTORS, HEADLINE_PLACES, HEADLINE_TAILS, type Phrase } from './corpus-vocabulary.ts';
import type { ProseLanguage } from './seed-sentences.ts';

const LISTS: readonly (readonly Phrase[])[] = [HEADLINE_ACTORS, HEADLINE_ACTIONS, HEADLINE_PLACES, HEADLINE_TAILS];
export const DISTINCT_HEADLINES = LISTS.reduce((n, list) => n * list.length, 1);
/** Coprime with DISTINCT_HEADLINES (2^9 · 3^3), so index → combination is one-to-one and neighbours differ in every part. */
const STRIDE = 7919;

function parts(index: number): Phrase[] {
  let rest = (index * STRIDE) % DISTINCT_HEADLINES;
  return LISTS.map((list) => {
    const phrase = list[rest % list.length]!;
    rest = Math.floor(rest / list.length);
    return phrase;
  });
}

/** Article `index`'s headline in `lang`; past 13 824 articles a counter keeps it unique (`… (2)`). */
export function headline(index: number, lang: ProseLanguage): string {
  const [actor, action, place, tail] = parts(index).map((p) => p[lang]);
  const round = Math.floor(index / DISTINCT_HEADLINES);
  const suffix = round === 0 ? '' : lang === 'zh' ? `（之${round + 1}）` : ` (${round + 1})`;
  const text = lang === 'zh' ? `${actor}${place}${action}${tail}` : `${actor} ${action} ${place}${tail}`;
  return text + suffix;
}
