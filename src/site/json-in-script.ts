// JSON for inside a `<script>` element (JSON-LD, the search page's configuration): one rule for every page.

/**
 * `<`, `>` and `&` only ever occur inside JSON strings, where the \uXXXX escapes mean the same characters, so text like
 * `</script>` or `<!--` from an article can never end the element. U+2028/2029 are escaped too, for parsers that treat
 * the content as JavaScript.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
