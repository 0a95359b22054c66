// A topic's or person's names in every language, grouped so one spelling shared by several languages is shown once.
import type { LanguageCode } from '../corpus/types.ts';
import { capitalised } from '../i18n/capitalised.ts';
import type { Translator } from '../i18n/translate.ts';

/** The languages a data file names things in, in the order pages list them. */
const NAME_LANGS = ['en', 'vi', 'fr', 'zh'] as const satisfies readonly LanguageCode[];

export interface LocalName {
  /** The spelling, to be marked up with `lang`. */
  text: string;
  /** The first language that spells it this way: the `lang` attribute. */
  lang: LanguageCode;
  /** Every language spelling it this way. */
  languages: LanguageCode[];
  /** Those languages as the label names them, in the reader's language: "Vietnamese, French", "Tiếng Việt, tiếng Pháp". */
  label: string;
}

/** The names in order en, vi, fr, zh; French "Tô Lâm" joins Vietnamese "Tô Lâm" rather than repeating it. */
export function localNames(names: Partial<Record<string, string>>, tr: Translator): LocalName[] {
  const out: LocalName[] = [];
  for (const lang of NAME_LANGS) {
    const text = names[lang];
    if (!text) continue;
    const same = out.find((n) => n.text === text);
    if (same) same.languages.push(lang);
    else out.push({ text, lang, languages: [lang], label: '' });
  }
  for (const name of out) name.label = capitalised(tr.list(name.languages.map((l) => tr.languageName(l))), tr.lang);
  return out;
}
