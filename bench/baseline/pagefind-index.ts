// Pagefind over the baseline's output through the Node API, with no options: the plainest way to add search.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'baseline-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        await pagefind.close();
        logger.info(`pagefind indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(2)}s`);
      },
    },
  };
}
