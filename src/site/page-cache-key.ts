// The key Astro's incremental build keeps for an article page: a digest of everything the page shows that is not code.
// Astro re-renders a page when its route's code or this key changes and otherwise copies last build's file, so the
// key must change with every input the page reads: the article itself, its related and neighbouring articles (their
// titles, dates and summaries appear on it), and the interface language settings read from the environment. Code and
// the data files (src/data/*.yaml, imported as modules) are Astro's part: its hash of the route's module graph.
import { createHash } from 'node:crypto';
import { LANGUAGE_SITES, ONE_LANGUAGE, UI_LANG } from '../i18n/interface-language.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** One digest per article (by slug) of its stored data, computed once per build for every page that shows it. */
export function articleDigests<T extends { slug: string }>(articles: readonly T[]): Map<string, string> {
  return new Map(articles.map((a) => [a.slug, sha256(JSON.stringify(a))]));
}

/** The interface settings every page depends on; a change to any of them re-renders every page. */
const SETTINGS = JSON.stringify({ ui: UI_LANG, oneLanguage: ONE_LANGUAGE, sites: LANGUAGE_SITES });

export interface ArticlePageInputs {
  slug: string;
  related: readonly string[];
  previous: string | null;
  next: string | null;
}

/** The page's key: its own article's digest, its related and neighbours' (in the order shown), and the settings. */
export function articlePageKey(inputs: ArticlePageInputs, digests: ReadonlyMap<string, string>): string {
  const digestOf = (slug: string | null): string | null => (slug === null ? null : (digests.get(slug) ?? null));
  return sha256(
    JSON.stringify([SETTINGS, digestOf(inputs.slug), inputs.related.map(digestOf), digestOf(inputs.previous), digestOf(inputs.next)]),
  );
}
