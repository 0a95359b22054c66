// The dev server's edits change one word of an article's body, never its headline or lead, so its page keeps its URL.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changeWord, NEW_WORDS, wordToChange } from '../../bench/corpus-edits.ts';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { parseArticle } from '../../src/corpus/parse-article.ts';

const LEAD =
  'Hanoi, April 14, 2025 - The two governments signed an agreement on Monday to build a standard-gauge railway ' +
  'from Lao Cai to Hai Phong, with the first section to open before the end of the decade, officials of both ministries said.';
const BODY =
  'Engineers from both countries will survey the route this summer, and the ministries expect the first freight trains ' +
  'to carry fertiliser, fresh fruit and farm machinery in both directions across the border crossing.';
/** Over 200 characters, as a long paragraph is. */
const CHINESE = [
  '两国政府周一签署协议，将修建从老街到海防的标准轨距铁路，第一段预计在本十年结束前开通。',
  '双方工程师将于今年夏天勘测线路，货运列车将运输化肥、水果和机械，越过边境口岸，连接两国的港口和工业区。',
]
  .join('')
  .repeat(3);

const folders: string[] = [];
function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-edits-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const slugOf = (dir: string, file: string): string => {
  const parsed = parseArticle(file, readFileSync(join(dir, file)), createCorpusContext());
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.article.slug;
};

describe('the dev server’s word edits', () => {
  const dir = corpus({
    '00_lead-only.txt': `Railway agreement signed\n\n${LEAD}\n`,
    '01_chinese.txt': `老街至海防铁路协议签署\n\n${CHINESE}\n\n${CHINESE}\n`,
    '02_english.txt': `Railway agreement signed\n\n${LEAD}\n\n${BODY}\n\nRead the original here\n`,
  });

  it('picks the last long word of the last long paragraph after the lead, from the middle file on, in a Latin script', () => {
    expect(wordToChange(dir)).toEqual({ file: '02_english.txt', line: 4, word: 'crossing' });
  });

  it('changes that word to each new word in turn, and the article keeps its URL', () => {
    const slug = slugOf(dir, '02_english.txt');
    let at = wordToChange(dir)!;
    for (const word of NEW_WORDS) at = changeWord(dir, at, word);
    const text = readFileSync(join(dir, '02_english.txt'), 'utf8');
    expect(text).toBe(`Railway agreement signed\n\n${LEAD}\n\n${BODY.replace('crossing', 'lantern')}\n\nRead the original here\n`);
    expect(slugOf(dir, '02_english.txt')).toBe(slug);
  });

  it('finds nothing to change in a corpus whose only long paragraphs are leads or Chinese', () => {
    expect(
      wordToChange(corpus({ 'a.txt': `Railway agreement signed\n\n${LEAD}\n`, 'b.txt': `标题\n\n${CHINESE}\n\n${CHINESE}\n` })),
    ).toBeNull();
  });
});
