// Find the corpus error report in a build's output: its headline, one line per problem, each followed by its hint.
export interface ErrorReport {
  /** How many reports the output holds (a build must give exactly one). */
  count: number;
  headline: string;
  /** Problem lines with the folder prefix removed: `name (line L, byte B): reason`. */
  problems: string[];
  /** The hint under each problem, in the same order. */
  hints: string[];
}

const HEADLINE = /The corpus in (.+)\/ cannot be built: .*/g;

export function readErrorReport(output: string, folder: string): ErrorReport {
  const headlines = [...output.matchAll(HEADLINE)];
  const lines = output.split('\n');
  const start = lines.findIndex((l) => l.includes(' cannot be built: '));
  const problems: string[] = [];
  const hints: string[] = [];
  for (let i = start + 1; start >= 0 && i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith(`  ${folder}/`)) break;
    problems.push(line.slice(`  ${folder}/`.length));
    // A hint line is indented and opens with an arrow; anything else counts as a missing hint.
    hints.push(/^\s+→ (.+)$/.exec(lines[i + 1] ?? '')?.[1] ?? '');
    i++;
  }
  return { count: headlines.length, headline: headlines[0]?.[0] ?? '', problems, hints };
}
