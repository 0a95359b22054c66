// On an article opened from a search result, mark the words the search matched (`?highlight=Biển Đông`) and scroll to the first.
// Loaded only when the URL asks for it, so an ordinary article page carries none of this.

const MAX_TERMS = 10;
/** The article's own text: headline, translation and body, not its facts, tags or controls. */
const SKIP = 'script, style, mark, [data-pagefind-ignore], footer';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Latin-script terms match whole words; Chinese has no word boundaries to respect. */
function termPattern(terms: readonly string[]): RegExp {
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => (/\p{Script=Han}/u.test(t) ? escapeRegExp(t) : `(?<![\\p{L}\\p{N}])${escapeRegExp(t)}(?![\\p{L}\\p{N}])`));
  return new RegExp(alternatives.join('|'), 'giu');
}

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

function markMatches(node: Text, pattern: RegExp): HTMLElement[] {
  const text = node.data;
  const marks: HTMLElement[] = [];
  const pieces: (string | HTMLElement)[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) pieces.push(text.slice(at, m.index));
    const mark = document.createElement('mark');
    mark.className = 'search-term';
    mark.textContent = m[0];
    pieces.push(mark);
    marks.push(mark);
    at = m.index + m[0].length;
  }
  if (marks.length === 0) return marks;
  if (at < text.length) pieces.push(text.slice(at));
  node.replaceWith(...pieces);
  return marks;
}

export function highlightFromUrl(): void {
  const terms = new URLSearchParams(location.search)
    .getAll('highlight')
    .map((t) => t.normalize('NFC').trim())
    .filter((t) => t.length > 0)
    .slice(0, MAX_TERMS);
  const root = document.querySelector('[data-pagefind-body]');
  if (terms.length === 0 || !root) return;
  const pattern = termPattern(terms);
  const marks = textNodes(root).flatMap((node) => markMatches(node, pattern));
  marks[0]?.scrollIntoView({ block: 'center' });
}
