// The seed build has every page type a reader can reach: home, articles, topics, people, archive, search, 404.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../helpers/build-site.ts';
import { classifyPage, listPages, type PageType, type SitePage } from '../helpers/page-inventory.ts';
import { readPublishedArticles, type PublishedArticle } from '../helpers/published-articles.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { SEED_SITE } from './site-builds.ts';

describe('page inventory', () => {
  it('classifies output files by their path', () => {
    const cases: [string, PageType][] = [
      ['index.html', 'home'],
      ['articles/a-b-123abc/index.html', 'article'],
      ['topics/index.html', 'topics-index'],
      ['topics/trade/index.html', 'topic'],
      ['people/index.html', 'people-index'],
      ['people/to-lam/index.html', 'person'],
      ['archive/index.html', 'archive'],
      ['archive/2025/index.html', 'archive'],
      ['search/index.html', 'search'],
      ['404.html', '404'],
      ['articles/index.html', 'other'],
      ['pagefind/x/index.html', 'other'],
    ];
    for (const [file, type] of cases) expect(classifyPage(file), file).toBe(type);
  });
});

describe('pages of the seed build', () => {
  let build: BuildResult;
  let pages: SitePage[];
  let articles: PublishedArticle[];
  beforeAll(async () => {
    build = await sharedBuild(SEED_SITE.build);
    pages = build.status === 0 ? listPages(build.outDir) : [];
    articles = build.status === 0 ? readPublishedArticles(build.outDir) : [];
  });

  const count = (type: PageType): number => pages.filter((p) => p.type === type).length;

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it.each(['home', 'topics-index', 'people-index', 'archive', 'search', '404'] as const)('has the %s page', (type) => {
    expect(count(type), `pages found: ${pages.map((p) => p.file).join(', ')}`).toBeGreaterThanOrEqual(1);
  });

  it('has one page per article, at the url articles.json gives', () => {
    expect(count('article')).toBe(5);
    const articlePaths = pages
      .filter((p) => p.type === 'article')
      .map((p) => p.urlPath)
      .sort();
    expect(articlePaths).toEqual(articles.map((a) => a.url).sort());
  });

  it('has a page for every topic and every person an article is filed under', () => {
    const topicSlugs = [...new Set(articles.flatMap((a) => a.topics.map((t) => t.slug)))];
    const peopleSlugs = [...new Set(articles.flatMap((a) => a.people.map((p) => p.slug)))];
    expect(topicSlugs.length, 'the seeds name topics').toBeGreaterThan(0);
    expect(peopleSlugs.length, 'the seeds name people').toBeGreaterThan(0);
    const paths = new Set(pages.map((p) => p.urlPath));
    expect(
      topicSlugs.filter((slug) => !paths.has(`/topics/${slug}/`)),
      'topics without a page',
    ).toEqual([]);
    expect(
      peopleSlugs.filter((slug) => !paths.has(`/people/${slug}/`)),
      'people without a page',
    ).toEqual([]);
  });
});
