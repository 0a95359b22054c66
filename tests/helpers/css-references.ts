// The url(…) and @import references of a built stylesheet (fonts, images), resolved like the browser does: against the CSS file.
export interface CssReference {
  value: string;
}

/** Comments are dropped first so a commented-out url() is not reported; quotes and escapes are undone. */
export function cssReferences(css: string): CssReference[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const references: CssReference[] = [];
  const unescapeCss = (value: string): string =>
    value.replace(/\\([0-9a-fA-F]{1,6}\s?|.)/g, (_, e: string) => (/^[0-9a-fA-F]/.test(e) ? String.fromCodePoint(parseInt(e, 16)) : e));
  for (const match of text.matchAll(/url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)'"\s]*))\s*\)/g)) {
    references.push({ value: unescapeCss(match[1] ?? match[2] ?? match[3] ?? '') });
  }
  for (const match of text.matchAll(/@import\s+(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/g)) {
    references.push({ value: unescapeCss(match[1] ?? match[2] ?? '') });
  }
  return references.filter((r) => r.value !== '' && !r.value.startsWith('data:') && !r.value.startsWith('#'));
}
