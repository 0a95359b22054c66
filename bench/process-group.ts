// Commands the benchmark starts in process groups of their own, so a timeout or the end of a step stops the whole tree
// (GNU time, Node, Astro, Vite's and Pagefind's children), and so do Ctrl-C and a crash of the benchmark itself.
import { type ChildProcess, spawn } from 'node:child_process';

const live = new Set<ChildProcess>();
let handlersInstalled = false;

const hasExited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

/** Signals every process of the group, its leader gone or not; a group with no process left is no error. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: nothing of the group is left.
  }
}

/** A group started by the benchmark would outlive it (it is detached from the terminal's): stop every live one first. */
function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const child of live) signalGroup(child, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      for (const child of live) signalGroup(child, 'SIGKILL');
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    });
}

/**
 * Runs `command` as the leader of a new process group. The kernel's OOM killer is told to take it before anything
 * else on the machine (`oom_score_adj` 1000, inherited by its children): a build that outgrows the memory is then
 * the one killed, not the benchmark reporting on it or another user's work.
 */
export function spawnGroup(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): ChildProcess {
  installHandlers();
  const child = spawn('/bin/sh', ['-c', 'echo 1000 2>/dev/null > /proc/self/oom_score_adj; exec "$0" "$@"', command, ...args], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  child.once('close', () => live.delete(child));
  child.once('error', () => live.delete(child));
  return child;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM to the whole group, SIGKILL after `graceMs` if its leader is still there; resolves once it has exited. */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (!hasExited(child)) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup(child, 'SIGTERM');
    if (!(await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]))) {
      signalGroup(child, 'SIGKILL');
      await exited;
    }
  }
  // A child that outlived its leader (or ignored SIGTERM) would still hold the port or the memory.
  signalGroup(child, 'SIGKILL');
  live.delete(child);
}
