// The URLs inside sitemaps and RSS (XML, parsed by Chromium's DOMParser), JSON feeds and robots.txt.
import type { Page } from 'playwright-core';

export interface FeedReference {
  /** Where in the file: `<loc>`, `<link>`, `@href`, `items[2].url`, `Sitemap:`. */
  holder: string;
  value: string;
}

export interface XmlReferences {
  /** The parser's error when the file is not well-formed XML. */
  parseError: string | null;
  references: FeedReference[];
}

/** Runs inside a page: parses `xml` and returns the text of URL elements and every href attribute. */
function readXmlReferences(xml: string): XmlReferences {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) return { parseError: (error.textContent ?? '').trim(), references: [] };
  const references: FeedReference[] = [];
  for (const el of doc.getElementsByTagName('*')) {
    const name = el.localName;
    const isPermaLinkGuid = name === 'guid' && el.getAttribute('isPermaLink') !== 'false';
    // RSS image/url, sitemap loc, RSS and Atom-in-RSS link text.
    if (name === 'loc' || name === 'link' || name === 'url' || isPermaLinkGuid) {
      const text = (el.textContent ?? '').trim();
      if (text && el.children.length === 0) references.push({ holder: `<${el.tagName}>`, value: text });
    }
    for (const attribute of ['href', 'url']) {
      const value = el.getAttribute(attribute);
      if (value !== null) references.push({ holder: `<${el.tagName} ${attribute}>`, value });
    }
  }
  return { parseError: null, references };
}

export async function xmlReferences(page: Page, xml: string): Promise<XmlReferences> {
  return page.evaluate(readXmlReferences, xml);
}

/** Every string in a JSON document that is an absolute http(s) URL, or sits under a key ending in `url`. */
export function jsonReferences(json: unknown): FeedReference[] {
  const references: FeedReference[] = [];
  const visit = (value: unknown, path: string, key: string): void => {
    if (typeof value === 'string') {
      if (/^https?:\/\//.test(value) || /url$/i.test(key)) references.push({ holder: path, value });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        visit(v, `${path}[${i}]`, key);
      });
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k, k);
    }
  };
  visit(json, '', '');
  return references;
}

/** The `Sitemap:` lines of robots.txt (the only URLs there; Allow/Disallow are patterns, not links). */
export function robotsReferences(robots: string): FeedReference[] {
  return robots
    .split(/\r?\n/)
    .map((line) => line.match(/^\s*sitemap\s*:\s*(\S+)/i)?.[1])
    .filter((url): url is string => Boolean(url))
    .map((value) => ({ holder: 'Sitemap:', value }));
}
