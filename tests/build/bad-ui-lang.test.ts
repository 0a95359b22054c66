// `UI_LANG=de npm run build`: a language the interface is not written in stops the build at once, with one line that says
// what to set instead, and leaves no output folder behind.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';

/** A line that starts a stack trace frame, as Node prints them. */
const STACK_FRAME = /^\s+at \S/m;

describe('a build with UI_LANG=de', () => {
  it('exits non-zero before Astro starts, naming UI_LANG=de and the languages to choose, without a stack trace', () => {
    const build = buildSite({ corpusDir: 'seeds', name: 'bad-ui-lang', uiLang: 'de' });
    expect(build.status).not.toBe(0);
    expect(build.status).not.toBeNull();
    // One line, so Astro, which logs every step of a build, never started: the build stopped at once.
    const lines = build.output.trim().split('\n');
    expect(lines, build.output).toHaveLength(1);
    expect(lines[0]).toContain('UI_LANG=de');
    expect(lines[0]).toContain('en, vi, fr, zh');
    expect(build.output).not.toMatch(STACK_FRAME);
    expect(existsSync(build.outDir), build.outDir).toBe(false);
  });
});
