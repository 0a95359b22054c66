// `npm run dev` on the run's corpus, as an editor uses it: how long `astro dev` takes to serve an article page, and how
// long an edit to that article's file takes to show on its page, fetched over HTTP as a browser would.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCorpusContext } from '../src/corpus/context.ts';
import { parseArticle } from '../src/corpus/parse-article.ts';
import { articlePath } from '../src/site/urls.ts';
import { buildEnv, PROJECT_ROOT } from './astro-build.ts';
import { freePort } from '../tests/helpers/dev-server.ts';
import { changeWord, NEW_WORDS, wordToChange, type WordInArticle } from './corpus-edits.ts';
import { spawnGroup, stopGroup } from './process-group.ts';
import { treeRss } from './process-tree.ts';

export interface DevPreview {
  status: 'ok' | 'failed';
  /** The article edited, and its page's path. */
  file: string | null;
  path: string | null;
  /** From starting `npm run dev` to the first 200 answer for the article's page. */
  startupMs: number | null;
  /** Each edit, in the order made: from the write to the first answer for the page that holds the new word. */
  editsMs: number[];
  /** The median edit (the slower middle one for an even count). */
  editMedianMs: number | null;
  /** The corpus loader's own time for each edit's sync, from its log line "(1 parsed, N unchanged) in 0.41s". */
  loaderS: (number | null)[];
  /** Highest summed RSS of the dev server's process tree, sampled every 200 ms. */
  peakTreeRssBytes: number;
  /** Why the step failed, with the server's last lines; empty when it did not. */
  note: string;
  logFile: string;
}

export interface DevPreviewSpec {
  corpusDir: string;
  /** The run's folder: the server's cache, log and content store go there. */
  workDir: string;
  startTimeoutMs: number;
  editTimeoutMs: number;
}

/**
 * `astro dev` keeps its content store in the project's `.astro/`, not in ASTRO_CACHE_DIR: one left by an earlier
 * server would spare the start-up the parse, and the step's own (the whole corpus) would slow the next `npm run dev`.
 * The project's is set aside for the step and put back after; the step's is moved into the run's folder.
 */
const DEV_DATA_STORE = join(PROJECT_ROOT, '.astro/data-store');
const LOADER_SYNC = /\d+ articles from .* \(\d+ parsed, \d+ unchanged\) in ([\d.]+)s/;
const POLL_MS = 50;
const LAST_LINES = 12;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's path as the site makes it from the article's title and lead. */
function pagePath(corpusDir: string, file: string): string {
  const parsed = parseArticle(file, readFileSync(join(corpusDir, file)), createCorpusContext());
  if (!parsed.ok) throw new Error(`${file} does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return articlePath(parsed.article.slug);
}

/** The server's output, line by line, as it comes. */
function collectLines(child: ChildProcess): string[] {
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop()!;
      lines.push(...parts);
    });
  }
  return lines;
}

/** Fetches `url` until `ready(status, body)` holds; returns the time it held. Throws past `deadline` or once the server exits. */
async function fetchUntil(
  child: ChildProcess,
  url: string,
  deadline: number,
  ready: (status: number, body: string) => boolean,
): Promise<number> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the dev server exited (${child.signalCode ?? `exit code ${child.exitCode}`})`);
    const left = deadline - performance.now();
    if (left <= 0) throw new Error(`${url}: not as expected before the time limit`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.ceil(left)) });
      if (ready(response.status, await response.text())) return performance.now();
    } catch {
      // Not listening yet, or the answer took longer than the time left.
    }
    await sleep(POLL_MS);
  }
}

function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.floor(sorted.length / 2)]!;
}

export async function measureDevPreview(spec: DevPreviewSpec): Promise<DevPreview> {
  const result: DevPreview = {
    status: 'failed',
    file: null,
    path: null,
    startupMs: null,
    editsMs: [],
    editMedianMs: null,
    loaderS: [],
    peakTreeRssBytes: 0,
    note: '',
    logFile: join(spec.workDir, 'dev-server.log'),
  };
  const projectDataStore = join(spec.workDir, 'dev-data-store.project');
  let word: WordInArticle | null = wordToChange(spec.corpusDir);
  if (!word) {
    result.note = 'no article has a long paragraph in a Latin script after its lead to edit';
    return result;
  }
  result.file = word.file;
  result.path = pagePath(spec.corpusDir, word.file);
  const url = `http://127.0.0.1:${await freePort()}${result.path}`;
  const port = new URL(url).port;
  const hadDataStore = existsSync(DEV_DATA_STORE);
  if (hadDataStore) renameSync(DEV_DATA_STORE, projectDataStore);
  const putBack = (): void => {
    if (existsSync(DEV_DATA_STORE)) renameSync(DEV_DATA_STORE, join(spec.workDir, 'dev-data-store'));
    if (hadDataStore) renameSync(projectDataStore, DEV_DATA_STORE);
  };
  // Also when the benchmark is interrupted (process-group.ts stops the server first).
  process.once('exit', putBack);
  const started = performance.now();
  const child = spawnGroup('npm', ['run', '--silent', 'dev', '--', '--port', port, '--host', '127.0.0.1'], {
    cwd: PROJECT_ROOT,
    env: buildEnv(join(spec.workDir, 'dev-cache'), { CORPUS_DIR: spec.corpusDir, NO_COLOR: '1', FORCE_COLOR: '0' }),
  });
  const lines = collectLines(child);
  const sampler = setInterval(() => {
    if (child.pid !== undefined) result.peakTreeRssBytes = Math.max(result.peakTreeRssBytes, treeRss(child.pid).bytes);
  }, 200);
  try {
    let page = '';
    const served = await fetchUntil(child, url, started + spec.startTimeoutMs, (status, body) => {
      page = body;
      return status === 200;
    });
    result.startupMs = Math.round(served - started);
    const there = NEW_WORDS.filter((w) => page.includes(w));
    if (there.length > 0) throw new Error(`${result.path} holds "${there.join('", "')}" before any edit: an edit could not be told apart`);
    for (const next of NEW_WORDS) {
      const syncsBefore = lines.filter((l) => LOADER_SYNC.test(l)).length;
      word = changeWord(spec.corpusDir, word, next);
      const written = performance.now();
      const shown = await fetchUntil(child, url, written + spec.editTimeoutMs, (status, body) => status === 200 && body.includes(next));
      result.editsMs.push(Math.round(shown - written));
      const sync = lines.filter((l) => LOADER_SYNC.test(l))[syncsBefore];
      result.loaderS.push(sync ? Number(LOADER_SYNC.exec(sync)![1]) : null);
    }
    result.editMedianMs = median(result.editsMs);
    result.status = 'ok';
  } catch (e) {
    const said = lines.filter((l) => l.trim() !== '').slice(-LAST_LINES);
    result.note = `${(e as Error).message}; the server's last lines: ${said.join(' ⏎ ') || '(none)'}`;
  } finally {
    clearInterval(sampler);
    await stopGroup(child);
    writeFileSync(result.logFile, `${lines.join('\n')}\n`);
    process.off('exit', putBack);
    putBack();
  }
  return result;
}
