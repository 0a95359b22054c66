// Recognise page chrome by its shape (link residue, code, form fields, glued menu items, breadcrumbs), never by a site's words.
import { measureText } from './text-stats.ts';

/** Why a line is page chrome rather than article text. */
export type ChromeShape = 'link-residue' | 'platform-notice' | 'code' | 'form-field' | 'menu' | 'breadcrumb' | 'separator';

/**
 * What is left when a link's address is pasted: percent-escapes, query strings (`a=1&`, `utm_source=`), URL schemes,
 * `www.`, file names of web pages, and a link's address cut at the wrap with its closing bracket (`…_6133656]`).
 */
const LINK_RESIDUE =
  /(?:%[0-9A-Fa-f]{2}[^%]*){2}|[?&][\w-]+=[\w%-]*&|https?:\/\/|www\.\w|\.(?:html?|php|aspx?|jsp)\b|\w+_\w+=|^[^[]*\w\]$/u;
/** Text-mode browsers list a page's `<link rel>` entries as `#alternate`, `#publisher`… lines at the top. */
const LINK_REL_LIST = /^#\p{L}/u;
/** The notices every web page shows a copier when scripts or cookies are off: the platform's words, not a site's. */
const PLATFORM_NOTICE =
  /\b(?:enable|activer|activez|turn on|bật)\b.{0,40}\bjavascript\b|\bjavascript\b.{0,40}\b(?:disabled|désactivé|required|nécessaire)\b|\bcookies?\b.{0,60}\b(?:accept|consent|utilis|use|policy|paramétr)/iu;
const NOTICE_MAX_WORDS = 40;
/** CSS rules, script fragments and HTML tags pasted with the text. */
const CODE: readonly RegExp[] = [
  /^[^{}]{0,120}\{[^{}:]*[\w-]\s*:\s*[^{}]*\}?$/u,
  /^\}/u,
  /^['"]\s*\+?\s*$|^\+\s*['"]/u,
  /^(?:function\s*\(|var\s+\w+\s*=|document\.\w|window\.\w)/u,
];
const HTML_TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>/giu;
const WORD = /\p{L}{2,}/gu;

/** Tags with next to no words outside them: markup pasted with the text (a line that quotes a tag in a sentence is text). */
function isMarkup(text: string): boolean {
  const outside = text.replace(HTML_TAG, ' ');
  return outside.length < text.length && (outside.match(WORD)?.length ?? 0) <= 2;
}
/** Form fields as text-mode browsers draw them. */
const FORM_FIELD = /_{4,}|\[\s?[xX ]?\s?\]\s*$|^\(\s?[*o ]?\s?\)\s/u;
/** A lowercase letter glued to a capital: menu items whose separating space was lost ("RubriquesLa chaîne"). */
const GLUE = /\p{Ll}\p{Lu}/gu;
const LOWERCASE_WORD = /^\p{Ll}+$/u;
/** Breadcrumb and menu separators between short items. */
const ITEM_SEPARATOR = /\s(?:[/|›»>·•]|::)\s|^\||\|$/gu;
/** Lines of nothing but symbols and separators. */
const SEPARATOR_ONLY = /^[\p{P}\p{S}\s]+$/u;
/** A line that ends as a sentence does (its closing quote or bracket aside). */
export const SENTENCE_END = /[.!?…。！？]["'”’»)）]*$/u;

const MENU_MAX_WORDS = 8;

function words(text: string): string[] {
  return text.split(' ').filter((w) => w !== '');
}

/** Separated items of at most four words each: `Accueil / Economie / Economie numérique`, `Home › World › Asia`. */
function isBreadcrumb(text: string): boolean {
  const separators = text.match(ITEM_SEPARATOR)?.length ?? 0;
  if (separators < 2) return false;
  const items = text
    .split(/\s(?:[/|›»>·•]|::)\s|\|/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items.length >= 3 && items.every((item) => words(item).length <= 4 && !SENTENCE_END.test(item));
}

/**
 * Short line with two or more glued item names and no sentence end: a menu whose item spacing was lost. Brand names
 * glue too (`TikTok`, `VinFast`), but a headline naming them has more lowercase words around them than glue points.
 */
function isGluedMenu(text: string): boolean {
  if (SENTENCE_END.test(text) || words(text).length > MENU_MAX_WORDS) return false;
  const glue = text.match(GLUE)?.length ?? 0;
  return glue >= 2 && glue > words(text).filter((w) => LOWERCASE_WORD.test(w)).length;
}

/** Longer than this, a line is chrome only as pasted code or markup: menus, links, notices and forms are short. */
const CHROME_MAX_CHARS = 400;
const MAY_BE_CODE = /[{}<]/u;

/** The shape that makes a line page chrome, or null when it may be article text. */
export function chromeShape(text: string): ChromeShape | null {
  if (text.length > CHROME_MAX_CHARS) return MAY_BE_CODE.test(text) && (CODE.some((re) => re.test(text)) || isMarkup(text)) ? 'code' : null;
  if (SEPARATOR_ONLY.test(text)) return 'separator';
  if (FORM_FIELD.test(text)) return 'form-field';
  if (CODE.some((re) => re.test(text)) || isMarkup(text)) return 'code';
  if (LINK_REL_LIST.test(text) || (LINK_RESIDUE.test(text) && !SENTENCE_END.test(text))) return 'link-residue';
  if (PLATFORM_NOTICE.test(text) && words(text).length <= NOTICE_MAX_WORDS) return 'platform-notice';
  if (isBreadcrumb(text)) return 'breadcrumb';
  if (isGluedMenu(text)) return 'menu';
  return null;
}

/** Words, counting each CJK character as half a word (Chinese words average about two characters). */
export function wordWeight(text: string): number {
  const { words, cjkChars } = measureText(text);
  return words + cjkChars / 2;
}

/** Punctuation inside running text; a long line with none is a list of menu items or tags. */
const INNER_PUNCTUATION = /[.,;:!?…'’"«»()，。、；：！？（）“”]/u;

/** Running text: a sentence that ends as one, or a punctuated passage too long to be a menu item or a label. */
export function isProse(text: string): boolean {
  const weight = wordWeight(text);
  if (weight >= 16) return INNER_PUNCTUATION.test(text);
  return weight >= 4 && SENTENCE_END.test(text);
}

/** A short line that ends no sentence: a menu item, a label, a heading, a name. */
export function isShortLabel(text: string): boolean {
  return !SENTENCE_END.test(text) && wordWeight(text) <= MENU_MAX_WORDS;
}

const LIST_ITEM = /^(?:[-–•*·▪]|\d{1,2}[.)])\s/u;

/** A list item: a bullet or a number opens the line. */
export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text);
}
