// The folders named in `npm run build`'s arguments, which go on to `astro build`: where the site goes (--outDir,
// resolved as Astro resolves it), and the same arguments pointed at another output folder.
import { resolve } from 'node:path';

/** Astro reads its flags with yargs-parser, which takes `--out-dir` for `--outDir` as well. */
const OUT_DIR_FLAGS = ['--outDir', '--out-dir'];

function optionValue(args: readonly string[], names: readonly string[]): string | undefined {
  for (const [at, arg] of args.entries()) {
    const name = names.find((n) => arg === n || arg.startsWith(`${n}=`));
    if (name) return arg === name ? args[at + 1] : arg.slice(name.length + 1);
  }
  return undefined;
}

/** The project Astro builds, absolute: --root, else the working folder. */
export function projectRoot(args: readonly string[]): string {
  return resolve(optionValue(args, ['--root']) ?? '.');
}

/** The output folder, absolute: --outDir against the project root; dist/ by default. */
export function outputFolder(args: readonly string[]): string {
  return resolve(projectRoot(args), optionValue(args, OUT_DIR_FLAGS) ?? 'dist');
}

/** `args` with every --outDir taken out and `outDir` given instead (yargs-parser would make two of them a list). */
export function withOutputFolder(args: readonly string[], outDir: string): string[] {
  const kept: string[] = [];
  for (let at = 0; at < args.length; at++) {
    const arg = args[at]!;
    if (OUT_DIR_FLAGS.includes(arg)) at++;
    else if (!OUT_DIR_FLAGS.some((n) => arg.startsWith(`${n}=`))) kept.push(arg);
  }
  return [...kept, '--outDir', outDir];
}
