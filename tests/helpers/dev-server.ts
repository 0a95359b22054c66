// Run `npm run dev` (astro dev) on a corpus folder on a free loopback port, as a person editing articles would, with
// everything it prints kept for the test to read. The server and its children are stopped by close().
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { cleanEnv, PROJECT_ROOT, TEST_OUTPUT } from './build-site.ts';

export interface DevServer {
  url: string;
  /** Everything the server has printed so far, stdout and stderr interleaved. */
  log: () => string;
  close: () => Promise<void>;
}

/** A port nothing listens on now, on the loopback address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `ready()` to hold, checking every 250 ms; past `seconds` fails with `what` and the server's log. */
export async function waitFor(
  server: Pick<DevServer, 'log'>,
  what: string,
  seconds: number,
  ready: () => Promise<boolean> | boolean,
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`${what}: not seen within ${seconds} s. The dev server printed:\n${server.log()}`);
    await sleep(250);
  }
}

/**
 * Starts the dev server with a content cache of its own (tests/output/.cache/<name>), emptied first; `args` go to
 * `astro dev` after the port and host.
 */
export async function startDevServer(options: { corpusDir: string; name: string; args?: string[] }): Promise<DevServer> {
  const port = await freePort();
  const cacheDir = join(TEST_OUTPUT, '.cache', options.name);
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const env = { ...cleanEnv(), CORPUS_DIR: options.corpusDir, ASTRO_CACHE_DIR: cacheDir, NO_COLOR: '1', FORCE_COLOR: '0' };
  // Its own process group, so close() stops npm, astro and vite's children together.
  const args = ['run', '--silent', 'dev', '--', '--port', String(port), '--host', '127.0.0.1', ...(options.args ?? [])];
  const child: ChildProcess = spawn('npm', args, {
    cwd: PROJECT_ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: DevServer = {
    url: `http://127.0.0.1:${port}`,
    log: () => output,
    close: async () => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
    },
  };
  try {
    await waitFor(server, `the dev server answering on ${server.url}`, 120, async () => {
      if (child.exitCode !== null) throw new Error(`the dev server exited with code ${child.exitCode}:\n${output}`);
      return fetch(`${server.url}/`).then(
        (r) => r.ok,
        () => false,
      );
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  return server;
}
