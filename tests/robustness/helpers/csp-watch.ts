// Record, for one Chromium page, every Content-Security-Policy violation the browser reports and every console error.
import type { Page } from 'playwright-core';

export interface PageWatch {
  /** `directive: blocked URI (or inline) at source`, one per `securitypolicyviolation` event. */
  violations: string[];
  /** Console errors and uncaught exceptions: a blocked resource is logged here too. */
  errors: string[];
}

declare global {
  interface Window {
    __robustReportViolation?: (text: string) => void;
  }
}

/** Starts watching before the first navigation; the listener is installed again in every new document. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { violations: [], errors: [] };
  await page.exposeFunction('__robustReportViolation', (text: string) => watch.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__robustReportViolation?.(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} at ${e.sourceFile || location.pathname}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(`${m.location().url || page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(`${page.url()}: ${e.message}`));
  return watch;
}
