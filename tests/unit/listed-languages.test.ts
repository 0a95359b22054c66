// An article's languages as every list writes them: own names, primary first, "Undetermined" only when nothing is known.
import { describe, expect, it } from 'vitest';
import { listedLanguages } from '../../src/site/languages.ts';

describe('listedLanguages', () => {
  it('names each language in its own words, marked with its own lang, in the article’s order', () => {
    expect(listedLanguages(['vi', 'en', 'zh'])).toEqual([
      { name: 'Tiếng Việt', lang: 'vi' },
      { name: 'English', lang: 'en' },
      { name: '中文', lang: 'zh' },
    ]);
  });

  it('leaves out an undetermined part when another language is known', () => {
    expect(listedLanguages(['fr', 'und'])).toEqual([{ name: 'Français', lang: 'fr' }]);
  });

  it('says "Undetermined", without a lang of its own, when nothing else is known', () => {
    expect(listedLanguages(['und'])).toEqual([{ name: 'Undetermined', lang: undefined }]);
  });
});
