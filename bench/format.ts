// Human-readable numbers for the results table (decimal units: 1 KB = 1000 bytes, so a budget is never met by rounding).

export const NA = 'n/a';

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return NA;
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1000 ** 2) return `${(bytes / 1000).toFixed(1)} KB`;
  if (bytes < 1000 ** 3) return `${(bytes / 1000 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1000 ** 3).toFixed(2)} GB`;
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return NA;
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export function formatSeconds(s: number | null | undefined): string {
  return s === null || s === undefined ? NA : formatMs(s * 1000);
}

export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? NA : n.toLocaleString('en-US');
}

export function formatRatio(a: number | null | undefined, b: number | null | undefined): string {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return NA;
  return `${(a / b).toFixed(2)}×`;
}

const SIGNAL_CAUSES: Record<string, string> = {
  SIGKILL: 'the kernel’s OOM killer sends it when memory runs out',
  SIGABRT: 'Node aborts so when its heap limit is reached',
};

/** How a command ended when it failed: `exit 137, killed by SIGKILL (the kernel’s OOM killer …)`, `stopped at its time limit`. */
export function formatEnd(end: { exitCode: number | null; signal: string | null; timedOut: boolean }): string {
  if (end.timedOut) return 'stopped at its time limit';
  const parts = end.exitCode === null ? [] : [`exit ${end.exitCode}`];
  if (end.signal) parts.push(`killed by ${end.signal}${SIGNAL_CAUSES[end.signal] ? ` (${SIGNAL_CAUSES[end.signal]})` : ''}`);
  return parts.join(', ') || 'ended without an exit code';
}
