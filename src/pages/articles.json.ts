// dist/articles.json: the normalised corpus as public data. The search index step reads it too (src/indexing/), for the
// order the index holds the pages in and each page's filter values.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { partialDateToIso } from '../corpus/partial-date-text.ts';
import { articleUrl } from '../site/urls.ts';

export const GET: APIRoute = async () => {
  const entries = await getCollection('articles');
  const articles = entries
    .map(({ data: a }) => ({
      id: a.slug,
      sourceFile: a.sourceFile,
      url: articleUrl(a.slug),
      slug: a.slug,
      title: a.title,
      date: a.date.iso,
      datePartial: partialDateToIso(a.date),
      datePrecision: a.date.precision,
      language: a.language,
      languages: a.languages,
      topics: a.topics.map(({ slug, name }) => ({ slug, name })),
      people: a.people.map(({ slug, name }) => ({ slug, name })),
      source: a.source,
      byline: a.byline,
      summary: a.summary,
      wordCount: a.wordCount,
    }))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return new Response(`${JSON.stringify({ articles }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
