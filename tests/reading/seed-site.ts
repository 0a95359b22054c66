// Build the seed corpus once for a test file, serve it, and find each seed's page by its file name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

export interface SeedSite {
  server: StaticServer;
  outDir: string;
  /** Absolute URL of the page built from the seed whose file name starts with `prefix` (`000`, `001`…). */
  pageOf(prefix: string): string;
  /** Site-relative path (with the base path) of that page, as links on the site write it. */
  pathOf(prefix: string): string;
}

export async function buildSeedSite(name: string, basePath = '/'): Promise<SeedSite> {
  const build = buildSite({ corpusDir: 'seeds', name, basePath });
  expect(build.status, build.output).toBe(0);
  const { articles } = JSON.parse(readFileSync(join(build.outDir, 'articles.json'), 'utf8')) as {
    articles: { sourceFile: string; url: string }[];
  };
  const server = await serveStatic(build.outDir, basePath);
  const pathOf = (prefix: string): string => {
    const found = articles.find((a) => a.sourceFile.startsWith(prefix));
    if (!found) throw new Error(`no seed ${prefix}`);
    return found.url;
  };
  return { server, outDir: build.outDir, pathOf, pageOf: (prefix) => server.origin + pathOf(prefix) };
}
