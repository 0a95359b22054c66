// Run axe-core in a loaded page and format its violations with the offending nodes.
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = join(dirname(require.resolve('axe-core')), 'axe.min.js');

export interface PageViolation {
  /** What was checked: page and conditions, e.g. `/topics/ at 360px dark`. */
  where: string;
  violation: Result;
}

/**
 * axe's violations on the page as it is now (all rules axe runs by default: WCAG 2 A/AA and best practices).
 * The page's context needs `bypassCSP: true` when the site's Content-Security-Policy forbids inline scripts.
 */
export async function runAxe(page: Page): Promise<Result[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe;
    // Only what the report needs: elements and functions do not cross back to Node.
    const { violations } = await axe.run();
    return violations.map(({ id, impact, help, helpUrl, description, tags, nodes }) => ({
      id,
      impact,
      help,
      helpUrl,
      description,
      tags,
      nodes: nodes.map(({ html, target, any, all, none, failureSummary }) => ({ html, target, any, all, none, failureSummary })),
    }));
  });
  return results as Result[];
}

export function formatViolations(found: PageViolation[]): string {
  return found
    .map(({ where, violation: v }) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `    ${n.target.join(' ')}\n      ${n.html.replace(/\s+/g, ' ').slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n\s*/g, ' | ')}`,
        )
        .join('\n');
      return `${where}: [${v.impact}] ${v.id}: ${v.help}\n${nodes}`;
    })
    .join('\n');
}
