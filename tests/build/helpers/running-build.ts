// `npm run build` into a given output folder, left running so a test can watch what it prints and stop it at a step
// it names, by a signal to the whole build (as Ctrl-C in a terminal sends one) or to the build's own process.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { cleanEnv, PROJECT_ROOT, TEST_OUTPUT } from '../../helpers/build-site.ts';

export interface BuildEnd {
  /** npm's exit code, or null when npm itself was ended by a signal. */
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

export interface RunningBuild {
  /** Everything printed so far, stdout and stderr interleaved. */
  output: () => string;
  /** Resolves once the output matches `pattern`; rejects, with the output, if the build ends first. */
  printed: (pattern: RegExp) => Promise<void>;
  /** Sends `signal` to npm, the build and every process it started, as a terminal sends Ctrl-C to all of them. */
  signalAll: (signal: NodeJS.Signals) => void;
  /** Resolves once every process of the build has ended (their output closed), not only npm. */
  ended: Promise<BuildEnd>;
}

export interface BuildStart {
  corpusDir: string;
  outDir: string;
  /** Names the content cache (tests/output/.cache/<cacheName>), shared by the builds of one test file, one at a time. */
  cacheName: string;
  env?: Record<string, string>;
}

export function startBuild(options: BuildStart): RunningBuild {
  const env = {
    ...cleanEnv(),
    CORPUS_DIR: options.corpusDir,
    ASTRO_CACHE_DIR: join(TEST_OUTPUT, '.cache', options.cacheName),
    NO_COLOR: '1',
    ...options.env,
  };
  // A process group of its own, so a signal to the group reaches npm, the build and Astro or Pagefind, and no test.
  const child = spawn('npm', ['run', '--silent', 'build', '--', '--outDir', options.outDir], {
    cwd: PROJECT_ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let closed = false;
  const watchers = new Set<() => void>();
  const append = (chunk: Buffer): void => {
    output += chunk.toString('utf8');
    for (const watcher of watchers) watcher();
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const ended = new Promise<BuildEnd>((resolve) => {
    child.once('close', (status, signal) => {
      closed = true;
      for (const watcher of watchers) watcher();
      resolve({ status, signal, output });
    });
  });

  const printed = (pattern: RegExp): Promise<void> =>
    new Promise((resolve, reject) => {
      const watcher = (): void => {
        if (pattern.test(output)) {
          watchers.delete(watcher);
          resolve();
        } else if (closed) {
          watchers.delete(watcher);
          reject(new Error(`The build ended without printing ${pattern}. It printed:\n${output}`));
        }
      };
      watchers.add(watcher);
      watcher();
    });

  return {
    output: () => output,
    printed,
    signalAll: (signal) => process.kill(-child.pid!, signal),
    ended,
  };
}
