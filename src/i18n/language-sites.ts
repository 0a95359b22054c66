// The same site built in other interface languages, for the footer's links to them: `UI_LANG_SITES`, a comma-separated
// list of `lang=address` (`en=/en/,vi=/vi/` or full URLs). Each build links to the others, at the page the reader is on:
// page URLs come from the corpus, not from the interface language, so every build has the same paths.
import { isUiLang, UI_LANGUAGES, type UiLang } from './ui-languages.ts';

export interface LanguageSite {
  lang: UiLang;
  /** The other build's base address, ending with `/`. */
  base: string;
}

const VARIABLE = 'UI_LANG_SITES';

/** The builds in other languages than `own`, in the order given; a malformed list stops the build with what to write. */
export function readLanguageSites(value: string | undefined, own: UiLang): LanguageSite[] {
  if (!value?.trim()) return [];
  const seen = new Set<UiLang>();
  const sites: LanguageSite[] = [];
  for (const item of value.split(',')) {
    const match = /^\s*([a-z]+)\s*=\s*(\S+)\s*$/.exec(item);
    const lang = match?.[1] ?? '';
    if (!match || !isUiLang(lang) || seen.has(lang)) {
      throw new Error(
        `${VARIABLE}: cannot read "${item.trim()}". Write one "language=address" per interface language, separated by commas, ` +
          `e.g. ${VARIABLE}=en=/en/,vi=/vi/ — languages are ${UI_LANGUAGES.join(', ')}, each at most once.`,
      );
    }
    seen.add(lang);
    if (lang !== own) sites.push({ lang, base: match[2]!.replace(/\/?$/, '/') });
  }
  return sites;
}

/** The page at `pathInSite` (no base, no leading slash) in another language's build. */
export function pageInLanguageSite(site: LanguageSite, pathInSite: string): string {
  return site.base + pathInSite.replace(/^\/+/, '');
}
