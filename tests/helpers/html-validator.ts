// Validate HTML files with the Nu Html Checker (vnu-jar) in one Java start, and format its messages for a failing test.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// vnu-jar's main export is a String object holding the jar's path.
const VNU_JAR = String(require('vnu-jar') as string);

export interface ValidatorMessage {
  type: string;
  subType?: string;
  /** Absolute path of the checked file. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  extract?: string;
}

interface VnuJson {
  messages: { type: string; subType?: string; url?: string; lastLine?: number; firstColumn?: number; message: string; extract?: string }[];
}

/** Errors (not warnings) the Nu checker finds in `files`. Throws when the checker itself cannot run. */
export function validateHtml(files: string[]): ValidatorMessage[] {
  if (files.length === 0) return [];
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  if (run.error) throw run.error;
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  let report: VnuJson;
  try {
    report = JSON.parse(run.stderr) as VnuJson;
  } catch {
    throw new Error(`the Nu checker did not produce a JSON report (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
  }
  return report.messages.map((m) => ({
    type: m.type,
    subType: m.subType,
    file: m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? '?'),
    line: m.lastLine,
    column: m.firstColumn,
    message: m.message,
    extract: m.extract,
  }));
}

/** `articles/x/index.html:12:5: error: message` lines, paths relative to `root`. */
export function formatValidatorMessages(messages: ValidatorMessage[], root: string): string {
  return messages
    .map((m) => {
      const where = `${relative(root, m.file)}:${m.line ?? '?'}:${m.column ?? '?'}`;
      const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
      return `${where}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}${extract}`;
    })
    .join('\n');
}
