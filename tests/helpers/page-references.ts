// Read every URL a loaded page points to (links, assets, forms, metadata, JSON-LD) and every fragment target, from the parsed DOM.
import type { Page } from 'playwright-core';

export interface PageReference {
  /** What holds the URL, for messages: `a "Topics"`, `link[rel=canonical]`, `img[srcset]`, `JSON-LD`. */
  holder: string;
  /** The attribute value as the HTML parser decoded it (entities like `&amp;` already resolved). */
  value: string;
}

export interface PageReferences {
  references: PageReference[];
  /** Every `id` and `<a name>` on the page: the targets of `#fragment` links. */
  ids: string[];
  /** JSON-LD blocks that are not valid JSON. */
  invalidJsonLd: string[];
}

/** Runs inside the page; must not reference anything outside its own body. */
function readReferences(): PageReferences {
  const references: PageReference[] = [];
  const describe = (el: Element, attribute: string): string => {
    const tag = el.tagName.toLowerCase();
    const rel = el.getAttribute('rel');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    if (tag === 'a') return `a "${text}"`;
    if (rel) return `${tag}[rel=${rel}]`;
    return `${tag}[${attribute}]`;
  };
  const urlAttributes: [selector: string, attribute: string][] = [
    ['[href]', 'href'],
    ['[src]', 'src'],
    ['[poster]', 'poster'],
    ['form[action]', 'action'],
    ['[formaction]', 'formaction'],
    ['object[data]', 'data'],
    ['[cite]', 'cite'],
  ];
  for (const [selector, attribute] of urlAttributes) {
    for (const el of document.querySelectorAll(selector)) {
      references.push({ holder: describe(el, attribute), value: el.getAttribute(attribute) ?? '' });
    }
  }
  // A srcset candidate is a URL followed by an optional width or density descriptor.
  for (const el of document.querySelectorAll('[srcset], [imagesrcset]')) {
    const srcset = el.getAttribute('srcset') ?? el.getAttribute('imagesrcset') ?? '';
    for (const candidate of srcset.split(/,(?=\s)|,$/)) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) references.push({ holder: describe(el, 'srcset'), value: url });
    }
  }
  for (const meta of document.querySelectorAll('meta[property], meta[name]')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
    if (/^(og:url|og:image(:url|:secure_url)?|twitter:image|twitter:url)$/.test(key)) {
      references.push({ holder: `meta[${key}]`, value: meta.getAttribute('content') ?? '' });
    }
  }
  const refresh = document
    .querySelector('meta[http-equiv="refresh" i]')
    ?.getAttribute('content')
    ?.match(/url\s*=\s*['"]?([^'"]+)/i);
  if (refresh?.[1]) references.push({ holder: 'meta[http-equiv=refresh]', value: refresh[1] });

  const invalidJsonLd: string[] = [];
  const collectUrls = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/^https?:\/\//.test(value)) references.push({ holder: 'JSON-LD', value });
    } else if (Array.isArray(value)) value.forEach(collectUrls);
    else if (value && typeof value === 'object') Object.values(value).forEach(collectUrls);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectUrls(JSON.parse(script.textContent ?? ''));
    } catch {
      invalidJsonLd.push((script.textContent ?? '').slice(0, 200));
    }
  }

  const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
  ids.push(...[...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name') ?? ''));
  return { references, ids, invalidJsonLd };
}

export async function collectReferences(page: Page): Promise<PageReferences> {
  return page.evaluate(readReferences);
}
