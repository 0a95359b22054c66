// Names of the corpus languages, for labels a reader sees.
import type { LanguageCode } from '../corpus/types.ts';

const NAMES: Record<LanguageCode, { native: string }> = {
  en: { native: 'English' },
  vi: { native: 'Tiếng Việt' },
  fr: { native: 'Français' },
  zh: { native: '中文' },
  und: { native: 'Undetermined' },
};

/** Whether a filter value from the search index is one of the corpus's language codes. */
export function isLanguageCode(value: string): value is LanguageCode {
  return Object.hasOwn(NAMES, value);
}

/** The language's own name, to be marked up with `lang={code}`: for choosing a language (builds, a bilingual article's view). */
export function nativeLanguageName(code: LanguageCode): string {
  return NAMES[code].native;
}

/**
 * An article's languages as every list writes them (`English · Vietnamese`, `Tiếng Anh · Tiếng Việt`): named in the
 * labels' language by `nameOf`, primary first; "not determined" only when nothing else is known. The one place a
 * language list is worded: the article card, the article's facts and the search results all read it.
 */
export function listedLanguages(codes: readonly LanguageCode[], nameOf: (code: LanguageCode) => string): string[] {
  const known = codes.filter((code) => code !== 'und');
  return (known.length > 0 ? known : codes).map(nameOf);
}

/** The `lang` attribute for a language: none for `und`, so text of unknown language is left to its page's. */
export function langAttribute(code: string): string | undefined {
  return code === 'und' ? undefined : code;
}
