// Record what a page fetches: URL and the bytes that travelled (compressed, as the test server gzips text files).
import type { Page } from 'playwright-core';

export interface Fetched {
  url: string;
  bytes: number;
}

export function recordFetches(page: Page): { list: Fetched[]; settled(): Promise<void> } {
  const list: Fetched[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .request()
        .sizes()
        .then((sizes) => void list.push({ url: response.url(), bytes: sizes.responseBodySize }))
        .catch(() => void list.push({ url: response.url(), bytes: 0 })),
    );
  });
  return { list, settled: async () => void (await Promise.all(pending)) };
}

export function kilobytes(list: readonly Fetched[]): number {
  return Math.round(list.reduce((sum, f) => sum + f.bytes, 0) / 102.4) / 10;
}
