// The status line over the results and the heading over those that have the words only apart, in the page's language:
// the count a reader can trust, how many have the query as typed, and how many more have its words only apart (or, for a
// word being typed, a longer word it begins).
import { FILTER_KEYS } from '../../search/fields.ts';
import type { Labels } from './result-view.ts';
import type { SearchAnswer } from './run-search.ts';
import type { Say } from './search-messages.ts';
import type { SearchState } from './url-state.ts';

type Counts = Pick<SearchAnswer, 'total' | 'together' | 'throughAlias' | 'words'>;

/** The filters chosen, by name: a filter from a link reads as one chosen on the page (a value no data file has, as given). */
function chosenFilters(state: SearchState, labels: Labels, say: Say): string | null {
  const chosen = FILTER_KEYS.flatMap((k) => {
    const value = state.filters[k];
    return value ? [labels[k][value] ?? value] : [];
  });
  return chosen.length > 0 ? chosen.join(say('list.separator')) : null;
}

function counted(state: SearchState, answer: Counts, say: Say): string {
  const query = state.query.trim();
  if (!query) return say('count.articles', { count: answer.total });
  if (answer.total === 0) return say('search.noneFound', { query });
  const apart = answer.total - answer.together;
  const asWritten = answer.together - answer.throughAlias;
  const oneWord = answer.words.length === 1;
  if (answer.together === 0)
    return oneWord ? say('search.onlyPrefix', { count: apart, query }) : say('search.onlyApart', { count: apart, query });
  let text =
    asWritten === 0 ? say('search.foundAlias', { count: answer.throughAlias, query }) : say('search.found', { count: asWritten, query });
  if (asWritten > 0 && answer.throughAlias > 0) text = say('search.andAlias', { text, count: answer.throughAlias });
  if (apart > 0) text = say(oneWord ? 'search.morePrefix' : 'search.moreApart', { text, count: apart, query });
  return text;
}

export function describeSearch(state: SearchState, answer: Counts, labels: Labels, say: Say): string {
  const text = counted(state, answer, say);
  const filters = chosenFilters(state, labels, say);
  return say('search.sentence', { text: filters ? say('search.filteredBy', { text, filters }) : text });
}

export function dividerText(answer: Pick<SearchAnswer, 'words'>, say: Say): string {
  return say(answer.words.length > 1 ? 'search.dividerApart' : 'search.dividerPrefix');
}
