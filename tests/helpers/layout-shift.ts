// Measure cumulative layout shift (CLS) of a page load in Chromium with a PerformanceObserver.
import type { BrowserContext } from 'playwright-core';

export interface LayoutShiftResult {
  cls: number;
  /** The elements that moved, for the failure message. */
  sources: string[];
}

/** Installs the observer before any page script runs; call once per context. */
export async function observeLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const state = { cls: 0, sources: [] as string[] };
    (window as unknown as { __layoutShift: typeof state }).__layoutShift = state;
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        // Shifts right after a click or key press are expected by the reader and excluded from CLS.
        if (entry.hadRecentInput) continue;
        state.cls += entry.value;
        for (const source of entry.sources ?? []) {
          const node = source.node;
          if (node instanceof Element)
            state.sources.push(
              `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''} (${entry.value.toFixed(4)})`,
            );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Loads `url`, waits for fonts and a moment of quiet, scrolls to the end (late content shifts too), and returns the CLS. */
export async function measureLayoutShift(context: BrowserContext, url: string): Promise<LayoutShiftResult> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(300);
    return await page.evaluate(() => (window as unknown as { __layoutShift: LayoutShiftResult }).__layoutShift);
  } finally {
    await page.close();
  }
}
