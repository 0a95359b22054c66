// Text that opens a label, heading or list item: Vietnamese and French write months and language names in lower case
// inside a sentence ("tháng 4", "tiếng Pháp", "anglais") and with a capital where they stand alone.
import { INTL_LOCALE, type UiLang } from './ui-languages.ts';

export function capitalised(text: string, lang: UiLang): string {
  return text.charAt(0).toLocaleUpperCase(INTL_LOCALE[lang]) + text.slice(1);
}
