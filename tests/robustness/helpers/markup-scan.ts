// Scan every file of a build for markup that could run: parsed by Chromium's own HTML and XML parsers, never by regex,
// so escaped text (`&lt;script&gt;`) is text and only real elements and attributes count.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { listFiles } from './output-files.ts';
import { fragmentJson } from './pagefind-bundle.ts';

interface HtmlScanInput {
  html: string;
  /** Where the site's own script files live: `<base>_astro/`. */
  ownScripts: string;
}

/** Runs in the page: what in one HTML document could run or load something the site did not write. */
function scanHtmlInPage({ html, ownScripts }: HtmlScanInput): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const found: string[] = [];
  const show = (el: Element): string => el.outerHTML.slice(0, 160);
  const URL_ATTRIBUTES = new Set([
    'href',
    'src',
    'action',
    'formaction',
    'poster',
    'cite',
    'background',
    'data',
    'codebase',
    'xlink:href',
    'ping',
    'srcset',
    'manifest',
    'icon',
    'srcdoc',
  ]);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`event-handler attribute ${name}: ${show(el)}`);
      if (name === 'style') found.push(`style attribute: ${show(el)}`);
      // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
      // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip these control characters inside a scheme, so must the scan.
      const squeezed = attr.value.replace(/[\u0000-\u0020]/g, '');
      if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data):/i.test(squeezed))
        found.push(`${name}="${attr.value.slice(0, 60)}": ${show(el)}`);
    }
  }
  const ldJson = [...doc.querySelectorAll('script[type="application/ld+json"]')];
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    const src = script.getAttribute('src');
    const inline = script.textContent ?? '';
    if (type === 'module' && src !== null && src.startsWith(ownScripts) && inline === '') continue;
    const dataBlock =
      (type === 'application/ld+json' && script.parentElement === doc.head && ldJson.length === 1) ||
      (type === 'application/json' && script.id === 'search-config');
    if (dataBlock && src === null) {
      try {
        JSON.parse(inline);
        continue;
      } catch {
        found.push(`data script whose JSON does not parse: ${show(script)}`);
        continue;
      }
    }
    found.push(`script element: ${show(script)}`);
  }
  // Elements the site never writes: any of them would have come from an article's text.
  for (const el of doc.querySelectorAll(
    'iframe, frame, frameset, object, embed, applet, base, img, svg, math, style, template, audio, video, source, portal',
  )) {
    found.push(`<${el.localName}> element: ${show(el)}`);
  }
  for (const meta of doc.querySelectorAll('meta[http-equiv]')) {
    if ((meta.getAttribute('http-equiv') ?? '').toLowerCase() !== 'content-security-policy') found.push(`meta http-equiv: ${show(meta)}`);
  }
  return found;
}

/** What in one HTML document could run or load something the site did not write (empty: nothing). */
export function scanHtmlDocument(page: Page, html: string, basePath: string): Promise<string[]> {
  return page.evaluate(scanHtmlInPage, { html, ownScripts: `${basePath}_astro/` });
}

/** Runs in the page: a feed or sitemap must be well-formed, hold no (X)HTML elements, link only to http(s) URLs, and an
 * RSS description (which readers render as HTML) must hold no markup once decoded. */
function scanXmlInPage(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) return [`not well-formed XML: ${error.textContent?.slice(0, 200)}`];
  const found: string[] = [];
  const LINKS = new Set(['link', 'guid', 'loc', 'docs', 'comments']);
  for (const el of doc.getElementsByTagName('*')) {
    if (el.namespaceURI === 'http://www.w3.org/1999/xhtml' || el.localName === 'script') found.push(`markup element <${el.localName}>`);
    for (const attr of el.attributes)
      if (attr.name.toLowerCase().startsWith('on')) found.push(`event-handler attribute ${attr.name} on <${el.localName}>`);
    const text = (el.textContent ?? '').trim();
    // An RSS feed's self link is Atom's <link href="…"/>: its URL is the attribute.
    if (el.namespaceURI === 'http://www.w3.org/2005/Atom' && el.localName === 'link') {
      const href = el.getAttribute('href') ?? '';
      if (!/^https?:\/\//.test(href)) found.push(`<atom:link> href is not an http(s) URL: ${href.slice(0, 80)}`);
    } else if (LINKS.has(el.localName) && el.children.length === 0 && !/^https?:\/\//.test(text))
      found.push(`<${el.localName}> is not an http(s) URL: ${text.slice(0, 80)}`);
    if (el.localName === 'description' && el.parentElement?.localName === 'item') {
      const rendered = new DOMParser().parseFromString(`<body>${text}`, 'text/html').body;
      if (rendered.children.length > 0) found.push(`RSS description renders as markup: ${rendered.innerHTML.slice(0, 120)}`);
    }
  }
  return found;
}

/** A JSON Feed item's `content_html`, to be scanned as the HTML document a feed reader makes of it. */
interface HtmlField {
  path: string;
  html: string;
}

/**
 * Every string under a key that holds a URL must be an http(s) URL or a site path. The one HTML field allowed is a
 * JSON Feed's `content_html`, collected into `htmlFields` when given; any other HTML field is a finding.
 */
function scanJsonValue(value: unknown, path: string, found: string[], htmlFields?: HtmlField[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      scanJsonValue(v, `${path}[${i}]`, found, htmlFields);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (htmlFields && key === 'content_html' && typeof v === 'string') htmlFields.push({ path: `${path}.${key}`, html: v });
      else if (/html$/i.test(key)) found.push(`${path}.${key}: an HTML field`);
      if (/(^|_)url$/i.test(key) && typeof v === 'string' && !/^(https?:\/\/|\/)/.test(v))
        found.push(`${path}.${key} is not an http(s) URL or site path: ${v.slice(0, 80)}`);
      scanJsonValue(v, `${path}.${key}`, found, htmlFields);
    }
  }
}

function scanJson(text: string, htmlFields?: HtmlField[]): string[] {
  const found: string[] = [];
  try {
    scanJsonValue(JSON.parse(text), '$', found, htmlFields);
  } catch (e) {
    found.push(`not valid JSON: ${(e as Error).message}`);
  }
  return found;
}

/** A JSON file's findings, its `content_html` fields scanned as HTML as a feed reader would render them. */
export async function scanJsonFile(page: Page, text: string, basePath: string): Promise<string[]> {
  const htmlFields: HtmlField[] = [];
  const found = scanJson(text, htmlFields);
  for (const { path, html } of htmlFields) {
    const inHtml = await scanHtmlDocument(page, `<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`, basePath);
    found.push(...inHtml.map((f) => `${path}: ${f}`));
  }
  return found;
}

function scanPagefindFragment(bytes: Buffer): string[] {
  const json = fragmentJson(bytes);
  return json === null ? ['not a Pagefind fragment'] : scanJson(json);
}

export interface ScanOptions {
  /** The site's base path, `/` or `/vn-cn/`. */
  basePath: string;
  /** Strings from the hostile input that must never be part of the site's code (JS, CSS, robots.txt). */
  markers: readonly string[];
}

/** Findings per file (files with none are left out); every file is read by a scanner for its type, or reported. */
export async function scanOutput(page: Page, outDir: string, options: ScanOptions): Promise<Map<string, string[]>> {
  const findings = new Map<string, string[]>();
  for (const file of listFiles(outDir)) {
    const bytes = readFileSync(join(outDir, file));
    const text = (): string => bytes.toString('utf8');
    let found: string[];
    const ext = extname(file);
    if (ext === '.html') found = await scanHtmlDocument(page, text(), options.basePath);
    // Feeds, sitemaps, and SVG (XML that could carry a script of its own).
    else if (ext === '.xml' || ext === '.svg') found = await page.evaluate(scanXmlInPage, text());
    else if (ext === '.json') found = await scanJsonFile(page, text(), options.basePath);
    else if (ext === '.pf_fragment') found = scanPagefindFragment(bytes);
    // Pagefind's word index, filters, metadata and engine: binary data its own code reads, never shown as markup.
    else if (['.pf_index', '.pf_filter', '.pf_meta', '.pagefind'].includes(ext)) found = [];
    else if (['.js', '.css', '.txt'].includes(ext))
      found = options.markers.filter((m) => text().includes(m)).map((m) => `contains input text ${JSON.stringify(m)}`);
    else found = [`a file type no scanner reads (${ext || 'no extension'})`];
    if (found.length > 0) findings.set(file, found);
  }
  return findings;
}
