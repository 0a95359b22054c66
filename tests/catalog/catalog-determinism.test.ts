// Two builds of the same corpus give byte-identical feeds, sitemap and robots.txt: nothing depends on the clock or file order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const OPTIONS = { corpusDir: 'seeds', basePath: '/vn-cn/', siteUrl: 'https://example.org' };

/** The feed and crawler files of a build, relative to its folder. */
function feedFiles(outDir: string): string[] {
  const topicFeeds = readdirSync(join(outDir, 'topics'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `topics/${d.name}/rss.xml`);
  const sitemaps = readdirSync(outDir).filter((f) => /^sitemap.*\.xml$/.test(f));
  return ['rss.xml', 'feed.json', 'robots.txt', ...sitemaps, ...topicFeeds].sort();
}

describe('deterministic feeds', () => {
  let first: BuildResult;
  let second: BuildResult;
  beforeAll(() => {
    first = buildSite({ ...OPTIONS, name: 'catalog-repeat-a' });
    second = buildSite({ ...OPTIONS, name: 'catalog-repeat-b' });
  });

  it('builds twice into two folders', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    expect(first.outDir).not.toBe(second.outDir);
  });

  it('writes the same feed files, byte for byte', () => {
    const files = feedFiles(first.outDir);
    expect(feedFiles(second.outDir)).toEqual(files);
    // site feeds, robots, sitemap index + sitemap, ten topic feeds
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const file of files) {
      const a = readFileSync(join(first.outDir, file));
      const b = readFileSync(join(second.outDir, file));
      expect(a.equals(b), file).toBe(true);
    }
  });

  it('puts no build time in the feeds', () => {
    const rss = readFileSync(join(first.outDir, 'rss.xml'), 'utf8');
    expect(rss).not.toContain('lastBuildDate');
    const year = String(new Date().getFullYear());
    // The only date in the site feed is seed 000's own (14 April 2025).
    expect(rss.match(/<pubDate>[^<]*<\/pubDate>/g)).toEqual(['<pubDate>Mon, 14 Apr 2025 00:00:00 GMT</pubDate>']);
    if (year !== '2025') expect(readFileSync(join(first.outDir, 'feed.json'), 'utf8')).not.toContain(`"${year}-`);
  });
});
