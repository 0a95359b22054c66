// Links that make the browser itself scroll to and mark the matched words on arrival (URL text fragments, `#:~:text=`),
// so an article page needs no script for it. Browsers without text fragments simply open the article.

/** One directive per spelling, the first one scrolled to; a few are enough to show the reader where the match is. */
const MAX_DIRECTIVES = 3;

/** `-`, `,` and `&` are the directive's own syntax; encodeURIComponent leaves `-` as it is. */
function encodeDirectiveText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** `#:~:text=…&text=…` for the matched spellings, in the order given; empty when there is nothing to mark. */
export function textFragment(spellings: readonly string[]): string {
  const terms = [...new Set(spellings.map((s) => s.trim()).filter((s) => s.length > 0))].slice(0, MAX_DIRECTIVES);
  return terms.length > 0 ? `#:~:${terms.map((t) => `text=${encodeDirectiveText(t)}`).join('&')}` : '';
}
