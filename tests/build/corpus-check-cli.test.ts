// `npm run corpus:check`: every inferred field with its provenance for people, JSON for machines, exit 1 on errors.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cleanEnv, PROJECT_ROOT } from '../helpers/build-site.ts';

function corpusCheck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npm', ['run', '--silent', 'corpus:check', '--', ...args], {
    cwd: PROJECT_ROOT,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run corpus:check', () => {
  it('prints each inferred field of the seeds with where it came from, and exits 0', () => {
    const run = corpusCheck('seeds');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('seeds/000_08c7fae4138fbc52.txt');
    expect(run.stdout).toMatch(/date\s+2025-04-14 \(full date\)\s+\[line 5, dateline: "April 14, 2025"\]/);
    expect(run.stdout).toMatch(/byline\s+Hoang Trong\s+\[line 13/);
    expect(run.stdout).toContain('"Vietnams" looks like "Vietnam’s"');
    expect(run.stdout).toContain('5 articles');
  });

  it('gives machines JSON with every article, warning and error', () => {
    const run = corpusCheck('--json', 'tests/fixtures/mixed-bad-files/corpus');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      articles: { sourceFile: string }[];
      errors: { file: string; code: string }[];
      ignoredFiles: string[];
    };
    expect(report.articles.map((a) => a.sourceFile)).toEqual(['good.txt']);
    expect(report.errors.map((e) => [e.file, e.code])).toEqual([
      ['empty.txt', 'empty'],
      ['latin1.txt', 'not-utf8'],
    ]);
    expect(report.ignoredFiles).toEqual(['.DS_Store', 'notes.md']);
  });

  it('ends the text report with the people an editor may add: counts, spellings, one example', () => {
    const run = corpusCheck('tests/fixtures/suggested-people/corpus');
    expect(run.status, run.stderr).toBe(0);
    const section = run.stdout.indexOf('Suggested people (2)');
    expect(section, 'the section comes after the articles').toBeGreaterThan(run.stdout.lastIndexOf('suggested-people/corpus/c-fr.txt\n'));
    expect(run.stdout.slice(section)).toContain(
      [
        '  Phan Văn Giang — 3 articles, 3 mentions',
        '    spellings  Phan Van Giang (1), Phan Văn Giang (1), Phan_Van_Giang (1)',
        '    e.g.       tests/fixtures/suggested-people/corpus/a-en.txt:3  "Vietnamese Defence Minister Phan Van Giang held talks',
      ].join('\n'),
    );
    expect(run.stdout.slice(section)).toContain('  Dong Jun — 2 articles, 2 mentions\n    spellings  Dong Jun (1), Dong_Jun (1)\n');
    // To Lam is in the people list; Đổng Quân follows a title only once.
    expect(run.stdout.slice(section)).not.toMatch(/To Lam|Đổng Quân/);
    expect(run.stdout.trimEnd().endsWith('3 articles, 0 warnings, 0 errors in 3 .txt files.')).toBe(true);
  });

  it('gives machines the suggestions as a field of their own beside the existing ones', () => {
    const run = corpusCheck('--json', 'tests/fixtures/suggested-people/corpus');
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown> & {
      suggestedPeople: { name: string; articles: number; mentions: number; spellings: unknown; example: unknown }[];
    };
    expect(Object.keys(report)).toEqual(['folder', 'fileCount', 'articles', 'errors', 'warnings', 'ignoredFiles', 'suggestedPeople']);
    expect(report.suggestedPeople.map((p) => [p.name, p.articles, p.mentions])).toEqual([
      ['Phan Văn Giang', 3, 3],
      ['Dong Jun', 2, 2],
    ]);
    expect(report.suggestedPeople[1]).toMatchObject({
      spellings: [
        { text: 'Dong Jun', mentions: 1 },
        { text: 'Dong_Jun', mentions: 1 },
      ],
      example: { file: 'a-en.txt', line: 3 },
    });
  });

  it('exits 1 and names every bad file with its place and a hint', () => {
    const run = corpusCheck('tests/fixtures/mixed-bad-files/corpus');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('empty.txt: the file is empty');
    expect(run.stderr).toContain('latin1.txt (line 1, byte 3): not valid UTF-8');
    expect(run.stderr).toContain('→ Re-save the file as UTF-8');
  });
});
