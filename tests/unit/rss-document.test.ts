// Feeds assembled from items serialised once are byte for byte what @astrojs/rss writes for the whole list, and a feed
// that reuses another feed's items (a topic feed after the site feed) is too.
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { parseCorpus } from '../../src/corpus/parse-corpus.ts';
import { DC_NAMESPACE, rssItems, type FeedArticle } from '../../src/site/feed-items.ts';
import { rssResponse } from '../../src/site/feeds.ts';
import { rssDocument, serialiseRssItems, type RssChannel } from '../../src/site/rss-document.ts';

const link = (slug: string): string => `https://example.org/vn-cn/articles/${slug}/`;
const channel: RssChannel = {
  title: 'Tô Lâm & 苏林 <i>',
  description: 'D "quoted"',
  site: 'https://example.org/vn-cn/',
  xmlns: { dc: DC_NAMESPACE },
};

const seeds = parseCorpus('seeds', createCorpusContext()).articles;
const HOSTILE = 'Tô Lâm & 苏林 <b>meet</b> ]]> </item><item> "again" \'once\'';
const hostile: FeedArticle = {
  ...seeds[0]!,
  slug: 'hostile',
  title: HOSTILE,
  summary: `<script>alert(1)</script> ${HOSTILE}`,
  byline: '</dc:creator></item> & <x>',
  topics: [{ slug: 't', name: '</category></item><item>' }],
};
const articles: FeedArticle[] = [...seeds, hostile];

const utf8 = (items: readonly string[]): Uint8Array[] => items.map((x) => new TextEncoder().encode(x));
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const direct = (items: readonly FeedArticle[], c: RssChannel = channel): Promise<string> =>
  getRssString({ ...c, items: rssItems(items, link) });

describe('rssDocument', () => {
  it('writes what @astrojs/rss writes, hostile text included', async () => {
    expect(articles.length).toBeGreaterThan(5);
    const items = await serialiseRssItems(channel, rssItems(articles, link));
    expect(items).toHaveLength(articles.length);
    expect(text(await rssDocument(channel, utf8(items)))).toBe(await direct(articles));
  });

  it('reuses items in another order and under another channel', async () => {
    const items = await serialiseRssItems(channel, rssItems(articles, link));
    const other: RssChannel = { ...channel, title: 'A topic', site: 'https://example.org/vn-cn/topics/t/' };
    const order = [articles.length - 1, 2, 0];
    expect(text(await rssDocument(other, utf8(order.map((i) => items[i]!))))).toBe(
      await direct(
        order.map((i) => articles[i]!),
        other,
      ),
    );
  });

  it('writes an empty feed as @astrojs/rss does', async () => {
    expect(await serialiseRssItems(channel, [])).toEqual([]);
    expect(text(await rssDocument(channel, []))).toBe(await direct([]));
  });
});

describe('rssResponse', () => {
  it('gives each feed what @astrojs/rss writes, whichever feed serialised an article first', async () => {
    const site = new URL('https://example.org/');
    const topic = [articles[3]!, hostile, articles[1]!];
    const feed = (list: FeedArticle[], title: string) =>
      rssResponse({
        title,
        description: 'D.',
        pagePath: `/${title}/`,
        fullListPath: `/${title}/all/`,
        feedPath: `/${title}/rss.xml`,
        articles: list,
        site,
      }).then((r) => r.text());
    const expected = (list: FeedArticle[], title: string) =>
      getRssString({
        title,
        description:
          'D. This feed holds the newest articles, at most 50, newest first. ' +
          `Every article is listed at https://example.org/${title}/all/ and published as data at https://example.org/articles.json`,
        site: `https://example.org/${title}/`,
        items: rssItems(list, (s) => `https://example.org/articles/${s}/`),
        xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: DC_NAMESPACE },
        customData: `<language>en</language><atom:link href="https://example.org/${title}/rss.xml" rel="self" type="application/rss+xml"/>`,
      });
    expect(await feed(topic, 'topic')).toBe(await expected(topic, 'topic'));
    expect(await feed(articles, 'all')).toBe(await expected(articles, 'all'));
    expect(await feed(topic.slice(1), 'again')).toBe(await expected(topic.slice(1), 'again'));
  });
});
