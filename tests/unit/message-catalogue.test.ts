// The interface's message catalogue: every language says everything English says, with the same blanks to fill, and
// counts, numbers and dates come out the way each language writes them.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalogue/en.ts';
import { formatMessage, placeholdersOf } from '../../src/i18n/message-format.ts';
import { CATALOGUES, translator } from '../../src/i18n/translate.ts';
import { UI_LANGUAGES } from '../../src/i18n/ui-languages.ts';
import type { PartialDate } from '../../src/corpus/types.ts';

const day = (year: number | null, month: number | null, d: number | null, precision: PartialDate['precision']): PartialDate => ({
  year,
  month,
  day: d,
  precision,
  iso: null,
});

describe('the catalogue', () => {
  for (const lang of UI_LANGUAGES) {
    it(`${lang}: has every message English has, no other, each with the same placeholders`, () => {
      const catalogue = CATALOGUES[lang];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(placeholdersOf(catalogue[key]), `${lang} ${key}`).toEqual(placeholdersOf(en[key]));
        const forms = typeof catalogue[key] === 'string' ? [catalogue[key]] : Object.values(catalogue[key]);
        for (const form of forms) expect(form.trim(), `${lang} ${key}`).not.toBe('');
      }
    });
  }

  it('translates: no message of another language is left in English, apart from names and the words they share', () => {
    // Words that are the same in several languages: the feed format, a page number, a source, a date.
    const shared = new Set([
      'JSON Feed',
      'Pages',
      'Source',
      'Date',
      '{text}.',
      '{title} (page {page})',
      ', ',
      '({count})',
      '{text} ({count})',
      '{first} {second}',
    ]);
    for (const lang of ['vi', 'fr', 'zh'] as const) {
      const same = (Object.keys(en) as (keyof typeof en)[]).filter((key) => {
        const message = CATALOGUES[lang][key];
        return typeof message === 'string' && message === en[key] && !shared.has(message);
      });
      expect(same, lang).toEqual([]);
    }
  });
});

describe('counts', () => {
  // The number and its word are joined by a no-break space, so a line never ends between them ("5 / articles").
  const articles = (lang: (typeof UI_LANGUAGES)[number], count: number) => translator(lang).articles(count);

  it('agree with their number in each language (French counts 0 as singular; Vietnamese and Chinese have one form)', () => {
    expect([articles('en', 0), articles('en', 1), articles('en', 2)]).toEqual(['0\u00a0articles', '1\u00a0article', '2\u00a0articles']);
    expect([articles('fr', 0), articles('fr', 1), articles('fr', 2)]).toEqual(['0\u00a0article', '1\u00a0article', '2\u00a0articles']);
    expect([articles('vi', 1), articles('vi', 2)]).toEqual(['1\u00a0bài', '2\u00a0bài']);
    expect([articles('zh', 1), articles('zh', 2)]).toEqual(['1\u00a0篇文章', '2\u00a0篇文章']);
  });

  it('write large numbers the way each language groups digits', () => {
    expect(articles('en', 12345)).toBe('12,345\u00a0articles');
    expect(articles('vi', 12345)).toBe('12.345\u00a0bài');
    expect(articles('fr', 12345)).toBe('12\u202f345\u00a0articles');
  });
});

describe('dates', () => {
  it('are written as each language writes them', () => {
    const april14 = day(2025, 4, 14, 'day');
    expect(UI_LANGUAGES.map((lang) => translator(lang).date(april14))).toEqual([
      '14 April 2025',
      '14 tháng 4, 2025',
      '14 avril 2025',
      '2025年4月14日',
    ]);
    expect(UI_LANGUAGES.map((lang) => translator(lang).date(day(2025, 4, null, 'month')))).toEqual([
      'April 2025',
      'tháng 4 năm 2025',
      'avril 2025',
      '2025年4月',
    ]);
  });

  it('say what the text left out, in the same language', () => {
    expect(UI_LANGUAGES.map((lang) => translator(lang).date(day(null, 4, 14, 'month-day')))).toEqual([
      // The words in brackets are joined by no-break spaces, so they never split across lines.
      '14 April (year\u00a0not\u00a0stated)',
      '14 tháng 4 (không\u00a0rõ\u00a0năm)',
      '14 avril (année\u00a0non\u00a0précisée)',
      '4月14日（年份不详）',
    ]);
    expect(UI_LANGUAGES.map((lang) => translator(lang).date(day(null, null, null, 'unknown')))).toEqual([
      'Date not stated',
      'Không rõ ngày',
      'Date non précisée',
      '日期不详',
    ]);
    // 29 February needs no year to be written.
    expect(translator('en').date(day(null, 2, 29, 'month-day'))).toBe('29 February (year\u00a0not\u00a0stated)');
  });
});

describe('filling in a message', () => {
  it('fails loudly rather than show a reader a blank to fill', () => {
    expect(() => formatMessage('en', 'Articles that mention {name}')).toThrow(/needs a value for \{name\}/);
    expect(() => formatMessage('en', { one: '{count} article', other: '{count} articles' }, {})).toThrow(/needs a number as \{count\}/);
  });

  it('splits a sentence where its links go, wherever the language puts them', () => {
    expect(translator('en').parts('notFound.goTo', {}, ['newest', 'archive'])).toEqual([
      'Or go to ',
      { slot: 'newest' },
      ' or ',
      { slot: 'archive' },
      '.',
    ]);
    expect(translator('zh').parts('site.footerFollow', {}, ['rss', 'json'])).toEqual([
      '用 RSS 阅读器订阅新文章：',
      { slot: 'rss' },
      ' · ',
      { slot: 'json' },
    ]);
  });

  it('names languages and topics in the reader’s language', () => {
    expect(translator('vi').languageName('fr')).toBe('tiếng Pháp');
    expect(translator('vi').languageLabel('fr')).toBe('Tiếng Pháp');
    expect(translator('fr').languageName('zh')).toBe('chinois');
    expect(translator('zh').languageName('vi')).toBe('越南文');
    const topic = { slug: 'south-china-sea', names: { en: 'South China Sea', vi: 'Biển Đông' } };
    expect(translator('vi').name(topic)).toBe('Biển Đông');
    expect(translator('fr').name(topic)).toBe('South China Sea');
  });
});
