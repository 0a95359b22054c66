// The first search measured in headless Chromium against our build served on 127.0.0.1: every query, each several times.
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { measureFirstSearch, type SearchMeasurement } from './search-timing.ts';
import { SEARCH_QUERIES } from './search-page.ts';
import { summarizeRuns } from './search-runs.ts';

/** One summed-up measurement per query of SEARCH_QUERIES; `timeoutMs` bounds each run (timeouts.ts). */
export async function measureSearches(
  outDir: string,
  runs: number,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<SearchMeasurement[]> {
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  try {
    const out: SearchMeasurement[] = [];
    for (const { lang, query } of SEARCH_QUERIES) {
      const measured: SearchMeasurement[] = [];
      for (let run = 0; run < runs; run++) measured.push(await measureFirstSearch(browser, server.url, { lang, query }, timeoutMs));
      const m = summarizeRuns(measured);
      log(
        `search ${lang} "${query}": ${m.status}${m.status === 'ok' ? `, median ${m.lastKeystrokeToResultMs} ms of ${m.runsMs.join(', ')}; ${m.bytesToFirstResult} bytes` : ` (${m.note})`}`,
      );
      out.push(m);
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
