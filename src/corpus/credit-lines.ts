// Credit lines: the writer (byline) and the publisher or agency (source) a line or a paragraph's closing words name.
import { endsLikeSentence, isDomain } from './line-patterns.ts';

/** Which shape a credit line has: where a credit may stand depends on it (see source-byline.ts). */
export type CreditForm =
  /** `Source : AFP`, `Nguồn: TTXVN`, `来源：新华网`. */
  | 'source-label'
  /** `Theo VnExpress`: Vietnamese "according to". */
  | 'theo'
  /** `By Jane Doe`, `Par Jean Dupont`, `Tác giả: Minh Anh`, `文 | 朱相鹏`, `Reporting by …`. */
  | 'byline-label'
  /** `H. B. avec AFP`, `Claire Morel avec AFP`: a writer and the wire agency the copy came from. */
  | 'wire'
  /** `— Reuters`, `- AFP`. */
  | 'dash-agency'
  /** `Nguyễn Xuân Dự (TTXVN)`, `Thái An (theo Shape)`, `Việt Cường/VOV`: a Vietnamese signature. */
  | 'signature'
  /** `（威猛）`, `(Theo VnExpress)`: a credit alone in parentheses. */
  | 'parenthesised'
  /** `辽沈晚报记者 高鹏`, `林怡妘/文`: a Chinese reporter credit. */
  | 'reporter'
  /** `Thanhnien.vn`: a publisher's domain alone. */
  | 'domain'
  /** `责任编辑：王强`, `Biên tập: Minh Anh`, `Editing by …`: an editor, never the writer. */
  | 'editor'
  /** `Trần Anh`: a bare name closing the article (only trusted there). */
  | 'bare-name'
  /** `(TTXVN) - `, `HANOI (Reuters) - `, `新华社讯 `: the agency opening the lead. */
  | 'agency-prefix';

/** What a credit line names: the writer, the publisher or agency, both, or neither (an editor's credit). */
export interface LineCredit {
  readonly byline: string | null;
  readonly source: string | null;
  readonly form: CreditForm;
}

/** A line longer than this is running text, never a credit. */
const CREDIT_MAX_CHARS = 160;

// Names of people.

/** One word of a name: capitalised (`Nguyễn`, `O’Neil`, `Jean-Marc`), in capitals (`HOÀNG`), or an initial (`H.`). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;
/** Lowercase words inside Western names: `Ursula von der Leyen`, `Charles de Gaulle`. */
const NAME_PARTICLES = new Set([
  'de',
  'du',
  'des',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'zu',
]);
/** Capitalised words that open captions, credits and links, never a name: `Ảnh Reuters` credits a photo. */
const NOT_NAME_WORDS = new Set([
  'Ảnh',
  'Photo',
  'Photos',
  'Video',
  'Clip',
  'Nguồn',
  'Source',
  'Sources',
  'Theo',
  'By',
  'Par',
  'Xem',
  'Read',
  'Share',
  'Tags',
  'Tag',
  'Từ',
  'Crédit',
  'Image',
  'Images',
  'The',
  'A',
  'An',
]);
/** A Chinese name: two to four characters, or a transcribed foreign name with its middle dot (`丹泽尔·华盛顿`). */
const HAN_NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,6}·\p{Script=Han}{1,6})$/u;
const HAS_HAN = /\p{Script=Han}/u;
/** A person has at most this many words in a byline (`Ursula von der Leyen`). */
const NAME_MAX_WORDS = 5;
const NAMES_MAX_CHARS = 90;
/** Between the people of a byline: `V. Astruc, S. Wolfahrt`, `Jane Doe and John Roe`, `Tấn Tú - Lê Đình Dũng`. */
const NAME_LIST_SEPARATOR = /\s*(?:,|;|&|\s(?:and|et|và)\s|\s[-–]\s)\s*/u;

function isPersonName(text: string): boolean {
  if (HAS_HAN.test(text)) return HAN_NAME.test(text.replace(/\s+/g, ''));
  const words = text.split(/\s+/);
  if (words.length > NAME_MAX_WORDS || NOT_NAME_WORDS.has(words[0]!)) return false;
  const last = words.length - 1;
  return words.every((w, i) => NAME_WORD.test(w) || (i > 0 && i < last && NAME_PARTICLES.has(w)));
}

/** One or more people's names, and nothing else. */
function isNameList(text: string): boolean {
  if (text.length > NAMES_MAX_CHARS) return false;
  const names = text.split(NAME_LIST_SEPARATOR);
  return names.length <= 6 && names.every((n) => n !== '' && isPersonName(n));
}

/** A bare name closing an article must have two words at least: one capitalised word is as often a place or a label. */
function isClosingName(text: string): boolean {
  return /\s/.test(text) && isNameList(text);
}

// Names of publishers and agencies.

/** `AFP`, `TTXVN`, `CNN`: an agency or a publisher written as an acronym. */
const ACRONYM = /^\p{Lu}{2,8}$/u;
/** Words that make a name a publication's: `Le Parisien` is a paper, `Tuổi Trẻ Online` a site, `Báo Tin Tức` a paper. */
const OUTLET_WORD =
  /(?:^|\s)(?:News|Times|Post|Press|Herald|Journal|Daily|Tribune|Telegraph|Gazette|Info|Infos|Presse|Radio|TV|Télévisions?|Online|Media|Médias|Magazine|Agency|Agence|Báo|Tạp chí|Đài|Thông tấn xã)(?:$|\s)/u;
/** A French or English article before one capitalised word: `Le Parisien`, `La Croix`, `The Guardian`. */
const ARTICLE_AND_TITLE = /^(?:Le|La|Les|L['’]|The)\s?\p{Lu}[\p{L}\p{M}-]*$/u;
/** How Chinese outlet names end: 网 (site), 报 (paper), 社 (agency), 台 (station), 客户端 (app), a beat (足球, 财经). */
const HAN_OUTLET = /(?:网|報|报|社|台|刊|杂志|客户端|频道|新闻|日报|晚报|足球|体育|财经|科技|娱乐|资讯|传媒|在线)$/u;
const ALL_CAPS_WORD = /^\p{Lu}{2,}$/u;

/** A name that is a publisher's, not a person's (`Sudouest.fr`, `20 Minutes`, `LIBERATION`, `Le Parisien`, `中国体彩网`). */
function isOutletName(text: string): boolean {
  if (isDomain(text)) return true;
  if (HAS_HAN.test(text)) return HAN_OUTLET.test(text);
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 6) return false;
  // `20 Minutes`, `France 2`, `VTC14`: names of people hold no digits.
  if (/\d/.test(text)) return true;
  // `LIBERATION`, `EURACTIV Slovaquie`: a long word in capitals leads a publisher's name; `HOÀNG PHƯƠNG` (all in capitals) is a writer's.
  if (/^\p{Lu}{4,}$/u.test(words[0]!) && (words.length === 1 || !words.every((w) => ALL_CAPS_WORD.test(w)))) return true;
  return ARTICLE_AND_TITLE.test(text) || OUTLET_WORD.test(text);
}

/** Any name a source label may give: short, capitalised (or Chinese, or a domain), and no sentence. */
function isSourceName(text: string): boolean {
  if (text === '' || text.length > 60) return false;
  if (isDomain(text)) return true;
  if (/[.!?。！？;:：]\s|[!?。！？]$/u.test(text)) return false;
  return text.split(/\s*,\s*/).every((part) => /^[\p{Lu}\p{Lo}\d]/u.test(part) && part.split(/\s+/).length <= 6);
}

/** Punctuation and spaces closing a credit: `Source : AFP.` names AFP. */
function trimCredit(text: string): string {
  return text.trim().replace(/[\s.,;:]+$/u, '');
}

// The names after a byline's word.

/** A writer's role after the name: `, Staff Writer`, `Technology reporter`, `correspondant à Pékin`. */
const ROLE_WORDS =
  /\b(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|photographer|producer|analyst|journaliste|correspondante?|envoyée? spéciale?|rédact(?:eur|rice)|phóng viên|biên tập viên)\b/iu;
/** A role run into the name when the page lost the line break: `David G. SavageStaff Writer`. */
const GLUED_ROLE = /^(.*\p{Ll})(\p{Lu}[\p{L} ]{2,40})$/u;
const AFTER_COMMA = /^(.+),\s*([^,]+)$/u;

function withoutRole(text: string): string {
  const comma = AFTER_COMMA.exec(text);
  if (comma && ROLE_WORDS.test(comma[2]!)) return comma[1]!;
  const glued = GLUED_ROLE.exec(text);
  if (glued && ROLE_WORDS.test(glued[2]!)) return glued[1]!;
  return text;
}

/** A role alone on its line, under a byline: `Technology reporter`, `Staff Writer`. */
export function isWriterRole(text: string): boolean {
  return text.length <= 60 && text.split(/\s+/).length <= 5 && ROLE_WORDS.test(text) && !endsLikeSentence(text);
}

/** `… avec AFP`, `… with AP`: a wire agency (an acronym) credited after the writer. */
const WITH_WIRE = /^(.+?)\s+(?:avec|with)\s+(\p{Lu}{2,8})$/u;
/** `… et AFP`, `…, CNN`: only an agency in capitals may close a list of names (`Marie et Pierre` are two people). */
const AND_AGENCY = /^(.+?)(?:\s*,\s*|\s+(?:et|and|và|\/)\s+)(\p{Lu}{2,8})$/u;
/** `France 2 - V. Astruc, S. Wolfahrt`: the outlet, then its writers. */
const OUTLET_THEN_NAMES = /^(.+?)\s[-–—]\s(.+)$/u;

/**
 * `L. Escoubes France Télévisions`: a publisher's name (two or three words, one of them a publication's) run into the
 * last writer's when the page lost the line break between them.
 */
function splitGluedOutlet(text: string): { names: string; outlet: string } | null {
  const words = text.split(' ');
  for (const size of [3, 2]) {
    if (words.length <= size) continue;
    const outlet = words.slice(-size).join(' ');
    const names = words.slice(0, -size).join(' ');
    // The last writer keeps two words at least: `L. Escoubes`, not `L.`, with `France Télévisions`.
    const lastWriter = names.split(NAME_LIST_SEPARATOR).at(-1)!;
    if (OUTLET_WORD.test(outlet) && isOutletName(outlet) && /\s/.test(lastWriter) && isNameList(names)) return { names, outlet };
  }
  return null;
}

/** `Jane Doe, Associated Press`: a publisher's name after the writer's. */
function outletAfterComma(text: string): RegExpExecArray | null {
  const m = AFTER_COMMA.exec(text);
  return m && isOutletName(m[2]!) ? m : null;
}

interface NamesCredit {
  byline: string | null;
  source: string | null;
  /** An agency or outlet was named beside the writers (`X avec AFP`). */
  withAgency: boolean;
}

/** The writers and the outlet named after a byline's word, or null when they are no names (`By the Web`, `Par ailleurs`). */
function readCreditedNames(raw: string): NamesCredit | null {
  let text = trimCredit(raw);
  let outlet: string | null = null;
  // `Barbara Zmušková | EURACTIV | translated by …`: the writer, then the publisher.
  const [first, second] = text.split(/\s*[|｜]\s*/);
  text = first!;
  if (second && isOutletName(second)) outlet = second;
  const outletFirst = OUTLET_THEN_NAMES.exec(text);
  if (outletFirst && isOutletName(outletFirst[1]!)) {
    outlet ??= outletFirst[1]!;
    text = outletFirst[2]!;
  }
  text = withoutRole(text);
  let withAgency = outlet !== null;
  const glued = splitGluedOutlet(text);
  if (glued) {
    text = glued.names;
    outlet ??= glued.outlet;
    withAgency = true;
  }
  const wire = WITH_WIRE.exec(text) ?? AND_AGENCY.exec(text) ?? outletAfterComma(text);
  if (wire) {
    text = wire[1]!;
    outlet ??= wire[2]!;
    withAgency = true;
  }
  // `Sudouest.fr avec AFP`, `20 Minutes avec AFP`: the newsroom signs, no writer is named.
  if (isOutletName(text)) return { byline: null, source: text, withAgency };
  if (ACRONYM.test(text)) {
    // `RG avec AFP` is a writer's initials; `By AFP` is the agency itself.
    return withAgency && text.length <= 3 ? { byline: text, source: outlet, withAgency } : { byline: null, source: text, withAgency };
  }
  // One capitalised word after `By` (`By Reuters`, `By Monday`) may be anything; beside an agency it is the writer's name.
  if (!withAgency && !/\s/.test(text) && !HAS_HAN.test(text)) return null;
  return isNameList(text) ? { byline: text, source: outlet, withAgency } : null;
}

// Credit lines.

/** `Source : AFP`, `Sources: AFP, Reuters`, `Nguồn: TTXVN`, `来源：新华网`, `文章来源：上海青年报`. */
const SOURCE_LABEL = /^(?:sources?|nguồn(?: tin)?|source originale|文章来源|稿件来源|来源|出处)\s*[:：]\s*(.+)$/iu;
/** A line labelled as a source, whatever follows: structure of the article, never page chrome. */
export function hasSourceLabel(text: string): boolean {
  return SOURCE_LABEL.test(text);
}

/** `Nguồn VnExpress`: the Vietnamese label also goes without its colon. */
const NGUON_WITHOUT_COLON = /^Nguồn\s+(\p{Lu}.*)$/u;
/** The same label inside a line, after a date: `2018-11-07 10:32 来源：新华网`. */
const SOURCE_LABEL_INSIDE = /(?:^|\s)(?:文章来源|稿件来源|来源|出处|sources?|nguồn)\s*[:：]\s*(\S.*)$/iu;
/** A Chinese writer credit after the source on the same line: `来源：跟朱相鹏学精益    文 | 朱相鹏`. */
const WRITER_AFTER_SOURCE = /\s+(?:文|撰文|作者|记者)\s*[|｜/:：]?\s*(\S[^|｜]{0,20})$/u;
/** Where the source's name ends on a line that says more: two spaces, or the next label. */
const SOURCE_NAME_END = /\s{2,}|\s+(?:文|撰文|作者|记者|编辑|责任编辑|阅读|点击)\s*[|｜/:：]/u;

/** Byline words followed by a space or a separator: `By Jane Doe`, `Par : Jean Dupont`, `记者 李明`, `Tác giả: Minh`. */
const BYLINE_LABEL =
  /^(?:by|par|propos recueillis par|article rédigé par|rédigé par|written by|tác giả|记者|作者)(?:\s*[:：|｜]\s*|\s+)(.+)$/iu;
/** Byline words that open sentences too, so they need their separator: `Bài: Minh Anh`, `文 | 朱相鹏`, `文/李华`. */
const BYLINE_LABEL_WITH_SEPARATOR = /^(?:bài và ảnh|bài|thực hiện|撰文|文字|文)\s*[:：|｜/]\s*(.+)$/iu;
/** `林怡妘/文`: the writer before the Chinese word for "text". */
const ZH_WRITER_THEN_WORD = /^([\p{Script=Han}·]{2,8})\s*[/／]\s*文$/u;
/** `辽沈晚报、聊沈客户端记者 高鹏`, `新华社记者 张三`: an outlet's reporter named at the end of a short line. */
const ZH_REPORTER_CREDIT = /^([\p{Script=Han}、，\s]{0,20}?)(?:记者|通讯员)\s*([\p{Script=Han}]{2,4}(?:\s+[\p{Script=Han}]{1,4})*)$/u;

/** `责任编辑：王强`, `编辑 | 李华`, `Biên tập: Minh Anh`, `Editing by Tom Hardy`: an editor's credit. */
const EDITOR_CREDIT =
  /^[(（]?\s*(?:(?:责任编辑|编辑|责编|校对|审校|审核|编审)\s*[:：|｜]?\s*\p{Script=Han}|(?:biên tập(?: viên)?|btv|editor|édition)\s*[:：]|(?:editing|edited) by\s)/iu;
/** One clause of a wire footer: `Reporting by Khanh Vu in Hanoi; Editing by Martin Petty`. */
const CREDIT_CLAUSE = /^(additional reporting|reporting|writing|editing|edited|compiled|graphics|research|production|text)\s+by\s+(.+)$/iu;
/** `in Hanoi` after a reporter's name says where they filed from. */
const FILED_FROM = /\s+in\s+\p{Lu}[\p{L}\p{M}. ]*?(?=\s*(?:,|\sand\s|$))/gu;

/** `Theo VnExpress`, `Theo Trí thức trẻ`, `Theo Thu Hằng`. */
const THEO = /^[Tt]heo\s+(.+)$/u;
/** `— Reuters`, `- AFP`, `– The Associated Press`. */
const DASH_CREDIT = /^[-–—]\s*(\p{Lu}[\p{L}\p{M}.&'’]*(?:\s\p{Lu}[\p{L}\p{M}.&'’]*){0,3})\.?$/u;
/** `Nguyễn Xuân Dự (TTXVN)`, `Thái An (theo Shape)`, `Lê Mỹ Giang ((Theo Prevention.com))`, `Mai Hà (từ Bắc Kinh)`. */
const SIGNATURE_WITH_NOTE = /^([^()]+?)\s*\(+\s*([^()]{2,40}?)\s*\)+$/u;
/** `Việt Cường/VOV`, `Trần Minh/Báo Tin Tức`, `TTXVN/Tin Tức`. */
const SIGNATURE_WITH_OUTLET = /^([^/]{2,40}?)\s*\/\s*([^/]{2,40})$/u;
/** `（威猛）`, `(中国体彩网）`, `(Theo VnExpress)`: a credit alone in parentheses. */
const PARENTHESISED = /^[(（]\s*([^()（）]{2,30}?)\s*[)）]$/u;
/** What the Chinese close an article with in parentheses that names nobody: "end", "to be continued", "photos". */
const ZH_CLOSING_MARKS = new Set(['完', '全文完', '待续', '未完待续', '续', '组图', '图', '视频', '图片', '未完']);
/** `theo Shape`, `Nguồn: AFP`, `来源：新华网` inside a signature's parentheses. */
const NOTE_SOURCE = /^(?:theo|nguồn\s*[:：]?|sources?\s*[:：]|来源\s*[:：]?)\s*(.+)$/iu;

function credit(byline: string | null, source: string | null, form: CreditForm): LineCredit {
  return { byline, source, form };
}

function readSourceLabel(text: string): LineCredit | null {
  const label = SOURCE_LABEL.exec(text) ?? NGUON_WITHOUT_COLON.exec(text);
  if (!label) return null;
  let rest = label[1]!;
  const writer = WRITER_AFTER_SOURCE.exec(rest);
  const byline = writer && isPersonName(trimCredit(writer[1]!)) ? trimCredit(writer[1]!) : null;
  if (byline) rest = rest.slice(0, writer!.index);
  const source = trimCredit(rest.split(SOURCE_NAME_END)[0]!);
  return isSourceName(source) ? credit(byline, source, 'source-label') : null;
}

function readBylineLabel(text: string): LineCredit | null {
  const label = BYLINE_LABEL.exec(text) ?? BYLINE_LABEL_WITH_SEPARATOR.exec(text);
  if (!label) return null;
  const names = readCreditedNames(label[1]!);
  return names ? credit(names.byline, names.source, 'byline-label') : null;
}

/** `Reporting by Khanh Vu in Hanoi; Editing by Martin Petty`: the reporters write, the others edit or add. */
function readCreditClauses(text: string): LineCredit | null {
  const inner = text.replace(/^[(（]\s*/u, '').replace(/\s*[)）]\.?$/u, '');
  const writers: string[] = [];
  for (const clause of inner.split(/\s*;\s*/)) {
    const m = CREDIT_CLAUSE.exec(trimCredit(clause));
    if (!m) return null;
    const role = m[1]!.toLowerCase();
    if (role === 'reporting' || role === 'writing' || role === 'text') writers.push(m[2]!.replace(FILED_FROM, '').trim());
  }
  if (!writers.every(isNameList)) return null;
  return writers.length > 0 ? credit(writers.join(', '), null, 'byline-label') : credit(null, null, 'editor');
}

/** `Theo X`: a person's name credits its writer (`Theo Thu Hằng`), any other name the publisher (`Theo Trí thức trẻ`, `Theo VnExpress`). */
function readTheo(text: string): LineCredit | null {
  const m = THEO.exec(text);
  if (!m) return null;
  const name = trimCredit(m[1]!);
  if (isOutletName(name) || ACRONYM.test(name)) return credit(null, name, 'theo');
  if (isClosingName(name)) return credit(name, null, 'theo');
  return isSourceName(name) ? credit(null, name, 'theo') : null;
}

function readDashCredit(text: string): LineCredit | null {
  const name = DASH_CREDIT.exec(text)?.[1];
  if (!name) return null;
  // `— Reuters`, `— The Associated Press` name the agency; `— Hoàng Anh` signs the piece.
  return !/\s/.test(name) || isOutletName(name)
    ? credit(null, name, 'dash-agency')
    : isClosingName(name)
      ? credit(name, null, 'dash-agency')
      : null;
}

function readSignature(text: string): LineCredit | null {
  const noted = SIGNATURE_WITH_NOTE.exec(text);
  // `Toulouse (31400)`, `Commentaires (37)`: one word and a number are a place or a counter, not a writer.
  if (noted && isClosingName(noted[1]!) && /\p{L}/u.test(noted[2]!)) {
    const note = noted[2]!;
    const named = NOTE_SOURCE.exec(note);
    // `(TTXVN)` and `(theo Shape)` name a source; `(lược dịch)`, `(từ Bắc Kinh)` say how or where it was written.
    const source = named ? trimCredit(named[1]!) : /^\p{Lu}/u.test(note) ? note : null;
    return credit(noted[1]!, source !== null && isSourceName(source) ? source : null, 'signature');
  }
  const slashed = SIGNATURE_WITH_OUTLET.exec(text);
  if (slashed && isSourceName(slashed[2]!)) {
    const [who, outlet] = [slashed[1]!, slashed[2]!];
    // `TTXVN/Tin Tức`: the agency that wrote it, then the paper that ran it.
    if (ACRONYM.test(who)) return credit(null, who, 'signature');
    if (isClosingName(who)) return credit(who, outlet, 'signature');
  }
  return null;
}

function readParenthesised(text: string): LineCredit | null {
  const inner = PARENTHESISED.exec(text)?.[1];
  if (!inner) return null;
  const named = NOTE_SOURCE.exec(inner);
  if (named && isSourceName(trimCredit(named[1]!))) return credit(null, trimCredit(named[1]!), 'parenthesised');
  if (isOutletName(inner) || ACRONYM.test(inner)) return credit(null, inner, 'parenthesised');
  if (HAS_HAN.test(inner) && HAN_NAME.test(inner) && !ZH_CLOSING_MARKS.has(inner)) return credit(inner, null, 'parenthesised');
  return null;
}

function readReporterCredit(text: string): LineCredit | null {
  const after = ZH_WRITER_THEN_WORD.exec(text);
  if (after) return credit(after[1]!, null, 'reporter');
  const reporter = ZH_REPORTER_CREDIT.exec(text);
  if (!reporter) return null;
  // `辽沈晚报、聊沈客户端记者`: the first outlet named is the paper the reporter writes for.
  const outlet = reporter[1]!.split(/[、，\s]/u).find((o) => o !== '') ?? '';
  return credit(reporter[2]!, isOutletName(outlet) ? outlet : null, 'reporter');
}

/** `Victoria Beurnez avec AFP`, `RG avec AFP`, `20 Minutes avec AFP`; not `Vietnam with ASEAN`, a headline. */
function readWireCredit(text: string): LineCredit | null {
  if (!WITH_WIRE.test(text)) return null;
  const names = readCreditedNames(text);
  if (!names?.withAgency) return null;
  // Without a byline's word, one capitalised word is no writer: only full names and initials (`RG`, `H. B.`) sign.
  const writer = names.byline;
  if (writer !== null && !/\s/.test(writer) && !(ACRONYM.test(writer) && writer.length <= 3)) return null;
  return credit(writer, names.source, 'wire');
}

/**
 * A line that is a credit and nothing else, in any of the labelled shapes (not a bare name, which headlines
 * resemble): what it names, or null.
 */
export function readCreditLine(text: string): LineCredit | null {
  if (text.length > CREDIT_MAX_CHARS) return null;
  const known = readLines.get(text);
  if (known !== undefined) return known;
  if (readLines.size >= READ_LINES_KEPT) readLines.clear();
  const found = readCreditShapes(text);
  readLines.set(text, found);
  return found;
}

/** The page-extent step asks of every line whether it is a byline, then whether it is structure: each is read once. */
const readLines = new Map<string, LineCredit | null>();
const READ_LINES_KEPT = 4096;

function readCreditShapes(text: string): LineCredit | null {
  if (isDomain(text)) return credit(null, text, 'domain');
  if (EDITOR_CREDIT.test(text)) return credit(null, null, 'editor');
  return (
    readCreditClauses(text) ??
    readSourceLabel(text) ??
    readBylineLabel(text) ??
    readReporterCredit(text) ??
    readTheo(text) ??
    readDashCredit(text) ??
    readParenthesised(text) ??
    readSignature(text) ??
    readWireCredit(text)
  );
}

/** The source named inside a longer line, such as a dateline: `2018-11-07 10:32 来源：新华网`. */
export function findSourceInLine(text: string): string | null {
  const m = SOURCE_LABEL_INSIDE.exec(text);
  if (!m) return null;
  const name = trimCredit(m[1]!.split(SOURCE_NAME_END)[0]!);
  return isSourceName(name) ? name : null;
}

/** A bare name on the article's closing line: `Hoang Trong`, `HOÀNG PHƯƠNG`, `Tấn Tú - Lê Đình Dũng`. */
export function matchClosingName(text: string): string | null {
  const name = trimCredit(text);
  return name.length <= 60 && isClosingName(name) ? name : null;
}

/** The writer a credit line names (`By …`, `Par …`, `记者 …`, `X avec AFP`), for telling bylines from headlines. */
export function matchBylinePrefix(text: string): string | null {
  return readCreditLine(text)?.byline ?? null;
}

/** The publisher a line names and nothing else (`Thanhnien.vn`, `Source : AFP`, `Theo VnExpress`, `— Reuters`). */
export function matchSourceName(text: string): string | null {
  const found = readCreditLine(text);
  return found && found.byline === null ? found.source : null;
}

/** Whitespace, then a credit closing a paragraph: `… ./. Việt Cường/VOV`, `… it said. — Reuters`. */
const CLOSING_CREDIT = /^(.*[.!?…;"'”’»)）])\s+(\S.{1,80})$/su;
/** Chinese runs a credit on without a space: `…之道。文章来源：中国侨网`, `…。（威猛）`. */
const ZH_CLOSING_CREDIT = /^(.*[。！？”」])\s*((?:文章来源|稿件来源|来源)[:：].{1,40}|[(（][^()（）]{2,20}[)）])$/su;
/** Only the end of a paragraph is searched for its credit. */
const CLOSING_SEARCH_CHARS = 120;

export interface ClosingCredit {
  /** The paragraph without its credit. */
  text: string;
  /** The credit as written. */
  credit: string;
  found: LineCredit;
}

/**
 * A credit run into the end of a paragraph: the paragraph without it, the credit as written, and what it names.
 * `withSourceLabel` is false for short paragraphs, where `… Nguồn: X` closes a photo caption, not the article.
 */
export function splitClosingCredit(text: string, withSourceLabel: boolean): ClosingCredit | null {
  const offset = Math.max(0, text.length - CLOSING_SEARCH_CHARS);
  const end = text.slice(offset);
  const m = CLOSING_CREDIT.exec(end) ?? ZH_CLOSING_CREDIT.exec(end);
  if (!m) return null;
  const written = m[2]!.trim();
  const labelled = readCreditLine(written);
  const found =
    labelled && (withSourceLabel || labelled.form !== 'source-label')
      ? labelled
      : matchClosingName(written)
        ? credit(trimCredit(written), null, 'bare-name')
        : null;
  if (!found || found.form === 'domain') return null;
  return { text: text.slice(0, offset + m[1]!.length).trimEnd(), credit: written, found };
}
