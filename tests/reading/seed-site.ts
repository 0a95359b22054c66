// Build the seed corpus once for a test file (or share the run's seed build), serve it, and find each seed's page by
// its file name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { SEED_SITE, type SiteConfig } from '../site/site-builds.ts';

export interface SeedSite {
  server: StaticServer;
  outDir: string;
  /** Absolute URL of the page built from the seed whose file name starts with `prefix` (`000`, `001`…). */
  pageOf(prefix: string): string;
  /** Site-relative path (with the base path) of that page, as links on the site write it. */
  pathOf(prefix: string): string;
}

async function serveSeedBuild(build: BuildResult, basePath: string): Promise<SeedSite> {
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

export function buildSeedSite(name: string, basePath = '/'): Promise<SeedSite> {
  return serveSeedBuild(buildSite({ corpusDir: 'seeds', name, basePath }), basePath);
}

/** A seed build of the run's site configurations (site-builds.ts), built once for the whole test run and shared. */
export async function sharedSiteOf(config: SiteConfig): Promise<SeedSite> {
  return serveSeedBuild(await sharedBuild(config.build), config.basePath);
}

/** The seed site at the root, built once for the whole test run and shared by the files that only read it. */
export function sharedSeedSite(): Promise<SeedSite> {
  return sharedSiteOf(SEED_SITE);
}
