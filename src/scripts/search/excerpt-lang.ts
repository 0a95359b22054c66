// The language of an excerpt, for `lang` attributes: a bilingual article's excerpt may hold sentences in both languages.
import type { ExcerptPart } from './excerpt.ts';

const VIETNAMESE_LETTERS = /[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const FRENCH_HINTS = /[éèàçùœ]|\b(?:le|la|les|des|du|et|une?)\b/iu;
/** Where one sentence ends and the next begins; a translation always starts a new sentence. */
const SENTENCE_BREAK = /(?<=[.!?。！？]["'”’)]*)\s+/u;

/** `languages` are the article's, primary first. */
function excerptLang(text: string, languages: readonly string[]): string | undefined {
  if (languages.includes('zh') && /\p{Script=Han}/u.test(text)) return 'zh';
  // A Vietnamese name inside an English sentence is not enough: most words must carry Vietnamese letters' company.
  const words = text.split(/\s+/).filter(Boolean);
  const vietnamese = words.filter((w) => VIETNAMESE_LETTERS.test(w)).length;
  if (languages.includes('vi') && vietnamese > 0 && vietnamese >= words.length * 0.2) return 'vi';
  const latin = languages.filter((l) => l !== 'zh' && l !== 'vi' && l !== 'und');
  if (latin.includes('fr') && latin.includes('en')) return FRENCH_HINTS.test(text) ? 'fr' : 'en';
  return latin[0] ?? (languages[0] === 'und' ? undefined : languages[0]);
}

export interface ExcerptSegment {
  lang: string | undefined;
  parts: ExcerptPart[];
}

/** Cut the excerpt at sentence ends and label each run of same-language sentences with its language. */
export function segmentExcerptByLanguage(parts: readonly ExcerptPart[], languages: readonly string[]): ExcerptSegment[] {
  const sentences: ExcerptPart[][] = [[]];
  for (const part of parts) {
    if (part.mark) {
      sentences.at(-1)!.push(part);
      continue;
    }
    part.text.split(SENTENCE_BREAK).forEach((piece, i) => {
      if (i > 0) {
        sentences.at(-1)!.push({ text: ' ', mark: false });
        sentences.push([]);
      }
      if (piece) sentences.at(-1)!.push({ text: piece, mark: false });
    });
  }
  const segments: ExcerptSegment[] = [];
  for (const sentence of sentences) {
    if (sentence.length === 0) continue;
    const lang = excerptLang(sentence.map((p) => p.text).join(''), languages);
    const last = segments.at(-1);
    if (last && last.lang === lang) last.parts.push(...sentence);
    else segments.push({ lang, parts: [...sentence] });
  }
  return segments;
}
