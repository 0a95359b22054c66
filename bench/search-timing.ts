// A first search in headless Chromium: bytes fetched from opening the search page to the first result, and keystroke-to-result time.
import type { Browser, Page, Request } from 'playwright-core';
import { SEARCH_PAGE } from './search-page.ts';

export type SearchStatus = 'ok' | 'no-search-page' | 'no-search-box' | 'no-result' | 'error';

export interface SearchMeasurement {
  lang: string;
  query: string;
  status: SearchStatus;
  /** From the input event of the last keystroke to the first result element in the DOM. */
  lastKeystrokeToResultMs: number | null;
  /** Response bodies of every request that finished before the first result was shown (the page itself included). */
  bytesToFirstResult: number | null;
  requestsToFirstResult: number | null;
  /** The same bytes by kind: html, css, js, wasm, index, fragment, other. */
  bytesByKind: Record<string, number>;
  note: string;
  /** Every run's keystroke-to-result time, fastest first, when the query was measured several times (search-runs.ts). */
  runsMs: number[];
  /** The most bytes any of those runs fetched before its first result. */
  mostBytesToFirstResult: number | null;
}

interface Finished {
  url: string;
  /** Epoch milliseconds when the browser had the whole response. */
  endedAt: number;
  bytes: number;
}

export function requestKind(url: string): string {
  const path = new URL(url).pathname;
  if (/\.pf_fragment$/.test(path)) return 'fragment';
  if (/\.(pf_index|pf_meta|pf_filter)$|pagefind-entry\.json$/.test(path)) return 'index';
  if (/\.pagefind$|\.wasm$/.test(path)) return 'wasm';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
}

/** Installed before any page script runs: notes the last input event and the first new result element after it. */
function watchResults(resultSelector: string): void {
  const w = window as unknown as { __bench: { lastInput: number; firstResult: number; before: Set<Element> } };
  w.__bench = { lastInput: 0, firstResult: 0, before: new Set() };
  document.addEventListener(
    'input',
    () => {
      w.__bench.lastInput = performance.now();
      w.__bench.firstResult = 0;
      // Results still on screen from an earlier prefix do not count: only elements rendered after this keystroke.
      w.__bench.before = new Set(document.querySelectorAll(resultSelector));
    },
    true,
  );
  new MutationObserver(() => {
    const b = w.__bench;
    if (!b.lastInput || b.firstResult) return;
    for (const el of document.querySelectorAll(resultSelector)) {
      if (!b.before.has(el)) {
        b.firstResult = performance.now();
        return;
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

async function findSearchBox(page: Page): Promise<string | null> {
  for (const selector of SEARCH_PAGE.inputSelectors) {
    const box = page.locator(selector).first();
    if ((await box.count()) > 0 && (await box.isVisible())) return selector;
  }
  return null;
}

/**
 * One query in a fresh browser context, so nothing is cached from an earlier query. `timeoutMs` bounds loading the
 * page and waiting for a result (timeouts.ts sizes it to the corpus).
 */
export async function measureFirstSearch(
  browser: Browser,
  siteUrl: string,
  { lang, query }: { lang: string; query: string },
  timeoutMs: number,
): Promise<SearchMeasurement> {
  const result: SearchMeasurement = {
    lang,
    query,
    status: 'error',
    lastKeystrokeToResultMs: null,
    bytesToFirstResult: null,
    requestsToFirstResult: null,
    bytesByKind: {},
    note: '',
    runsMs: [],
    mostBytesToFirstResult: null,
  };
  const context = await browser.newContext();
  // Loading the page, finding the box and typing: the same bound as the wait for a result, not Playwright's 30 s.
  context.setDefaultTimeout(timeoutMs);
  // Sizes are asked for once the result is shown: each ask is a round trip to the browser, which would otherwise run
  // during the search it is measuring.
  const finished: Request[] = [];
  const record = async (request: Request): Promise<Finished | null> => {
    try {
      const timing = request.timing();
      const sizes = await request.sizes();
      return { url: request.url(), endedAt: timing.startTime + timing.responseEnd, bytes: sizes.responseBodySize };
    } catch {
      return null;
    }
  };
  context.on('requestfinished', (request) => finished.push(request));
  try {
    const page = await context.newPage();
    await page.addInitScript(watchResults, SEARCH_PAGE.resultSelector);
    const response = await page.goto(new URL(SEARCH_PAGE.path, siteUrl).href, { waitUntil: 'load' });
    if (!response || response.status() >= 400) {
      result.status = 'no-search-page';
      result.note = `GET ${SEARCH_PAGE.path} answered ${response?.status() ?? 'nothing'}`;
      return result;
    }
    const selector = await findSearchBox(page);
    if (!selector) {
      result.status = 'no-search-box';
      result.note = `none of ${SEARCH_PAGE.inputSelectors.join(' | ')} is visible`;
      return result;
    }
    await page.locator(selector).first().click();
    await page.locator(selector).first().pressSequentially(query, { delay: SEARCH_PAGE.typingDelayMs });
    try {
      await page.waitForFunction(() => (window as unknown as { __bench: { firstResult: number } }).__bench.firstResult > 0, null, {
        timeout: timeoutMs,
        polling: 10,
      });
    } catch {
      result.status = 'no-result';
      result.note = `no element matching ${SEARCH_PAGE.resultSelector} appeared within ${timeoutMs} ms`;
      return result;
    }
    const times = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { lastInput: number; firstResult: number } }).__bench;
      return { lastInput: b.lastInput, firstResult: b.firstResult, origin: performance.timeOrigin };
    });
    const shownAt = times.origin + times.firstResult;
    const before = (await Promise.all(finished.map(record))).filter((f): f is Finished => f !== null && f.endedAt <= shownAt);
    result.status = 'ok';
    result.lastKeystrokeToResultMs = Math.round(times.firstResult - times.lastInput);
    result.bytesToFirstResult = before.reduce((n, f) => n + f.bytes, 0);
    result.requestsToFirstResult = before.length;
    for (const f of before) result.bytesByKind[requestKind(f.url)] = (result.bytesByKind[requestKind(f.url)] ?? 0) + f.bytes;
    result.runsMs = [result.lastKeystrokeToResultMs];
    result.mostBytesToFirstResult = result.bytesToFirstResult;
    return result;
  } catch (e) {
    result.note = (e as Error).message.split('\n')[0] ?? 'error';
    return result;
  } finally {
    await context.close();
  }
}
