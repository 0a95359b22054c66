// Resident memory of a process and all its descendants, read from /proc (Linux only).
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

interface ProcStat {
  pid: number;
  ppid: number;
  /** Resident set size in bytes. */
  rss: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state(3) ppid(4) … rss(24), so ppid is fields[1] and rss (in pages) fields[21].
    return { pid, ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE };
  } catch {
    return null; // the process ended between listing and reading
  }
}

/** Every live process, read once: a tree is found by walking parent links, since the children files under /proc/PID/task are not always there. */
function allProcesses(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (stat) out.push(stat);
  }
  return out;
}

/** Summed RSS and process count of `root` and its descendants right now. Shared pages are counted once per process (RSS, not PSS). */
export function treeRss(root: number): { bytes: number; processes: number } {
  const procs = allProcesses();
  const children = new Map<number, ProcStat[]>();
  for (const p of procs) {
    const list = children.get(p.ppid) ?? [];
    list.push(p);
    children.set(p.ppid, list);
  }
  const self = procs.find((p) => p.pid === root);
  if (!self) return { bytes: 0, processes: 0 };
  let bytes = 0;
  let processes = 0;
  const stack = [self];
  while (stack.length > 0) {
    const p = stack.pop()!;
    bytes += p.rss;
    processes++;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return { bytes, processes };
}

/** CPU seconds (user, system) of this process's waited-for children so far: the fallback when /usr/bin/time is missing. */
export function childrenCpuSeconds(): { user: number; system: number } {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // cutime(16) and cstime(17) are fields[13] and fields[14], in clock ticks (USER_HZ, 100 on Linux).
  return { user: Number(fields[13]) / 100, system: Number(fields[14]) / 100 };
}
