// How many topics an article card names: the main ones, most relevant first (the article page lists them all). One rule
// for the cards built with the page and the search results the browser draws as cards.
const CARD_TOPICS = 3;

export function mainTopics<T>(topics: readonly T[]): T[] {
  return topics.slice(0, CARD_TOPICS);
}
