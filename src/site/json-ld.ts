// Structured data (schema.org JSON-LD) for article pages, and its safe serialisation into a <script> element.
import type { PageArticle as Article } from '../content/page-article.ts';

export type NewsArticleSource = Pick<Article, 'title' | 'summary' | 'language' | 'date' | 'byline' | 'source' | 'topics' | 'people'>;

/** A NewsArticle stating only what the text states: no date unless the full date is known, no author unless a byline is. */
export function newsArticleJsonLd(a: NewsArticleSource, url: string): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.summary,
    url,
    mainEntityOfPage: url,
  };
  if (a.language !== 'und') ld.inLanguage = a.language;
  // A day and month without a year, or a month alone, is not a publication date a machine may rely on.
  if (a.date.precision === 'day' && a.date.iso) ld.datePublished = a.date.iso;
  if (a.byline) ld.author = { '@type': 'Person', name: a.byline };
  if (a.source?.name) {
    const organization = {
      '@type': 'Organization',
      name: a.source.name,
      ...(a.source.url ? { url: `${new URL(a.source.url).origin}/` } : {}),
    };
    ld.publisher = organization;
    ld.sourceOrganization = organization;
  }
  if (a.source?.url) ld.isBasedOn = a.source.url;
  if (a.topics.length > 0) ld.keywords = a.topics.map((t) => t.name);
  if (a.people.length > 0) ld.mentions = a.people.map((p) => ({ '@type': 'Person', name: p.name }));
  return ld;
}
