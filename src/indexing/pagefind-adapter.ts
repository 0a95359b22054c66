// Everything the build asks of Pagefind's Node API, in one place: an index with our options, pages added, the bundle
// written, every response's errors gathered into one error, and Pagefind's process closed whatever happens. Nothing
// else on the Node side imports `pagefind`, and nothing reads the files it writes.
//
// Pages go in as the article pages' HTML (a folder Pagefind reads itself, or one page at a time), not as custom records:
// at 10 000 articles records took 70 s to add against 22 s for the folder, saved only 6% of peak memory (2.49 GB against
// 2.64 GB), and ranked headline matches differently, as Pagefind weights an h1's words only in HTML.
//
// One index for every language: Pagefind splits indexes by <html lang> and a page searches only its own, so a French or
// Chinese article would be invisible from the English search page. Forcing one language keeps every article in one index
// (one wasm file and one set of chunks to fetch). That language is `und` (undetermined): no stemmer runs, so no
// language's words are cut by another language's rules, and no segmenter runs. Pagefind's Chinese segmenter (language
// `zh`) would run over every page, Latin text included, and cost 0.45 GB more at 10 000 articles; instead each page is
// handed over with a space between its Chinese words (page-for-index.ts), which the search page takes out again.
import * as pagefind from 'pagefind';

/** The options every index is created with; a shard made with other options is written again (shard-fingerprint.ts). */
export const INDEX_SETTINGS = { forceLanguage: 'und' } as const;

/**
 * Pagefind's binary allocates with jemalloc, which keeps freed memory for 10 s before giving it back to the system.
 * Pagefind frees large copies of the index while it writes the bundle, so that memory piles up at its peak: at 10 000
 * articles 2.89–2.96 GB with jemalloc's defaults, 2.69–2.70 GB with freed memory returned within 0.2 s by a background
 * thread, no slower (three alternating runs each). Read from the environment when Pagefind's process starts.
 */
const PAGEFIND_ALLOCATOR_ENV = '_RJEM_MALLOC_CONF';
const PAGEFIND_ALLOCATOR = 'background_thread:true,dirty_decay_ms:200,muzzy_decay_ms:0';

function pagefindError(problems: readonly string[]): Error {
  return new Error(`Pagefind could not build the search index:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** Pagefind reports problems in each response instead of throwing; one error names them all. */
export function failIfErrors(problems: readonly string[]): void {
  if (problems.length > 0) throw pagefindError(problems);
}

/** An index being built. Each call records what Pagefind reported, named by `what` went in. */
export interface PagefindIndexWriter {
  /** Pagefind reads the HTML pages of `folder` itself, in the order the file system lists them; the number it indexed. */
  addFolder(folder: string): Promise<number>;
  /** One HTML page at `url` (without the base path); whether Pagefind indexed it. */
  addPage(url: string, html: string): Promise<boolean>;
  /** Writes the bundle to `outputPath`. */
  write(outputPath: string): Promise<void>;
}

/**
 * Runs `build` against a new index and closes Pagefind's process afterwards, however `build` ends. Throws one error
 * naming every problem Pagefind reported along the way, each with the page or step it came from.
 */
export async function withPagefindIndex<T>(build: (index: PagefindIndexWriter) => Promise<T>): Promise<T> {
  const problems: string[] = [];
  const note = (what: string, errors: readonly string[]): void => {
    problems.push(...errors.map((e) => `${what}: ${e}`));
  };
  // Pagefind's process starts with the first call below and inherits this environment; a setting of the caller's stays.
  process.env[PAGEFIND_ALLOCATOR_ENV] ??= PAGEFIND_ALLOCATOR;
  try {
    const created = await pagefind.createIndex({ ...INDEX_SETTINGS });
    note('createIndex', created.errors);
    const index = created.index;
    if (!index) throw pagefindError([...problems, 'createIndex: no index returned']);
    const writer: PagefindIndexWriter = {
      async addFolder(folder) {
        const added = await index.addDirectory({ path: folder });
        note(`pages in ${folder}`, added.errors);
        return added.page_count;
      },
      async addPage(url, html) {
        const added = await index.addHTMLFile({ url, content: html });
        note(url, added.errors);
        return added.errors.length === 0 && added.file !== undefined;
      },
      async write(outputPath) {
        const written = await index.writeFiles({ outputPath });
        note(`writing ${outputPath}`, written.errors);
      },
    };
    const result = await build(writer);
    failIfErrors(problems);
    return result;
  } finally {
    await pagefind.close();
  }
}
