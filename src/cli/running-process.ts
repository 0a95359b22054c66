// Whether a process of an earlier build still runs: what it left behind (a staging folder, pages copied to memory) is
// removed only once it has ended.
import { existsSync, readFileSync } from 'node:fs';

/**
 * Whether process `pid` still runs. A process killed outright stays in the process table as a zombie, which signals
 * still reach, until its parent or init collects it (a container's init may never do so); on Linux its state in
 * /proc tells it apart. Elsewhere a zombie counts as running, and its folder waits for a later build.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (!existsSync(`/proc/${process.pid}/stat`)) return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // `<pid> (<program name>) <state> …`: the name may hold spaces and brackets, the state follows the last ')'.
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}
