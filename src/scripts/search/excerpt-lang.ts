// The language of an excerpt, for its `lang` attribute: a bilingual article's excerpt may come from either language.

const VIETNAMESE_LETTERS = /[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const FRENCH_HINTS = /[éèàçùœ]|\b(?:le|la|les|des|du|et|une?)\b/iu;

/** `languages` are the article's, primary first. */
export function excerptLang(text: string, languages: readonly string[]): string | undefined {
  if (languages.includes('zh') && /\p{Script=Han}/u.test(text)) return 'zh';
  if (languages.includes('vi') && VIETNAMESE_LETTERS.test(text)) return 'vi';
  const latin = languages.filter((l) => l !== 'zh' && l !== 'vi' && l !== 'und');
  if (latin.includes('fr') && latin.includes('en')) return FRENCH_HINTS.test(text) ? 'fr' : 'en';
  return latin[0] ?? (languages[0] === 'und' ? undefined : languages[0]);
}
