// OpenGraph locales (language_TERRITORY) for the page languages the site uses.
// og:locale needs a territory; these are the usual ones for each language of this corpus.
const OG_LOCALES: Record<string, string> = { en: 'en_US', vi: 'vi_VN', fr: 'fr_FR', zh: 'zh_CN' };

/** Null for an undetermined language: better no og:locale than a wrong one. */
export function ogLocale(lang: string): string | null {
  return OG_LOCALES[lang] ?? null;
}
