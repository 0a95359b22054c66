// Everything that goes wrong while a page loads in a real browser: script errors, console errors, CSP violations, failed requests.
import type { Page } from 'playwright-core';

/** Starts recording on `page`; read `problems` after each navigation, then `clear()` before the next. */
export function recordPageErrors(page: Page, siteOrigin: string): { problems: string[]; clear(): void } {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught ${error.name}: ${error.message}`));
  // Chromium reports CSP violations, failed module loads and the like as console errors.
  page.on('console', (message) => {
    // Allowed: the browser's own guess at /favicon.ico (not requested by the page; a declared icon is checked as a link).
    if (message.location().url === `${new URL(siteOrigin).origin}/favicon.ico`) return;
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()}${message.location().url ? ` (${message.location().url})` : ''}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    // The 404 page is itself served with status 404 when loaded from a missing address; only the page's own resources count.
    if (response.status() >= 400 && response.url().startsWith(siteOrigin) && response.request().resourceType() !== 'document') {
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  return {
    problems,
    clear: () => {
      problems.length = 0;
    },
  };
}
