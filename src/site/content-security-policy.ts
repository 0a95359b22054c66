// The Content-Security-Policy every built page carries: only the site's own files may run or style the page.

/**
 * - scripts: our own bundles (Astro writes them as files, never inline: astro.config.mjs) plus `'wasm-unsafe-eval'`,
 *   which Pagefind needs to compile its WebAssembly search engine; no `'unsafe-inline'`, so text that somehow became a
 *   `<script>` or an `onerror=` attribute still could not run;
 * - styles: our own stylesheets only (Astro is told never to inline them);
 * - images: our own files and `data:` URIs a stylesheet may embed (the corpus itself ships no images);
 * - no plugins, no `<base>` pointing elsewhere, forms submit only to the site.
 * JSON-LD and the search page's JSON config are data blocks, which CSP does not treat as scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
