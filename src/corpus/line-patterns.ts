// Recognisers of single non-prose line shapes: boilerplate, source URLs, domains, photo credits, image names, agency openings, sentence ends, bullets.

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

/** A publisher's domain, such as `Thanhnien.vn` or `VnExpress.net`. */
const SOURCE_DOMAIN =
  /^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{1,62}(?:\.[A-Za-z0-9-]{2,})*\.(?:vn|com|net|org|cn|fr|info|gov\.vn|com\.vn|com\.cn)$/i;

/** A domain name has at most 253 characters: a longer dotted line is text, never a publisher. */
const MAX_DOMAIN_CHARS = 253;

/** A line that is a publisher's domain and nothing else, such as a credit naming the site. */
export function isDomain(text: string): boolean {
  return text.length <= MAX_DOMAIN_CHARS && SOURCE_DOMAIN.test(text);
}

/** A line that is only a photo credit: `PHOTO: THAO PHAM`, `Ảnh: TTXVN`, `Crédit photo : AFP`. */
const CREDIT_LINE =
  /^(?:photo|photos|photograph|photography|picture|image|illustration|ảnh|anh|crédit photo|credit|图|图片|摄影)\s*[:：]\s*(.{1,80})$/i;

export function matchCreditLine(text: string): string | null {
  const m = CREDIT_LINE.exec(text);
  return m ? text : null;
}

/** A caption that ends with its credit: `A robot cashier … Photo: Agibot`, `… Nguồn: Chinhphu.vn`. */
// Keywords are case-sensitive on purpose: a sentence that merely ends "… the source: Reuters." is not a caption.
const TRAILING_CREDIT =
  /^(.{3,400}?[.!?…)"”]?)\s+((?:Photo|PHOTO|Photograph|Picture|Illustration|Ảnh|ẢNH|Nguồn|NGUỒN|Crédit photo|Photo credit|图片来源|来源)\s*[:：]\s*[^:：]{1,60}?)\s*$/;

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

/**
 * `(TTXVN) - `, `HANOI (Reuters) - `, `BEIJING, March 3 (AP) — `: the agency that filed the story, before its lead.
 * The dash is required: `Vietnam Joins Trade Pact (CPTPP)` is a headline.
 */
const AGENCY_PREFIX = /^(?:[\p{Lu}\d][\p{L}\p{M}\d.'’-]*,?\s+){0,6}\((\p{Lu}[\p{L}\p{M}\d.&/ ]{1,24}?)\)\s*[-–—]+\s*/u;
/** `Washington CNN —`, `Hong Kong CNN — `: the place (not in capitals), then the agency in capitals, then a dash. */
const AGENCY_AFTER_PLACE = /^\p{Lu}\p{Ll}[\p{L}\p{M}.'’ -]{0,30}?\s+(\p{Lu}{2,6})\s*[—–]\s*/u;
/** `新浪科技讯 `, `林怡妘/文新浪娱乐讯 `: a Chinese outlet's "… reports", after an optional `writer/文`. */
const ZH_AGENCY_PREFIX = /^(?:([\p{Script=Han}·]{2,6})\s*[/／]\s*文\s*)?([\p{Script=Han}A-Za-z]{2,12}?)讯[\s\u3000]+/u;
/** `[观察者网综合报道]`, `【新华社消息】`. */
const ZH_BRACKETED_AGENCY = /^[[【]([\p{Script=Han}A-Za-z]{2,12}?)(?:综合)?(?:报道|讯|消息|电)[\]】]\s*/u;
/** 本报 "this paper", 本台 "this station": the outlet does not say its name. */
const ZH_SELF = /^本(?:报|刊|台|网|站)$/u;

/** Past this length, text after `Place AGENCY —` is a lead; shorter, it may be a headline (`China Warns USA — Again`). */
const LEAD_MIN_CHARS = 100;

/** Every agency opening has one of these near its start: the test that spares the patterns most lines of a page. */
const AGENCY_MARK = /[(—–讯[【]/u;
const AGENCY_MARK_WITHIN = 100;

/** The agency opening a lead, the lead's text after it, and the writer a Chinese dispatch names before it (`王芳/文`). */
export function matchAgencyPrefix(text: string): { agency: string; rest: string; byline: string | null } | null {
  if (!AGENCY_MARK.test(text.slice(0, AGENCY_MARK_WITHIN))) return null;
  const m = AGENCY_PREFIX.exec(text);
  if (m) return { agency: m[1]!.trim(), rest: text.slice(m[0].length), byline: null };
  const afterPlace = AGENCY_AFTER_PLACE.exec(text);
  if (afterPlace) {
    const rest = text.slice(afterPlace[0].length);
    return rest === '' || rest.length >= LEAD_MIN_CHARS ? { agency: afterPlace[1]!, rest, byline: null } : null;
  }
  const zh = ZH_AGENCY_PREFIX.exec(text) ?? ZH_BRACKETED_AGENCY.exec(text);
  if (!zh) return null;
  const [writer, agency] = zh.length === 3 ? [zh[1] ?? null, zh[2]!] : [null, zh[1]!];
  if (ZH_SELF.test(agency)) return null;
  return { agency, rest: text.slice(zh[0].length), byline: writer };
}

/** Sentence-final punctuation in any of our scripts. */
const FINAL_PUNCTUATION = /[.!?;:…。！？；：]["'”’»)）]*$/;

/** The text ends as a sentence does, closing quotes and brackets aside. */
export function endsLikeSentence(text: string): boolean {
  return FINAL_PUNCTUATION.test(text);
}

/** The bilingual marker: a line that opened with `  • ` holds the translation of the line before. */
const TRANSLATION_BULLET = /^[•·]\s+/;

export function stripTranslationBullet(text: string): string | null {
  return TRANSLATION_BULLET.test(text) ? text.replace(TRANSLATION_BULLET, '') : null;
}
