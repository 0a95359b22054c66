// What `astro dev` leaves unwatched: the folders the project writes into itself (built sites and their staging copies,
// test and benchmark output). Its file watcher takes one of the system's file watches per file, and beside a large
// archive's builds there are hundreds of thousands: the limit was reached before the dev server watched its own content
// store, and it went on serving a site without articles. The corpus folder stays watched wherever it lies.
import { relative, resolve, sep } from 'node:path';
import { pathBelow } from './corpus-path.ts';

/** Relative to the project, `/`-separated: dist/, tests/output/, bench/output/, and any `<name>.staging-…/` or `.previous-…/`. */
const OUTPUT_FOLDER = /^(dist|tests\/output|bench\/output)(\/|$)|(^|\/)[^/]+\.(staging|previous)-[^/]+(\/|$)/;

/** Vite's `server.watch.ignored`: true for a path in an output folder, unless it is the corpus folder, in it or above it. */
export function unwatchedOutput(projectRoot: string, corpusDirectory: string): (path: string) => boolean {
  const corpus = resolve(projectRoot, corpusDirectory);
  return (path) => {
    if (pathBelow(corpus, path) !== null || pathBelow(path, corpus) !== null) return false;
    return OUTPUT_FOLDER.test(relative(projectRoot, path).split(sep).join('/'));
  };
}
