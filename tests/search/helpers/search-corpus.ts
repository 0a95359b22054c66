// The corpus the search tests build: the seed files as they are, plus small fixtures for what the seeds lack
// (French and Chinese railway articles, a "Tom Lamb" page, an exact-title page, an NFD-encoded file; for the cards, an
// article with more topics than a card names).
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, TEST_OUTPUT } from '../../helpers/build-site.ts';

export const EXTRA_FIXTURES = join(PROJECT_ROOT, 'tests/search/fixtures/extra');
export const CARD_FIXTURES = join(PROJECT_ROOT, 'tests/search/fixtures/cards');

/** Copies seeds/ and the fixtures into one folder under tests/output and returns its path. */
export function makeSearchCorpus(name: string, fixtures = EXTRA_FIXTURES): string {
  const dir = join(TEST_OUTPUT, `${name}-corpus`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(join(PROJECT_ROOT, 'seeds'))) cpSync(join(PROJECT_ROOT, 'seeds', file), join(dir, file));
  for (const file of readdirSync(fixtures)) cpSync(join(fixtures, file), join(dir, file));
  return dir;
}
