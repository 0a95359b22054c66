// The build's interface settings: UI_LANG picks the language, UI_LANG_SITES names the builds in the others; a mistyped
// value stops the build with what to write instead.
import { describe, expect, it } from 'vitest';
import { pageInLanguageSite, readLanguageSites } from '../../src/i18n/language-sites.ts';
import { readInterfaceLanguage } from '../../src/i18n/ui-languages.ts';

describe('UI_LANG', () => {
  it('is English when unset, else the language named', () => {
    expect(readInterfaceLanguage(undefined)).toBe('en');
    expect(readInterfaceLanguage('')).toBe('en');
    expect(readInterfaceLanguage('vi')).toBe('vi');
    expect(readInterfaceLanguage('zh')).toBe('zh');
  });

  it('rejects a language the interface is not written in, listing those it is', () => {
    expect(() => readInterfaceLanguage('de')).toThrow(
      'UI_LANG=de is not a language the interface is written in. Set it to one of en, vi, fr, zh',
    );
    expect(() => readInterfaceLanguage('VI')).toThrow(/UI_LANG=VI/);
  });
});

describe('UI_LANG_SITES', () => {
  it('lists the other languages’ builds in the order given, leaving out this one', () => {
    expect(readLanguageSites('en=/en/, vi=/vi, fr=https://example.org/fr/', 'vi')).toEqual([
      { lang: 'en', base: '/en/' },
      { lang: 'fr', base: 'https://example.org/fr/' },
    ]);
    expect(readLanguageSites(undefined, 'en')).toEqual([]);
  });

  it('links to the same page in the other build', () => {
    expect(pageInLanguageSite({ lang: 'vi', base: '/vi/' }, 'articles/some-slug/')).toBe('/vi/articles/some-slug/');
    expect(pageInLanguageSite({ lang: 'fr', base: 'https://example.org/fr/' }, '')).toBe('https://example.org/fr/');
  });

  it('rejects an entry it cannot read, quoting it and showing the form to write', () => {
    expect(() => readLanguageSites('vi:/vi/', 'en')).toThrow(/UI_LANG_SITES: cannot read "vi:\/vi\/"\. Write one "language=address"/);
    expect(() => readLanguageSites('de=/de/', 'en')).toThrow(/cannot read "de=\/de\/"/);
    expect(() => readLanguageSites('vi=/vi/,vi=/vi2/', 'en')).toThrow(/each at most once/);
  });
});
