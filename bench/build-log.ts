// Read stage times out of an `astro build` log. Tolerant by design: the site and Astro's wording change, so a missing line gives null ("n/a").
import type { LogLine } from './measure-command.ts';

export interface BuildStages {
  /** Our corpus loader's own figure: "N articles from seeds/ (…) in 0.31s". */
  corpusLoadS: number | null;
  articlesLoaded: number | null;
  /** From "[content] Syncing content" to "[content] Synced content" (arrival times). */
  contentSyncS: number | null;
  /** "[types] Generated 1.88s": the whole `astro sync` (content layer and type generation). */
  typesS: number | null;
  /** Sum of "[vite] ✓ built in 800ms" lines (client and server bundles). */
  viteS: number | null;
  /** "✓ Completed in 617ms." after "generating static routes". */
  pageGenerationS: number | null;
  /** "[build] 29 page(s) built in 3.58s". */
  pagesBuilt: number | null;
  astroBuildS: number | null;
  /** A line naming Pagefind with a duration, e.g. "[search-index] Pagefind indexed 20 article pages in 0.39s (…)". */
  pagefindS: number | null;
  /** Arrival time from the end of page generation to "page(s) built": the astro:build:done hooks (sitemap; the baseline's Pagefind). */
  buildDoneHooksS: number | null;
  /** Arrival time of the first output line: Node start-up and config loading. */
  startupS: number | null;
  /** Vite pre-bundled dependencies during this build (a first run on this machine pays for it). */
  depsOptimized: boolean;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour codes the build log is stripped of.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const DURATION = /(?:(\d+)m\s*)?(\d+(?:\.\d+)?)\s*(ms|s)\b/;

/** "617ms" → 0.617, "3.58s" → 3.58, "1m 2.5s" → 62.5; null when the text holds no duration. */
export function parseDuration(text: string): number | null {
  const m = DURATION.exec(text);
  if (!m) return null;
  const minutes = m[1] ? Number(m[1]) * 60 : 0;
  return minutes + (m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]));
}

const clean = (lines: readonly LogLine[]): LogLine[] => lines.map((l) => ({ t: l.t, text: l.text.replace(ANSI, '') }));

/** The last `n` lines that hold any text, without colour codes: what a failed command said last. */
export function lastLines(lines: readonly LogLine[], n: number): string[] {
  return clean(lines)
    .map((l) => l.text.trimEnd())
    .filter((text) => text.trim() !== '')
    .slice(-n);
}

function find(lines: readonly LogLine[], test: RegExp, from = 0): { line: LogLine; index: number } | null {
  for (let i = from; i < lines.length; i++) if (test.test(lines[i]!.text)) return { line: lines[i]!, index: i };
  return null;
}

const seconds = (ms: number): number => Math.round(ms) / 1000;

export function parseBuildLog(raw: readonly LogLine[]): BuildStages {
  const lines = clean(raw);
  const loader = find(lines, /\b(\d+) articles from .* in \d/);
  const syncStart = find(lines, /\[content\] Syncing content/);
  const syncEnd = find(lines, /\[content\] Synced content/);
  const types = find(lines, /\[types\] Generated/);
  const vite = lines.filter((l) => /\[vite\].*built in/.test(l.text)).map((l) => parseDuration(l.text.slice(l.text.indexOf('built in'))));
  const routesStart = find(lines, /generating static routes/);
  const routesEnd = routesStart ? find(lines, /Completed in/, routesStart.index + 1) : null;
  const pagesBuilt = find(lines, /(\d+) page\(s\) built in/);
  const pagefind = [...lines].reverse().find((l) => /pagefind/i.test(l.text) && DURATION.test(l.text.replace(/^\d\d:\d\d:\d\d\s*/, '')));
  return {
    corpusLoadS: loader ? parseDuration(loader.line.text.slice(loader.line.text.lastIndexOf(' in '))) : null,
    articlesLoaded: loader ? Number(/\b(\d+) articles from/.exec(loader.line.text)![1]) : null,
    contentSyncS: syncStart && syncEnd ? seconds(syncEnd.line.t - syncStart.line.t) : null,
    typesS: types ? parseDuration(types.line.text.slice(types.line.text.indexOf('Generated'))) : null,
    viteS: vite.length > 0 && vite.every((v) => v !== null) ? vite.reduce<number>((a, b) => a + b!, 0) : null,
    pageGenerationS: routesEnd ? parseDuration(routesEnd.line.text.slice(routesEnd.line.text.indexOf('Completed in'))) : null,
    pagesBuilt: pagesBuilt ? Number(/(\d+) page\(s\) built/.exec(pagesBuilt.line.text)![1]) : null,
    astroBuildS: pagesBuilt ? parseDuration(pagesBuilt.line.text.slice(pagesBuilt.line.text.indexOf('built in'))) : null,
    pagefindS: pagefind ? parseDuration(pagefind.text.replace(/^\d\d:\d\d:\d\d\s*/, '')) : null,
    buildDoneHooksS: routesEnd && pagesBuilt ? seconds(pagesBuilt.line.t - routesEnd.line.t) : null,
    startupS: lines.length > 0 ? seconds(lines[0]!.t) : null,
    depsOptimized: lines.some((l) => /\[optimizer\]|bundling dependencies/i.test(l.text)),
  };
}
