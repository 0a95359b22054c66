// Which language the interface is built in: `UI_LANG` (en, vi, fr, zh), English when unset. Read at build time only.
import type { LanguageCode } from '../corpus/types.ts';
import { readLanguageSites } from './language-sites.ts';
import { isUiLang, readInterfaceLanguage, type UiLang } from './ui-languages.ts';

/** The language of the site's own words: navigation, lists, search, footer. */
export const UI_LANG: UiLang = readInterfaceLanguage(process.env.UI_LANG);

/**
 * Set when the builder chose one language for the whole interface. Left unset, the site is the multilingual one: English
 * around every page, and each article's own labels (date, topics, related articles) in the article's language.
 */
export const ONE_LANGUAGE = Boolean(process.env.UI_LANG);

/** The language an article page's labels are written in: the article's own, unless the build speaks one language. */
export function articleLabelLanguage(articleLang: LanguageCode): UiLang {
  return !ONE_LANGUAGE && isUiLang(articleLang) ? articleLang : UI_LANG;
}

/** The same site in the other interface languages (UI_LANG_SITES), for the footer's links. */
export const LANGUAGE_SITES = readLanguageSites(process.env.UI_LANG_SITES, UI_LANG);
