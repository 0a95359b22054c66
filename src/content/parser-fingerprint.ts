// What besides a file's bytes decides what the loader stores for it: the source files its parse runs, the data files
// they read, and the installed versions of the packages they import (a new `eld` detects languages differently, a new
// `transliteration` makes other slugs). A stored entry whose digest was made with another fingerprint is parsed again.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ParserInputs {
  /** Each source and data file the parse reaches, by path relative to the first file's folder, in code-point order. */
  files: { path: string; bytes: Uint8Array }[];
  /** Each package those files import, by name, with its installed version (`not installed` when it cannot be found). */
  packages: Record<string, string>;
}

/** `from '…'`, `import '…'`, `import('…')` and `new URL('…', import.meta.url)`: the ways a module names another file. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew URL\(\s*)['"]([^'"\n]+)['"]/g;
const SOURCE_FILE = /\.(?:ts|mts|js|mjs)$/;
/** A package's name, or a path into it; not `node:fs` or `astro:content`, nor words in a string that happen to follow `from`. */
const PACKAGE_SPECIFIER = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[^:]*)?$/i;

/**
 * The files and packages reached from `entry` through relative imports, followed transitively. Derived, not listed,
 * so a module or package the parse starts to use is in the fingerprint without anyone remembering to add it.
 */
export function parserInputs(entry: string): ParserInputs {
  const root = dirname(entry);
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [resolve(entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!SOURCE_FILE.test(file)) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      if (specifier!.startsWith('.')) {
        // A `?raw` import reads the file as text; a path named only in a comment may not exist, and is no input.
        const target = resolve(dirname(file), specifier!.replace(/\?.*$/, ''));
        if (existsSync(target)) queue.push(target);
      } else if (PACKAGE_SPECIFIER.test(specifier!)) {
        const name = packageName(specifier!);
        if (!packages.has(name)) packages.set(name, installedVersion(name, file));
      }
    }
  }
  const files = [...seen]
    .map((file) => ({ path: relative(root, file).split(sep).join('/'), bytes: readFileSync(file) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, packages: Object.fromEntries(packages) };
}

/** `astro/zod` → `astro`; `@astrojs/rss/x` → `@astrojs/rss`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The version in the package.json Node would load `name` from, seen from `importer`: its `exports` may hide the file itself. */
function installedVersion(name: string, importer: string): string {
  for (const folder of createRequire(importer).resolve.paths(name) ?? []) {
    const manifest = join(folder, name, 'package.json');
    if (existsSync(manifest)) return String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version);
  }
  return 'not installed';
}

/** One hash of the inputs; the order packages were found in does not matter. */
export function parserFingerprint({ files, packages }: ParserInputs): string {
  const hash = createHash('sha256');
  for (const { path, bytes } of files) hash.update(`${path}\0${bytes.byteLength}\0`).update(bytes);
  for (const name of Object.keys(packages).sort()) hash.update(`${name}@${packages[name]}\0`);
  return hash.digest('hex');
}

/** The digest a stored entry carries: its file's bytes under the fingerprint of the parse that made it. */
export function entryDigest(fingerprint: string, bytes: Uint8Array): string {
  return createHash('sha256').update(fingerprint).update(bytes).digest('hex');
}

/** The fingerprint of the corpus loader's parse as installed here. */
export function currentParserFingerprint(): string {
  return parserFingerprint(parserInputs(fileURLToPath(new URL('./corpus-loader.ts', import.meta.url))));
}
