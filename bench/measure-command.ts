// Run one command and measure it: wall time, CPU time of the whole process tree, peak summed RSS, and its output lines with arrival times.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { spawnGroup, stopGroup } from './process-group.ts';
import { childrenCpuSeconds, treeRss } from './process-tree.ts';

const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 50;

export interface LogLine {
  /** Milliseconds since the command started. */
  t: number;
  text: string;
}

export interface CommandMeasurement {
  exitCode: number | null;
  /** The signal that ended the command (SIGKILL from the kernel's OOM killer, SIGABRT from a V8 heap limit), else null. */
  signal: string | null;
  /** Stopped by the benchmark after `timeoutMs`. */
  timedOut: boolean;
  wallMs: number;
  /** user + system seconds of every process in the tree that was waited for (GNU time's figures when available). */
  cpuUserS: number | null;
  cpuSystemS: number | null;
  /** Highest sum of RSS over the process tree, sampled every 50 ms: what the machine had to hold at once. */
  peakTreeRssBytes: number;
  peakProcesses: number;
  /** GNU time's maximum RSS: the largest single process, not the tree's sum (kept to show the difference). */
  maxSingleRssBytes: number | null;
  cpuSource: 'gnu-time' | 'proc-self-children';
  lines: LogLine[];
}

export interface CommandSpec {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The whole output is written here. */
  logFile: string;
  /** The whole process group is stopped after this long. */
  timeoutMs: number;
}

function gnuTimeField(report: string, label: string): number | null {
  const m = new RegExp(`${label.replace(/[()]/g, '\\$&')}:\\s*([\\d.]+)`).exec(report);
  return m ? Number(m[1]) : null;
}

/** 9 → `SIGKILL`. */
function signalName(n: number): string {
  return Object.entries(constants.signals).find(([, v]) => v === n)?.[0] ?? `signal ${n}`;
}

/** GNU time writes "Command terminated by signal 9" and exits 128 + 9 when the command it timed was killed. */
function signalInReport(report: string): string | null {
  const m = /Command terminated by signal (\d+)/.exec(report);
  return m ? signalName(Number(m[1])) : null;
}

export async function measureCommand(spec: CommandSpec): Promise<CommandMeasurement> {
  const useTime = existsSync(GNU_TIME);
  const timeReport = `${spec.logFile}.time`;
  rmSync(timeReport, { force: true });
  const [command, args] = useTime ? [GNU_TIME, ['-v', '-o', timeReport, spec.command, ...spec.args]] : [spec.command, spec.args];
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const child = spawnGroup(command, args, { cwd: spec.cwd, env: spec.env });
  const lines: LogLine[] = [];
  const collect = (stream: NodeJS.ReadableStream): void => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const t = performance.now() - started;
      const parts = (pending + chunk).split('\n');
      pending = parts.pop()!;
      for (const text of parts) lines.push({ t, text });
    });
    stream.on('end', () => {
      if (pending) lines.push({ t: performance.now() - started, text: pending });
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);

  let peak = { bytes: 0, processes: 0 };
  const sample = (): void => {
    if (child.pid === undefined) return;
    const now = treeRss(child.pid);
    if (now.bytes > peak.bytes) peak = now;
  };
  const timer = setInterval(sample, SAMPLE_MS);
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    void stopGroup(child);
  }, spec.timeoutMs);
  const closed = await new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  clearInterval(timer);
  clearTimeout(deadline);
  const wallMs = performance.now() - started;
  writeFileSync(spec.logFile, `${lines.map((l) => l.text).join('\n')}\n`);

  let cpuUserS: number | null = null;
  let cpuSystemS: number | null = null;
  let maxSingleRssBytes: number | null = null;
  let signal = closed.signal;
  if (useTime && existsSync(timeReport)) {
    const report = readFileSync(timeReport, 'utf8');
    signal ??= signalInReport(report);
    cpuUserS = gnuTimeField(report, 'User time (seconds)');
    cpuSystemS = gnuTimeField(report, 'System time (seconds)');
    const kb = gnuTimeField(report, 'Maximum resident set size (kbytes)');
    maxSingleRssBytes = kb === null ? null : kb * 1024;
  } else {
    // Only right if nothing else this process spawned ended meanwhile: the runner builds one thing at a time.
    const after = childrenCpuSeconds();
    cpuUserS = after.user - cpuBefore.user;
    cpuSystemS = after.system - cpuBefore.system;
  }
  return {
    exitCode: closed.code,
    signal,
    timedOut,
    wallMs,
    cpuUserS,
    cpuSystemS,
    peakTreeRssBytes: peak.bytes,
    peakProcesses: peak.processes,
    maxSingleRssBytes,
    cpuSource: useTime ? 'gnu-time' : 'proc-self-children',
    lines,
  };
}
