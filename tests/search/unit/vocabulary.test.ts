// The vocabulary the index step writes for "did you mean": the Latin-script words of the indexed pages, folded, with how
// many pages hold each and the spelling to show, capped by page count, and the same bytes for the same pages.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayForm, Vocabulary, vocabularyOf, writeVocabulary, type VocabularyPage } from '../../../src/indexing/vocabulary.ts';
import { VOCABULARY_FILE, type VocabularyFile } from '../../../src/search/vocabulary-file.ts';
import { foldText } from '../../../src/corpus/text-fold.ts';

/** A page as the index is handed it: its text and its headline (page-for-index.ts reads both). */
function page(content: string, title = ''): VocabularyPage {
  return { content, title };
}

/** Folded word → [shown spelling, pages], to read the parallel arrays by word. */
function table(file: VocabularyFile): Map<string, [string, number]> {
  expect(file.words).toHaveLength(file.pages.length);
  return new Map(file.words.map((w, i) => [foldText(w), [w, file.pages[i]!]]));
}

describe('vocabularyOf', () => {
  it('folds case, accents and đ, and counts the pages holding each word, not its occurrences', () => {
    const words = table(
      vocabularyOf([
        page('Tàu hàng qua Đồng Đăng, đồng Đăng tàu tàu tàu.'),
        page('Tau hang to Dong Dang border gate'),
        page('Semiconductor exports; SEMICONDUCTOR and semiconductor plants'),
      ]),
    );
    expect(words.get('tau')?.[1]).toBe(2);
    expect(words.get('dong')?.[1]).toBe(2);
    expect(words.get('dang')?.[1]).toBe(2);
    expect(words.get('semiconductor')).toEqual(['semiconductor', 1]);
    expect([...words.keys()].every((w) => w === foldText(w))).toBe(true);
  });

  it('keeps Latin-script words of two letters or more, numbers with letters, and drops numbers, single letters and Chinese', () => {
    const words = table(vocabularyOf([page("越南 铁路 合作 G20 summit 2025 l'économie, China's 5G a x 12.5 R&D")]));
    expect([...words.keys()].sort()).toEqual(['5g', 'china', 'economie', 'g20', 'summit']);
  });

  it('reads the title as well as the text', () => {
    const words = table(
      vocabularyOf([page('Talks in Hanoi', 'Semiconductor pact'), page('Jinping met the delegation', 'Jinping met the delegation')]),
    );
    expect(words.get('semiconductor')).toEqual(['Semiconductor', 1]);
    // The second page's title repeats its text: one page, not two.
    expect(words.get('jinping')).toEqual(['Jinping', 1]);
  });

  it('shows the accented spelling written most often, in lower case unless the articles never write it so', () => {
    const words = table(
      vocabularyOf([
        page('Hòa bình và ổn định. Bình Dương. Vietnam and ASEAN.'),
        page('Gìn giữ hòa bình; The bính; the Vietnam delegation to ASEAN'),
        page('BÌNH LUẬN: the VIETNAM story'),
      ]),
    );
    // bình 2, Bình 3, BÌNH 1 against bính 1: the bình spellings win, and lower case is among them.
    expect(words.get('binh')).toEqual(['bình', 3]);
    expect(words.get('the')).toEqual(['the', 2]);
    // Never in lower case: the capitals belong to the word; the commonest of its capitalised spellings is shown.
    expect(words.get('vietnam')).toEqual(['Vietnam', 3]);
    expect(words.get('asean')).toEqual(['ASEAN', 2]);
  });

  it('shows text in NFD as NFC', () => {
    const [shown] = vocabularyOf([page('Biển'.normalize('NFD'))]).words;
    expect(shown).toBe('Biển'.normalize('NFC'));
  });

  it('lists the words sorted by folded word, whatever order the pages come in', () => {
    const pages = [page('Zebra économie apple'), page('Đà Nẵng bank'), page('écrire Apple')];
    const file = vocabularyOf(pages);
    expect(file).toEqual({ words: ['apple', 'bank', 'Đà', 'économie', 'écrire', 'Nẵng', 'Zebra'], pages: [2, 1, 1, 1, 1, 1, 1] });
    expect(vocabularyOf([...pages].reverse())).toEqual(file);
  });

  it('keeps every word while under the cap, then drops the rarest, a whole page count at a time', () => {
    const pages = [page('common rare1 alpha'), page('common double alpha'), page('common double beta'), page('zulu')];
    // Words on 1 page: rare1, zulu, beta; on 2: double, alpha; on 3: common.
    expect(vocabularyOf(pages, 6).words).toEqual(['alpha', 'beta', 'common', 'double', 'rare1', 'zulu']);
    expect(vocabularyOf(pages, 5).words).toEqual(['alpha', 'common', 'double']);
    expect(vocabularyOf(pages, 3).words).toEqual(['alpha', 'common', 'double']);
    expect(vocabularyOf(pages, 2).words).toEqual(['common']);
  });
});

describe('displayForm', () => {
  it('prefers fewer capitals, then code-unit order, between spellings written as often, so the page order never shows', () => {
    expect(
      displayForm(
        'hanoi',
        new Map([
          ['Hanoi', 1],
          ['HANOI', 1],
        ]),
      ),
    ).toBe('Hanoi');
    expect(
      displayForm(
        'hanoi',
        new Map([
          ['HANOI', 1],
          ['Hanoi', 1],
        ]),
      ),
    ).toBe('Hanoi');
    expect(
      displayForm(
        'hanoi',
        new Map([
          ['HANOI', 3],
          ['Hanoi', 2],
        ]),
      ),
    ).toBe('HANOI');
    expect(
      displayForm(
        'ban',
        new Map([
          ['bản', 2],
          ['bán', 2],
        ]),
      ),
    ).toBe('bán');
    expect(
      displayForm(
        'ban',
        new Map([
          ['Bản', 2],
          ['bán', 1],
          ['Bán', 1],
        ]),
      ),
    ).toBe('bán');
  });

  it('falls back to the folded word when no spelling was counted', () => {
    expect(displayForm('dong', new Map())).toBe('dong');
  });
});

describe('writeVocabulary', () => {
  it('writes the same bytes whatever order the pages come in', () => {
    const pages = [
      page('Railway cooperation between Hanoi and Hà Nội', 'Railway cooperation'),
      page('Hợp tác đường sắt Lào Cai'),
      page('Coopération ferroviaire entre Hanoï et Pékin'),
    ];
    const dirs = [mkdtempSync(join(tmpdir(), 'vocabulary-')), mkdtempSync(join(tmpdir(), 'vocabulary-'))];
    try {
      const counted = (order: readonly VocabularyPage[]) => {
        const vocabulary = new Vocabulary();
        for (const p of order) vocabulary.addPage(p);
        return vocabulary;
      };
      writeVocabulary(dirs[0]!, counted(pages));
      writeVocabulary(dirs[1]!, counted([...pages].reverse()));
      // cooperation and Coopération fold alike: one word on two pages, shown as the tie's first in code-unit order.
      const [first, second] = dirs.map((d) => readFileSync(join(d, VOCABULARY_FILE), 'utf8'));
      expect(first).toBe(second);
      expect(first).toBe(
        '{"words":["and","between","Cai","cooperation","đường","entre","et","ferroviaire","Hà","Hanoi",' +
          '"Hợp","Lào","Nội","Pékin","Railway","sắt","tác"],"pages":[1,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1]}',
      );
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });
});
