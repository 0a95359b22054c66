// An article's languages as every list writes them: named in the reader's language, primary first, "not determined" only
// when nothing is known.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.ts';
import { listedLanguages } from '../../src/site/languages.ts';

const listed = (lang: 'en' | 'vi' | 'fr' | 'zh', codes: Parameters<typeof listedLanguages>[0]) =>
  listedLanguages(codes, (code) => translator(lang).languageLabel(code));

describe('listedLanguages', () => {
  it('names each language in the reader’s language, in the article’s order, each opening with a capital', () => {
    expect(listed('en', ['vi', 'en', 'zh'])).toEqual(['Vietnamese', 'English', 'Chinese']);
    expect(listed('vi', ['vi', 'en', 'zh'])).toEqual(['Tiếng Việt', 'Tiếng Anh', 'Tiếng Trung']);
    expect(listed('fr', ['vi', 'en', 'zh'])).toEqual(['Vietnamien', 'Anglais', 'Chinois']);
    expect(listed('zh', ['vi', 'en', 'zh'])).toEqual(['越南文', '英文', '中文']);
  });

  it('leaves out an undetermined part when another language is known', () => {
    expect(listed('en', ['fr', 'und'])).toEqual(['French']);
  });

  it('says the language was not determined when nothing else is known', () => {
    expect(listed('en', ['und'])).toEqual(['Language not determined']);
    expect(listed('vi', ['und'])).toEqual(['Chưa xác định ngôn ngữ']);
  });
});
