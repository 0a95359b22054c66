// Bad files (empty, blank, Windows-1252, binary, a dangling link, a folder named .txt) stop the real build with ONE
// readable report naming each with its reason, place and hint; the good files parse the same whichever bad file is there.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { parseCorpus } from '../../src/corpus/parse-corpus.ts';
import { buildSite, cleanEnv, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';
import { BACKUP_FILE, BAD_FILES, addBadFiles, type BadFile } from './helpers/bad-files.ts';
import { readErrorReport } from './helpers/build-report.ts';
import { freshFolder, materializeCorpus, writeEntries, type CorpusSpec } from './helpers/corpus-spec.ts';
import { addArticles, generatedArticles } from './helpers/generated-corpus.ts';

const GOOD = generatedArticles(3);
const goodSpec = (): CorpusSpec => addArticles(new Map(), GOOD);

/** A line that starts a stack trace frame, as Node prints them. */
const STACK_FRAME = /^\s+at \S/m;

describe('bad files stop the build with one readable report', () => {
  let all: { dir: string; build: BuildResult };
  let alone: { file: BadFile; dir: string; build: BuildResult }[];

  beforeAll(() => {
    const spec = addBadFiles(goodSpec());
    spec.set(BACKUP_FILE, 'an editor backup\n');
    const dir = materializeCorpus('bad-all', spec);
    all = { dir, build: buildSite({ corpusDir: dir, name: 'robust-bad-all' }) };
    alone = BAD_FILES.map((file, i) => {
      const one = materializeCorpus(`bad-${i}`, addBadFiles(goodSpec(), [file]));
      return { file, dir: one, build: buildSite({ corpusDir: one, name: `robust-bad-${i}` }) };
    });
  });

  it('fails and publishes nothing when the folder holds them all', () => {
    expect(all.build.status, all.build.output).not.toBe(0);
    expect(existsSync(join(all.build.outDir, 'index.html'))).toBe(false);
    expect(existsSync(join(all.build.outDir, 'articles.json'))).toBe(false);
  });

  it('names every bad file once, with its reason, its line and byte where they apply, and a hint', () => {
    const report = readErrorReport(all.build.output, all.dir);
    expect(report.count).toBe(1);
    const files = GOOD.length + BAD_FILES.length;
    expect(report.headline).toBe(
      `The corpus in ${all.dir}/ cannot be built: ${BAD_FILES.length} of ${files} files have errors. Nothing was published.`,
    );
    // Sorted by name, as the report lists them.
    expect(report.problems).toEqual(BAD_FILES.map((f) => f.reportLine).sort());
    for (const [i, hint] of report.hints.entries()) expect(hint, report.problems[i]).not.toBe('');
    const hintFor = (name: string): string => report.hints[report.problems.findIndex((p) => p.startsWith(name))]!;
    expect(hintFor('windows-1252-french.txt')).toContain('Re-save the file as UTF-8');
    expect(hintFor('dangling-link.txt')).toContain('Point the link at the article file');
    expect(hintFor('folder.txt')).toContain('Rename the folder');
  });

  it('is readable without a stack trace, and notes the editor backup instead of failing on it', () => {
    expect(all.build.output).not.toMatch(STACK_FRAME);
    expect(all.build.output).toContain(`ignored ${all.dir}/${BACKUP_FILE} (not a .txt file)`);
    expect(readErrorReport(all.build.output, all.dir).problems.join('\n')).not.toContain(BACKUP_FILE);
  });

  it('fails on each bad file alone, naming only that file, with the same line as in the full report', () => {
    for (const { file, dir, build } of alone) {
      expect(build.status, file.name).not.toBe(0);
      expect(build.output, file.name).not.toMatch(STACK_FRAME);
      const report = readErrorReport(build.output, dir);
      expect(report.count, file.name).toBe(1);
      expect(report.headline, file.name).toBe(
        `The corpus in ${dir}/ cannot be built: 1 of ${GOOD.length + 1} files has errors. Nothing was published.`,
      );
      expect(report.problems, file.name).toEqual([file.reportLine]);
    }
  });

  it('reports a pipe named .txt instead of waiting on it forever (npm run corpus:check)', () => {
    const dir = freshFolder('pipe-corpus');
    writeEntries(dir, goodSpec());
    expect(spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status).toBe(0);
    // Reading a pipe nobody writes to would block: the timeout only keeps a regression from hanging the suite.
    const run = spawnSync('npm', ['run', '--silent', 'corpus:check', '--', dir, '--json'], {
      cwd: PROJECT_ROOT,
      env: cleanEnv(),
      encoding: 'utf8',
      timeout: 120_000,
    });
    // No pipe is left in tests/output for another tool to block on.
    rmSync(dir, { recursive: true, force: true });
    expect(run.signal, 'corpus:check was still reading the pipe').toBeNull();
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { errors: { file: string; code: string; message: string }[]; articles: unknown[] };
    expect(report.errors).toEqual([
      expect.objectContaining({ file: 'pipe.txt', code: 'unreadable', message: 'not a regular file (a pipe, socket or device)' }),
    ]);
    expect(report.articles).toHaveLength(GOOD.length);
  });

  it('parses the good files the same, alone or beside any one of the bad files', () => {
    const ctx = createCorpusContext();
    const good = parseCorpus(materializeCorpus('bad-good', goodSpec()), ctx);
    expect(good.errors).toEqual([]);
    expect(good.articles.map((a) => a.sourceFile)).toEqual(GOOD.map((g) => g.file));
    for (const { file, dir } of alone) {
      const mixed = parseCorpus(dir, ctx);
      expect(
        mixed.errors.map((e) => e.file),
        file.name,
      ).toEqual([file.name]);
      expect(mixed.articles, file.name).toEqual(good.articles);
    }
  });
});
