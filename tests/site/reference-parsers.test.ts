// The pure parts of the link checker read URLs the way browsers and feed readers do.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssReferences } from '../helpers/css-references.ts';
import { jsonReferences, robotsReferences } from '../helpers/feed-references.ts';
import { resolveInternalUrl, type SiteLocation } from '../helpers/internal-urls.ts';

describe('reference parsers', () => {
  it('reads quoted, unquoted and escaped url() and @import, not comments or data URLs', () => {
    const css = `/* url(gone.png) */ a{background:url( "a b.png" )} b{src:url('f\\27 .woff2')} c{x:url(c.svg)} d{y:url(data:image/png;base64,xx)} @import "more.css";`;
    expect(cssReferences(css).map((r) => r.value)).toEqual(['a b.png', "f'.woff2", 'c.svg', 'more.css']);
  });

  it('reads Sitemap lines of robots.txt and URL strings of JSON', () => {
    expect(robotsReferences('User-agent: *\nDisallow: /x/\nSitemap: https://e.org/s.xml\r\nsitemap:https://e.org/t.xml')).toEqual([
      { holder: 'Sitemap:', value: 'https://e.org/s.xml' },
      { holder: 'Sitemap:', value: 'https://e.org/t.xml' },
    ]);
    expect(
      jsonReferences({ feed_url: 'https://e.org/feed.json', items: [{ url: '/a/', title: 'https is a word' }] }).map((r) => r.holder),
    ).toEqual(['feed_url', 'items[0].url']);
  });

  it('resolves site URLs to output files the way a static host does', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(outDir, 'topics'));
    writeFileSync(join(outDir, 'topics', 'index.html'), '');
    writeFileSync(join(outDir, 'rss.xml'), '');
    const site: SiteLocation = { outDir, basePath: '/vn-cn/', internalOrigins: ['https://example.org'] };
    const resolve = (url: string): string => {
      const r = resolveInternalUrl(new URL(url), site);
      return r.kind === 'file' ? r.file : r.kind;
    };
    expect(resolve('https://example.org/vn-cn/topics/')).toBe('topics/index.html');
    expect(resolve('https://example.org/vn-cn/rss.xml?x=1#y')).toBe('rss.xml');
    expect(resolve('https://example.org/vn-cn/topics')).toBe('broken');
    expect(resolve('https://example.org/topics/')).toBe('broken');
    expect(resolve('https://example.org/vn-cn/people/')).toBe('broken');
    expect(resolve('https://other.org/vn-cn/nothing/')).toBe('external');
    // The same page in the build of another interface language, at its own base on the same origin.
    site.otherLanguageBases = ['/en/'];
    expect(resolve('https://example.org/en/topics/')).toBe('topics/index.html');
    expect(resolve('https://example.org/en/people/')).toBe('broken');
  });
});
