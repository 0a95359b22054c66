// The processes this build has started and that still run: `astro build`, and Pagefind's service, which Pagefind's
// Node API starts itself. A stopped build stops them and waits until they have exited before it removes the folder
// they write into; otherwise a last file written after the removal would leave part of that folder behind. Node
// announces every child process it starts on the `child_process` diagnostics channel, whoever starts it.
import type { ChildProcess } from 'node:child_process';
import { subscribe } from 'node:diagnostics_channel';

const running = new Set<ChildProcess>();

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Starts keeping count; call it before any process is started. */
export function trackChildProcesses(): void {
  subscribe('child_process', (message) => {
    const child = (message as { process: ChildProcess }).process;
    running.add(child);
    child.once('exit', () => running.delete(child));
    // A process that could not be started (no such program) never exits.
    child.once('error', () => {
      if (child.pid === undefined) running.delete(child);
    });
  });
}

/** Sends `signal` to every process still running and resolves once all of them have exited. */
export async function stopChildProcesses(signal: NodeJS.Signals): Promise<void> {
  const stopping = [...running].map(async (child) => {
    if (hasExited(child)) return;
    // Pagefind lets its process go unreferenced; waiting for its exit must keep this process alive until it comes.
    child.ref();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  });
  await Promise.all(stopping);
}
