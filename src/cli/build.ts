// `npm run build`: the site with `astro build`, then its search index (src/indexing/search-index.ts) once Astro has exited,
// so the two never hold their memory at the same time. Arguments go to `astro build` (`--outDir`, `--root`, …).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { readLanguageSites } from '../i18n/language-sites.ts';
import { readInterfaceLanguage } from '../i18n/ui-languages.ts';
import { BUNDLE_DIR, writeSearchIndex } from '../indexing/search-index.ts';

const ASTRO_CLI = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');

function optionValue(args: readonly string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at === -1) return undefined;
  return args[at]!.includes('=') ? args[at]!.slice(name.length + 1) : args[at + 1];
}

// The interface settings are checked before Astro starts, so a mistyped one is a line saying what to write, not a stack.
try {
  readLanguageSites(process.env.UI_LANG_SITES, readInterfaceLanguage(process.env.UI_LANG));
} catch (error) {
  console.error(`[build] ${(error as Error).message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const astro = spawnSync(process.execPath, [ASTRO_CLI, 'build', ...args], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);

// Astro resolves --outDir against the project root (--root, else the working folder); the default is dist/.
const root = resolve(optionValue(args, '--root') ?? '.');
const outDir = resolve(root, optionValue(args, '--outDir') ?? 'dist');
const started = performance.now();
try {
  const { indexed, stagedIn } = await writeSearchIndex(outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const read = stagedIn ? `read from a copy in ${stagedIn}` : 'handed over one by one';
  console.log(
    `[search-index] Pagefind indexed ${indexed} article pages in ${seconds}s (one index for every language, in ${BUNDLE_DIR}/; pages ${read})`,
  );
} catch (error) {
  console.error(
    `[search-index] ${(error as Error).message}\nThe pages in ${outDir} are built but the site has no working search: fix the problem above and build again.`,
  );
  process.exit(1);
}
