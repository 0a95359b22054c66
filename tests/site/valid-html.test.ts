// Every HTML page of the seed build, and of the Vietnamese one, passes the Nu Html Checker with no errors.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../helpers/build-site.ts';
import { formatValidatorMessages, validateHtml } from '../helpers/html-validator.ts';
import { listPages } from '../helpers/page-inventory.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { SEED_SITE, type SiteConfig, VI_SITE } from './site-builds.ts';

describe.each([
  ['', SEED_SITE],
  [' with UI_LANG=vi', VI_SITE],
] as [string, SiteConfig][])('valid HTML%s', (_label, config) => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await sharedBuild(config.build);
  });

  it('the Nu Html Checker finds no errors in any page', () => {
    expect(build.status, build.output).toBe(0);
    const files = listPages(build.outDir).map((p) => p.absoluteFile);
    expect(files.length).toBeGreaterThan(0);
    const errors = validateHtml(files);
    expect(errors.length, formatValidatorMessages(errors, build.outDir)).toBe(0);
  });
});

describe('the Nu Html Checker', () => {
  it('the checker reports errors it finds (it is really running)', async () => {
    // A page with a known error must fail, so a silent checker cannot pass the test above.
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'vnu-')), 'bad.html');
    writeFileSync(file, '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>block in p</p></body></html>');
    const errors = validateHtml([file]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.file).toBe(file);
    expect(errors[0]!.line).toBe(1);
  });
});
