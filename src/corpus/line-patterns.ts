// Recognisers for the non-prose lines that news copy-pastes carry: boilerplate, sources, credits, images, bylines.

/** "Read the original", share buttons, comment counters: site chrome, never article text. */
const BOILERPLATE: readonly RegExp[] = [
  /^view the original( post| article)?( here)?\s*\.?$/i,
  /^read the original( post| article)?( here)?\s*\.?$/i,
  /^read more:?$/i,
  /^comments? \(\d+\)$/i,
  /^bình luận \(\d+\)$/i,
  /^xem (bài|tin) gốc( tại đây)?\s*\.?$/i,
  /^lire l['’]article original( ici)?\s*\.?$/i,
  /^voir l['’]article original( ici)?\s*\.?$/i,
  /^(share|chia sẻ|partager)( this article| bài viết)?:?$/i,
  /^阅读原文$/,
  /^查看原文$/,
];

export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.some((re) => re.test(text));
}

/** `Source: https://…`, `Nguồn: https://…`, or a bare URL line. */
const SOURCE_URL = /^(?:(?:source|nguồn|nguon|source originale|来源|出处)\s*[:：]\s*)?(https?:\/\/[^\s<>"]+)$/i;

export function matchSourceUrl(text: string): string | null {
  const m = SOURCE_URL.exec(text);
  return m ? m[1]! : null;
}

/** A line that is only a publisher's domain, such as `Thanhnien.vn` or `VnExpress.net`. */
const SOURCE_DOMAIN = /^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{1,62}(?:\.[A-Za-z0-9-]{2,})*\.(?:vn|com|net|org|cn|fr|info|gov\.vn|com\.vn|com\.cn)$/i;

/** A domain name has at most 253 characters: a longer dotted line is text, never a publisher. */
const MAX_DOMAIN_CHARS = 253;

export function matchSourceName(text: string): string | null {
  return text.length <= MAX_DOMAIN_CHARS && SOURCE_DOMAIN.test(text) ? text : null;
}

/** `(TAP) - ` or `(VNA) – ` before a lead paragraph: the agency that filed the story. */
const AGENCY_PREFIX = /^\(([A-Za-zÀ-ỹ.&]{2,12})\)\s*[-–—]\s*/;

export function matchAgencyPrefix(text: string): { agency: string; rest: string } | null {
  const m = AGENCY_PREFIX.exec(text);
  return m ? { agency: m[1]!, rest: text.slice(m[0].length) } : null;
}

/** A line that is only a photo credit: `PHOTO: THAO PHAM`, `Ảnh: TTXVN`, `Crédit photo : AFP`. */
const CREDIT_LINE = /^(?:photo|photos|ảnh|anh|crédit photo|credit|图|图片|摄影)\s*[:：]\s*(.{1,80})$/i;

export function matchCreditLine(text: string): string | null {
  const m = CREDIT_LINE.exec(text);
  return m ? text : null;
}

/** A caption that ends with its credit: `A robot cashier … Photo: Agibot`, `… Nguồn: Chinhphu.vn`. */
// Keywords are case-sensitive on purpose: a sentence that merely ends "… the source: Reuters." is not a caption.
const TRAILING_CREDIT =
  /^(.{3,400}?[.!?…)"”]?)\s+((?:Photo|PHOTO|Ảnh|ẢNH|Nguồn|NGUỒN|Crédit photo|Photo credit|图片来源|来源)\s*[:：]\s*[^:：]{1,60}?)\s*$/;

export function splitTrailingCredit(text: string): { caption: string; credit: string } | null {
  if (text.length > 500) return null;
  const m = TRAILING_CREDIT.exec(text);
  return m ? { caption: m[1]!.trim(), credit: m[2]!.trim() } : null;
}

/** An image file name standing on its own line: `agibot 76375.png`, `van nghe.jpg`. */
const IMAGE_NAME = /^[^\s/\\][^/\\]{0,120}\.(?:png|jpe?g|gif|webp|avif|svg|bmp|tiff?)$/i;

export function isImageName(text: string): boolean {
  return IMAGE_NAME.test(text);
}

/** `By Hoang Trong`, `Theo Hoang Trong`, `Par Jean Dupont`, or a bare name of 2–5 capitalised words. */
const BYLINE_PREFIX = /^(?:by|theo|par|bài và ảnh|bài|tác giả|记者|作者)\s*[:：]?\s+(.{2,60})$/i;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]*\.?$/u;

/** The name after a byline's word (`By`, `Par`, `Theo`, `Tác giả:`), or null: no bare names, which headlines resemble. */
/** `H. B. avec AFP`, `Staff with Reuters`: a writer credited with a wire agency, written in capitals. */
const BYLINE_WITH_AGENCY = /^(\p{Lu}[^.!?]{0,30}?(?:\.[^.!?]{0,30}?)*)\s(?:avec|with|et|and|và)\s\p{Lu}{2,}(?:\s\p{Lu}{2,})?$/u;

/** `辽沈晚报记者 高鹏`, `新华社记者 张三`: an outlet's reporter named at the end of a short line. */
const ZH_REPORTER_CREDIT = /^[\p{Script=Han}、，\s]{0,20}(?:记者|通讯员)\s*([\p{Script=Han}]{2,4}(?:\s+[\p{Script=Han}]{2,4})*)$/u;

export function matchBylinePrefix(text: string): string | null {
  if (BYLINE_WITH_AGENCY.test(text)) return text;
  const reporter = ZH_REPORTER_CREDIT.exec(text);
  if (reporter) return reporter[1]!;
  const name = BYLINE_PREFIX.exec(text)?.[1]!.trim() ?? null;
  // "By the Web", "Par ailleurs": a byline names someone, and names are capitalised.
  return name !== null && /^[\p{Lu}\p{Lo}]/u.test(name) ? name : null;
}

export function matchByline(text: string): string | null {
  const prefixed = BYLINE_PREFIX.exec(text);
  if (prefixed) return prefixed[1]!.trim();
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5 || text.length > 60) return null;
  return words.every((w) => NAME_WORD.test(w)) ? text : null;
}

/** Sentence-final punctuation in any of our scripts. */
const FINAL_PUNCTUATION = /[.!?;:…。！？；：]["'”’»)）]*$/;

export function endsLikeSentence(text: string): boolean {
  return FINAL_PUNCTUATION.test(text);
}

/** The bilingual marker: a line that opened with `  • ` holds the translation of the line before. */
const TRANSLATION_BULLET = /^[•·]\s+/;

export function stripTranslationBullet(text: string): string | null {
  return TRANSLATION_BULLET.test(text) ? text.replace(TRANSLATION_BULLET, '') : null;
}
