// Names of the corpus languages, for labels a reader sees.
import type { LanguageCode } from '../corpus/types.ts';

/** The language the site's own chrome (navigation, labels) is written in. */
export const UI_LANG = 'en';

const NAMES: Record<LanguageCode, { native: string; english: string }> = {
  en: { native: 'English', english: 'English' },
  vi: { native: 'Tiếng Việt', english: 'Vietnamese' },
  fr: { native: 'Français', english: 'French' },
  zh: { native: '中文', english: 'Chinese' },
  und: { native: 'Undetermined', english: 'Undetermined' },
};

/** The language's own name, to be marked up with `lang={code}`. */
export function nativeLanguageName(code: LanguageCode): string {
  return NAMES[code].native;
}

export function englishLanguageName(code: LanguageCode): string {
  return NAMES[code].english;
}

/** The `lang` attribute for a language: none for `und`, so text of unknown language is left to its page's. */
export function langAttribute(code: string): string | undefined {
  return code === 'und' ? undefined : code;
}
