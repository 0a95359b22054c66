// The languages the site's interface can be built in, and the locale each formats dates and numbers in.
// Browser-safe: the search page formats its status line and result dates with the same rules.

export const UI_LANGUAGES = ['en', 'vi', 'fr', 'zh'] as const;

export type UiLang = (typeof UI_LANGUAGES)[number];

export function isUiLang(value: string): value is UiLang {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The Intl locale of each interface language: British English writes `14 April 2025`, day first as the others do. */
export const INTL_LOCALE: Readonly<Record<UiLang, string>> = { en: 'en-GB', vi: 'vi-VN', fr: 'fr-FR', zh: 'zh-CN' };

/** The interface language `UI_LANG` names; a value the catalogue has no language for stops the build with what to do. */
export function readInterfaceLanguage(value: string | undefined): UiLang {
  if (!value) return 'en';
  if (isUiLang(value)) return value;
  throw new Error(
    `UI_LANG=${value} is not a language the interface is written in. ` +
      `Set it to one of ${UI_LANGUAGES.join(', ')}, or leave it unset for English.`,
  );
}
