// Search quality as a reader meets it: every query of tests/search/quality/queries.ts is submitted on the real search
// page of a site built from tests/search/fixtures/quality, and the first five headlines shown are scored against the
// articles read as relevant (precision at five, and no expected article left out).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { serveBuiltSite } from '../helpers/served-site.ts';
import { readResults, titles, waitForResults } from './helpers/search-ui.ts';
import { failedQuery, formatReport, scoreQuery, summarise, TOP, type QueryScore } from './quality/precision.ts';
import { HEADLINES, QUERIES, type ArticleLanguage, type QualityQuery } from './quality/queries.ts';

/** The fixture folder holds only the articles, so the build reads it as it is. */
const QUALITY_CORPUS = join(PROJECT_ROOT, 'tests/search/fixtures/quality');
const MIN_MEAN_PRECISION = 0.9;
/** Long enough for a first search on a cold page, short enough that one stuck query does not hide the report. */
const QUERY_TIMEOUT_MS = 10_000;
const SUGGESTION_LINK = '[data-search-suggestion] a';

const LANGUAGE_OF = new Map<string, ArticleLanguage>(
  (Object.entries(HEADLINES) as [ArticleLanguage, Record<string, string>][]).flatMap(([lang, list]) =>
    Object.values(list).map((h) => [h, lang] as const),
  ),
);

function namedHeadlines(q: QualityQuery): string[] {
  return [...q.expected, ...(q.acceptable ?? [])];
}

describe('the search-quality set', () => {
  it('covers people, places, terms, typos and empty answers in all four languages', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(QUERIES.map((q) => q.query)).size, 'a query is listed twice').toBe(QUERIES.length);
    for (const q of QUERIES) {
      expect(q.expected.length, q.query).toBeLessThanOrEqual(TOP);
      expect(q.why.trim(), q.query).not.toBe('');
      for (const headline of namedHeadlines(q))
        expect(LANGUAGE_OF.has(headline), `${q.query}: "${headline}" is not a fixture headline`).toBe(true);
      expect(
        q.expected.filter((h) => q.acceptable?.includes(h)),
        `${q.query}: expected and acceptable at once`,
      ).toEqual([]);
    }
    const expectedLanguages = new Set(QUERIES.flatMap((q) => q.expected.map((h) => LANGUAGE_OF.get(h))));
    expect([...expectedLanguages].sort()).toEqual(['en', 'fr', 'vi', 'zh']);
    expect(QUERIES.some((q) => q.followSuggestion)).toBe(true);
    expect(QUERIES.some((q) => q.expected.length === 0)).toBe(true);
  });
});

describe('search quality on the real search page', () => {
  const site = serveBuiltSite({ corpusDir: QUALITY_CORPUS, name: 'search-quality', searchShardArticles: 7 });
  let page: Page;

  beforeAll(async () => {
    page = await site.browser.newPage();
    page.setDefaultTimeout(QUERY_TIMEOUT_MS);
  });

  /** Submits the query as a reader does (the URL of a submitted search) and scores what the page lists. */
  async function score(q: QualityQuery): Promise<QueryScore> {
    try {
      await page.goto(`${site.server.url}search/?q=${encodeURIComponent(q.query)}`);
      await waitForResults(page, q.query);
      if (!q.followSuggestion) return scoreQuery(q, titles(await readResults(page)));
      const link = page.locator(SUGGESTION_LINK);
      await link.waitFor({ state: 'visible' });
      const suggested = ((await link.textContent()) ?? '').trim();
      await link.click();
      await waitForResults(page, suggested);
      return scoreQuery(q, titles(await readResults(page)), suggested);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      return failedQuery(q, q.followSuggestion ? `no "Did you mean" to follow or no results for it: ${reason}` : reason);
    }
  }

  it('builds every fixture with the headline and language the set names', () => {
    const built = JSON.parse(readFileSync(join(site.build.outDir, 'articles.json'), 'utf8')) as {
      articles: { title: string; language: string }[];
    };
    const builtLanguage = new Map(built.articles.map((a) => [a.title, a.language]));
    expect(built.articles).toHaveLength(LANGUAGE_OF.size);
    for (const [headline, lang] of LANGUAGE_OF) expect(builtLanguage.get(headline), headline).toBe(lang);
  });

  it(
    `shows the expected articles in the first ${TOP} results, with a mean precision of at least ${MIN_MEAN_PRECISION}`,
    async () => {
      const scores: QueryScore[] = [];
      for (const q of QUERIES) scores.push(await score(q));
      const report = summarise(scores);
      console.log(`Search quality (${QUERIES.length} queries, first ${TOP} results)\n${formatReport(report)}`);

      const missing = report.withMissing.map(
        (s) => `${s.query}${s.searched ? ` → ${s.searched}` : ''}: ${s.error ? `(${s.error}) ` : ''}missing ${JSON.stringify(s.missing)}`,
      );
      expect.soft(missing, 'queries whose first five results leave out an expected article').toEqual([]);
      expect(report.meanPrecision, formatReport(report)).toBeGreaterThanOrEqual(MIN_MEAN_PRECISION);
    },
    QUERIES.length * QUERY_TIMEOUT_MS * 2,
  );
});
