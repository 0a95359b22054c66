// Suggest entries for src/data/people.yaml: names the corpus puts after a title (President, Thủ tướng, 主席…) that no alias covers yet.
//
// An editor grows the people list from this; suggestions are never published. The rules aim at
// names an editor would add, and leave a guess out rather than suggest a ministry or a country:
// after the title may come a short qualifier ("of Foreign Affairs", "chinois", "Trung Quốc",
// "de la Défense,"), then the name: 2–4 capitalised words, or 2–4 Han characters that start
// with a family name after a Chinese title.

import type { TaxonomyLang } from './data-file.ts';
import { compilePeopleMatcher } from './people-mentions.ts';
import type { Person } from './people-mentions.ts';
import { buildTrie, compilePhrase, marksWithin, matchAt, tokenize } from './phrase-match.ts';
import type { Phrase, Token, TrieNode } from './phrase-match.ts';
import type { Article } from './types.ts';

/** One line of an article as the suggestions read it. */
export interface SuggestionText {
  text: string;
  /** 1-based line in the file, when known. */
  line: number | null;
}

/** The texts of one article: its title and body. */
export interface SuggestionArticle {
  file: string;
  texts: readonly SuggestionText[];
}

/** A name that recurs after a title and is not in the people list. */
export interface SuggestedPerson {
  /** The spelling with most diacritics, then the commonest, underscores written as spaces: a first alias for the entry. */
  name: string;
  /** Times it follows a title across the corpus. */
  mentions: number;
  /** Articles it follows a title in. */
  articles: number;
  /** Every spelling as written, commonest first. */
  spellings: { text: string; mentions: number }[];
  /** One mention to read it in context: the earliest file, then line. */
  example: { file: string; line: number | null; text: string };
}

/** A name must follow a title at least this often to be suggested: once may be a misreading. */
const MIN_MENTIONS = 2;

// ---------------------------------------------------------------------------
// Titles and the words between a title and a name

// Matched like topic keywords: case and (outside Vietnamese) diacritics aside. A longer title
// ("Prime Minister") and the shorter one inside it ("Minister") lead to the same name, read once.
const TITLES: Record<TaxonomyLang, readonly string[]> = {
  en: [
    'President',
    'Vice President',
    'Prime Minister',
    'Deputy Prime Minister',
    'Premier',
    'Vice Premier',
    'Minister',
    'Foreign Minister',
    'Defence Minister',
    'Defense Minister',
    'Deputy Minister',
    'Vice Minister',
    'General Secretary',
    'Secretary General',
    'Party Secretary',
    'Party chief',
    'Chairman',
    'Chairwoman',
    'Ambassador',
    'spokesperson',
    'spokesman',
    'spokeswoman',
    'General',
    'Senior General',
    'Admiral',
    'Chancellor',
    'State Councillor',
    'State Councilor',
    'Secretary of State',
  ],
  fr: [
    'président',
    'présidente',
    'Premier ministre',
    'ministre',
    'secrétaire général',
    "secrétaire d'État",
    'porte-parole',
    'général',
    'ambassadeur',
    'ambassadrice',
    'chancelier',
  ],
  vi: [
    'Chủ tịch',
    'Phó Chủ tịch',
    'Thủ tướng',
    'Phó Thủ tướng',
    'Bộ trưởng',
    'Thứ trưởng',
    'Tổng Bí thư',
    'Bí thư',
    'Tổng thống',
    'Ngoại trưởng',
    'Đại sứ',
    'Người phát ngôn',
    'Đại tướng',
    'Thượng tướng',
    'Trung tướng',
    'Thiếu tướng',
    'Ủy viên Quốc vụ',
  ],
  zh: [
    '主席',
    '总理',
    '總理',
    '外长',
    '外長',
    '部长',
    '部長',
    '总书记',
    '總書記',
    '书记',
    '書記',
    '总统',
    '總統',
    '首相',
    '国务卿',
    '國務卿',
    '委员长',
    '委員長',
    '大使',
    '发言人',
    '發言人',
    '国务委员',
    '國務委員',
    '上将',
    '上將',
  ],
};

/**
 * Words that stand between a title and a name, or open a capitalised run without being part of the
 * name: countries and nationalities, ministries and bodies, ranks, honorifics. Only ever stripped
 * from the start of a run, so a name may still contain one ("Hoàng Văn Nam").
 */
const QUALIFIERS: readonly string[] = [
  // Countries and nationalities
  'China',
  'Chinese',
  'Vietnam',
  'Viet Nam',
  'Vietnamese',
  'United States',
  'US',
  'USA',
  'America',
  'American',
  'Russia',
  'Russian',
  'Japan',
  'Japanese',
  'Philippines',
  'Philippine',
  'Filipino',
  'Laos',
  'Lao',
  'Cambodia',
  'Cambodian',
  'Thailand',
  'Thai',
  'France',
  'French',
  'Korea',
  'South Korea',
  'North Korea',
  'Korean',
  'India',
  'Indian',
  'Australia',
  'Australian',
  'United Kingdom',
  'UK',
  'Britain',
  'British',
  'Brazil',
  'Brazilian',
  'Ukraine',
  'Ukrainian',
  'Germany',
  'German',
  'Indonesia',
  'Indonesian',
  'Malaysia',
  'Malaysian',
  'Singapore',
  'Myanmar',
  'Taiwan',
  'Hong Kong',
  'Canada',
  'Israel',
  'Iran',
  'ASEAN',
  'EU',
  'Chine',
  'Viêt Nam',
  'États-Unis',
  'Russie',
  'Japon',
  'Corée',
  'Inde',
  'Cambodge',
  'Thaïlande',
  'Royaume-Uni',
  'Allemagne',
  'Brésil',
  'Trung Quốc',
  'Việt Nam',
  'Mỹ',
  'Hoa Kỳ',
  'Nga',
  'Nhật Bản',
  'Hàn Quốc',
  'Triều Tiên',
  'Lào',
  'Campuchia',
  'Thái Lan',
  'Pháp',
  'Anh',
  'Đức',
  'Ấn Độ',
  'Úc',
  'Hồng Kông',
  // Ministries, bodies, ranks, honorifics
  'Foreign',
  'Affairs',
  'Defence',
  'Defense',
  'National',
  'Public',
  'Security',
  'Home',
  'Interior',
  'State',
  'Central',
  'Military',
  'Commission',
  'Committee',
  'Council',
  'Party',
  'Communist',
  'Government',
  'Republic',
  "People's",
  'Assembly',
  'Congress',
  'Politburo',
  'Ministry',
  'Trade',
  'Industry',
  'Finance',
  'Commerce',
  'Justice',
  'Health',
  'Education',
  'Standing',
  'Executive',
  'Permanent',
  'Acting',
  'Former',
  'First',
  'Deputy',
  'Vice',
  'Senior',
  'Lieutenant',
  'Major',
  'Colonel',
  'General',
  'Admiral',
  'Prime',
  'Minister',
  'President',
  'Secretary',
  'Chairman',
  'Premier',
  'Ambassador',
  'Chief',
  'Commander',
  'Army',
  'Navy',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Madam',
  'Comrade',
  'Défense',
  'Intérieur',
  'République',
  'Parti',
  'Comité',
  'Gouvernement',
  'Ministère',
  'Assemblée',
  'Nationale',
  'Armée',
  'État',
  'Conseil',
  'Populaire',
  'Communiste',
  'Centrale',
  'Sécurité',
  'Santé',
  'M',
  'Mme',
  'Monsieur',
  'Madame',
  'Camarade',
  'Ministre',
  'Secrétaire',
  'Général',
  // Vietnamese bodies of two words; single words such as Bộ, Ban, Đảng would also strip Bo Xilai,
  // Ban Ki-moon or an unaccented Dang, and after a Vietnamese title the family-name rule drops them.
  'Ủy ban',
  'Quốc hội',
  'Quốc phòng',
  'Quốc vụ viện',
  'Ngoại giao',
  'Công an',
  'Chính phủ',
  'Trung ương',
  'Nhà nước',
  'Mặt trận',
  'Hội đồng',
  'Văn phòng',
  'Thường trực',
  'Thường vụ',
  'Quân ủy',
  'Quân đội',
  'Thành phố',
  'Đồng chí',
];

/** Lowercase words an English title may have before the name ("Minister of Foreign Affairs", "President of the Philippines"). */
const ENGLISH_LINK_WORDS = new Set(['of', 'the', 'for', 'and']);

/**
 * French and Vietnamese titles take any lowercase words before the name ("le président chinois",
 * "le ministre de la Défense", "Chủ tịch nước", "Bộ trưởng Ngoại giao") except these, which start
 * the rest of the sentence ("le président a dit…", "Thủ tướng cho biết…").
 */
const SENTENCE_WORDS = [
  'a',
  'ai',
  'avait',
  'est',
  'était',
  'sera',
  'sont',
  'ont',
  'dit',
  'qui',
  'que',
  'qu',
  'mais',
  'ou',
  'où',
  'donc',
  'car',
  'ne',
  'n',
  'se',
  's',
  'il',
  'elle',
  'ils',
  'on',
  'y',
  'dans',
  'pour',
  'avec',
  'sur',
  'par',
  'selon',
  'lors',
  'après',
  'avant',
  'contre',
  'vers',
  'chez',
  'et',
  'với',
  'cho',
  'đã',
  'sẽ',
  'đang',
  'là',
  'khi',
  'nói',
  'cũng',
  'được',
  'có',
  'không',
  'này',
  'đó',
  'thì',
  'mà',
  'rằng',
  'vừa',
  'từng',
  'đến',
  'tới',
  'gặp',
  'tiếp',
  'ông',
  'bà',
];

/** Words after which a capitalised word is the complement of a title, not a name: "président de la Douma", "President of the Philippines". */
const PREPOSITIONS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the']);

/** Capitalised words that end a name: "President Joe Biden Thursday", "… Trump The". */
const NOT_IN_NAMES = new Set([
  'the',
  'and',
  'but',
  'or',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'as',
  'he',
  'she',
  'it',
  'they',
  'we',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'les',
  'un',
  'une',
  'et',
  'il',
  'elle',
  'ils',
]);

/** Last words of an organisation's name, never of a person's. */
const ORGANISATION_ENDINGS = new Set([
  'co',
  'corp',
  'corporation',
  'inc',
  'ltd',
  'llc',
  'plc',
  'group',
  'company',
  'hotel',
  'bank',
  'motors',
]);

/** Generational suffixes, left out so "Ferdinand Marcos Jr" and "Ferdinand Marcos Jnr" are one name. */
const NAME_SUFFIXES = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii']);

/**
 * Family names of Vietnamese and of Chinese names in their Sino-Vietnamese reading. After a Vietnamese
 * title a name written with diacritics starts with one, which tells "Vu Vĩ" from the province before it
 * ("tỉnh Phúc Kiến Vu Vĩ") and "Đặng" (a family) from "Đảng" (the Party).
 */
const VIETNAMESE_FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Đào',
  'Lương',
  'Trương',
  'Mai',
  'Tô',
  'Đoàn',
  'Lâm',
  'Trịnh',
  'Cao',
  'Hà',
  'Lưu',
  'Tạ',
  'Thái',
  'Chu',
  'Châu',
  'Quách',
  'Từ',
  'Nông',
  'Lò',
  'Vương',
  'Tôn',
  'Phùng',
  'Kiều',
  'Triệu',
  'Lại',
  'Khúc',
  'Hứa',
  'Giáp',
  'Tống',
  'Âu',
  'Diệp',
  'Thân',
  'Lục',
  'Lã',
  'Mạc',
  'Ninh',
  'Nghiêm',
  'Hầu',
  'Kha',
  'Vi',
  'Lữ',
  'La',
  'Mã',
  'Văn',
  'Tăng',
  'Khổng',
  'Tập',
  'Uông',
  'Vu',
  'Ôn',
  'Giang',
  'Hàn',
  'Hạ',
  'Tiền',
  'Đường',
  'Viên',
  'Đổng',
  'Ngụy',
  'Thẩm',
  'Tào',
  'Đàm',
  'Kim',
  'Mạnh',
  'Tiêu',
  'Tưởng',
  'Lư',
  'Mao',
  'Bạch',
  'Doãn',
  'Khương',
  'Tần',
  'Thiệu',
  'Hồng',
  'Trình',
  'Tiết',
  'Nhan',
  'Bành',
  'Hình',
  'Quan',
  'Nhạc',
  'Tất',
  'Mẫn',
  'Đái',
];

/** Common Chinese family names (simplified and traditional), without the ones that are mostly other words (和, 于, 时, 向). */
const CHINESE_FAMILY_NAMES = new Set(
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴覃武戴莫孔汤湯温溫康施牛樊葛邢齐齊乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿兰蘭焦俞左柳甘祝包符舒阮柯纪紀梅童凌毕畢霍涂苗谷盛曲翁冉骆駱蓝藍辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒艾尤阳陽穆农農卓古吉缪繆简簡项項连連娄婁窦竇戚岑费費卜晏卫衛米柏宗瞿桂佟臧闵閔苟邬鄔卞姬栾欒隋刁巫寇桑甄仲虞敖巩鞏佘池查麻苑迟遲邝鄺裴'.split(
    '',
  ),
);
const CHINESE_COMPOUND_FAMILY_NAMES = new Set([
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '上官',
  '诸葛',
  '諸葛',
  '司徒',
  '东方',
  '東方',
  '夏侯',
  '皇甫',
  '尉迟',
  '尉遲',
  '令狐',
]);

/** What follows a Chinese name and cannot be part of it: "王毅表示", "李强在", "苏林同志". */
const AFTER_CHINESE_NAME_CHARS = new Set('的在和与與同及对對等将將也就于於称稱并並还還向是说說率应應已曾到从從被把为為'.split(''));
const AFTER_CHINESE_NAME_WORDS = [
  '表示',
  '指出',
  '强调',
  '強調',
  '会见',
  '會見',
  '会谈',
  '會談',
  '会晤',
  '會晤',
  '出席',
  '举行',
  '舉行',
  '访问',
  '訪問',
  '发表',
  '發表',
  '主持',
  '签署',
  '簽署',
  '宣布',
  '今天',
  '昨天',
  '讲话',
  '講話',
  '致辞',
  '致辭',
  '提出',
  '介绍',
  '介紹',
  '认为',
  '認為',
  '希望',
  '欢迎',
  '歡迎',
  '感谢',
  '感謝',
  '祝贺',
  '祝賀',
  '接受',
  '回答',
  '当天',
  '當天',
  '日前',
  '近日',
  '一行',
  '通电话',
  '亲切',
  '親切',
  '先生',
  '女士',
  '阁下',
  '閣下',
];

/** How far after a title its name may start (qualifier words in between). */
const MAX_QUALIFIER_WORDS = 6;
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

interface Vocabulary {
  titles: TrieNode<TaxonomyLang>;
  qualifiers: TrieNode<true>;
  familyNames: Map<string, Token[]>;
  /** Exact keys (diacritics kept) of SENTENCE_WORDS. */
  sentenceWords: Set<string>;
}

function phrases<T>(list: readonly string[], value: (source: string) => T): { phrase: Phrase; value: T }[] {
  const out: { phrase: Phrase; value: T }[] = [];
  for (const source of list) {
    const phrase = compilePhrase(source);
    if (phrase) out.push({ phrase, value: value(source) });
  }
  return out;
}

function compileVocabulary(): Vocabulary {
  const titles = (Object.keys(TITLES) as TaxonomyLang[]).flatMap((lang) => phrases(TITLES[lang], () => lang));
  const familyNames = new Map<string, Token[]>();
  for (const name of VIETNAMESE_FAMILY_NAMES) {
    const token = tokenize(name.normalize('NFC'))[0];
    if (token) familyNames.set(token.fold, [...(familyNames.get(token.fold) ?? []), token]);
  }
  const sentenceWords = new Set(SENTENCE_WORDS.map((w) => tokenize(w.normalize('NFC'))[0]?.exact ?? ''));
  return { titles: buildTrie(titles), qualifiers: buildTrie(phrases(QUALIFIERS, () => true as const)), familyNames, sentenceWords };
}

/** How the text at `start` writes a phrase's diacritics: the same, none at all, or otherwise. */
function diacriticsAt(phrase: Phrase, tokens: readonly Token[], start: number): 'same' | 'none' | 'other' {
  let same = true;
  let none = true;
  for (let k = 0; k < phrase.tokens.length; k++) {
    const t = tokens[start + k];
    if (!t) return 'other';
    if (t.marked) none = false;
    if (t.exact !== phrase.tokens[k]?.exact) same = false;
  }
  return same ? 'same' : none ? 'none' : 'other';
}

/**
 * The longest title starting at token `start`, and its language. "président" is French and
 * "President" English although they fold alike; a Vietnamese title needs its diacritics as
 * written or none ("bộ trường" is not "Bộ trưởng").
 */
function titleAt(
  tokens: readonly Token[],
  text: string,
  start: number,
  vocabulary: Vocabulary,
): { end: number; lang: TaxonomyLang } | null {
  let best: { end: number; lang: TaxonomyLang; same: boolean } | null = null;
  matchAt(vocabulary.titles, tokens, text, start, (end, phrase, lang) => {
    const marks = diacriticsAt(phrase, tokens, start);
    if (lang === 'vi' && marks === 'other') return;
    const same = marks === 'same';
    if (!best || end > best.end || (end === best.end && same && !best.same)) best = { end, lang, same };
  });
  return best;
}

// ---------------------------------------------------------------------------
// Reading a name after a title

/** Token span, both ends included. */
interface Span {
  start: number;
  end: number;
}

/** What separates token j from the one before it, as written. */
function gapText(tokens: readonly Token[], text: string, j: number): string {
  const t = tokens[j];
  return t ? text.slice(t.gapStart, t.start) : '';
}

/** Between a title, its qualifiers and the name: spaces, joiners, and at most one comma ("le ministre de la Défense, Phan_Van_Giang"). */
function continuesTitle(gap: string): boolean {
  const rest = gap.replace(/[\s_'’\u2010\u2011-]/gu, '');
  return rest === '' || rest === ',' || rest === '，';
}

/** Inside a name: spaces, or one hyphen, underscore or apostrophe ("Ching-te", "Phan_Van_Giang", "O'Brien"). */
function joinsNameWords(gap: string): boolean {
  return /^[\s_]+$/u.test(gap) || /^[-\u2010\u2011'’]$/u.test(gap);
}

/** A capitalised word of letters: a possible name word (acronyms such as TQ or UBND are not). */
function isNameWord(t: Token): boolean {
  return t.upperFirst && !t.han && !(t.allUpper && t.fold.length > 1) && /^\p{L}+$/u.test(t.fold) && !NOT_IN_NAMES.has(t.fold);
}

function isAcronym(t: Token): boolean {
  return t.allUpper && t.fold.length > 1;
}

/** The capitalised run starting at `start`: name words, with initials ("George H. W. Bush") and hyphenated given names ("Lai Ching-te"). */
function capitalisedRun(tokens: readonly Token[], text: string, start: number): Span {
  let end = start;
  for (let k = start + 1; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev) break;
    const gap = gapText(tokens, text, k);
    const afterInitial = prev.fold.length === 1 && prev.upperFirst && /^\.\s*$/u.test(gap);
    const hyphenatedPart = /^[-\u2010\u2011]$/u.test(gap) && !t.upperFirst && /^\p{L}+$/u.test(t.fold);
    if (!(joinsNameWords(gap) || afterInitial) || !(isNameWord(t) || hyphenatedPart)) break;
    end = k;
  }
  return { start, end };
}

/**
 * Whether the words from..to are written with diacritics: then after a Vietnamese title they are a
 * Vietnamese name and start with a family name ("Ban Chỉ đạo" is a committee); a foreign name
 * (Donald Trump, Michel Temer) has none.
 */
function writtenWithDiacritics(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]?.marked) return true;
  return false;
}

/** Whether a word is a Vietnamese family name, with its diacritics or none ("Đặng" and "Dang" are, "Đảng" is not). */
function isFamilyName(t: Token, vocabulary: Vocabulary): boolean {
  return (vocabulary.familyNames.get(t.fold) ?? []).some((name) => marksWithin(t, name));
}

/** The end of the longest qualifier phrase at token `start`, or -1. */
function qualifierEnd(tokens: readonly Token[], text: string, start: number, vocabulary: Vocabulary): number {
  let end = -1;
  matchAt(vocabulary.qualifiers, tokens, text, start, (e) => {
    end = e;
  });
  return end;
}

type RunReading = { kind: 'name'; span: Span } | { kind: 'qualifier' } | { kind: 'stop' };

/**
 * Read a capitalised run after a title: leading qualifiers ("Trung Quốc", "Foreign Affairs") and a
 * trailing "Jr" left out, what remains is the name if it has 2–4 words; a run of qualifiers only lets
 * the search go on; anything else (a lone surname, a long title of a body) ends it.
 */
function readRun(
  tokens: readonly Token[],
  text: string,
  run: Span,
  lang: TaxonomyLang,
  afterPreposition: boolean,
  vocabulary: Vocabulary,
): RunReading {
  let start = run.start;
  // The word before the run links it to the title as a complement ("de la Douma", "of the Philippines"):
  // that first word names a body or a place, not the person.
  if (afterPreposition) start += 1;
  while (start <= run.end) {
    const t = tokens[start];
    if (!t) break;
    const q = qualifierEnd(tokens, text, start, vocabulary);
    // "Thái" opens a name, "Thái Lan" (Thailand) does not.
    const familyName = lang === 'vi' && isFamilyName(t, vocabulary);
    if (q >= start && q <= run.end && (q > start || !familyName)) start = q + 1;
    else if (lang === 'vi' && !familyName && writtenWithDiacritics(tokens, start, run.end)) start += 1;
    else break;
  }
  let end = run.end;
  while (end >= start && NAME_SUFFIXES.has(tokens[end]?.fold ?? '')) end -= 1;
  // "General Motors Co", "Ambassador Hotel Group": a title word opening a company's name.
  if (ORGANISATION_ENDINGS.has(tokens[end]?.fold ?? '')) return { kind: 'stop' };
  let words = 0;
  for (let k = start; k <= end; k++) if (tokens[k]?.upperFirst) words += 1;
  if (words === 0) return { kind: 'qualifier' };
  if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS) return { kind: 'stop' };
  return { kind: 'name', span: { start, end } };
}

/** The length of a Chinese name at the start of `chars` (a run of Han characters after a title), or 0. */
function chineseNameLength(chars: string): number {
  const compound = CHINESE_COMPOUND_FAMILY_NAMES.has(chars.slice(0, 2));
  if (!compound && !CHINESE_FAMILY_NAMES.has(chars.charAt(0))) return 0;
  const shortest = compound ? 3 : 2;
  const longest = compound ? 4 : 3;
  if (chars.length < shortest) return 0;
  for (let n = shortest; n < longest; n++) {
    const rest = chars.slice(n);
    if (rest === '' || AFTER_CHINESE_NAME_CHARS.has(rest.charAt(0)) || AFTER_CHINESE_NAME_WORDS.some((w) => rest.startsWith(w))) return n;
  }
  return Math.min(longest, chars.length);
}

/** A Chinese name written right after a Chinese title ("外长王毅表示" → 王毅). */
function chineseNameAt(tokens: readonly Token[], start: number): Span | null {
  let chars = '';
  for (let k = start; k < tokens.length && chars.length < 6; k++) {
    const t = tokens[k];
    // One UTF-16 unit per character keeps string and token offsets equal; names are not written outside the BMP.
    if (!t?.han || t.fold.length !== 1 || (k > start && t.gap !== 0)) break;
    chars += t.fold;
  }
  const n = chineseNameLength(chars);
  return n > 0 ? { start, end: start + n - 1 } : null;
}

/** Lowercase words that may stand between a title and its name. */
function isLinkWord(t: Token, lang: TaxonomyLang, vocabulary: Vocabulary): boolean {
  if (t.han || t.upperFirst || !/^\p{L}+$/u.test(t.fold)) return false;
  if (lang === 'en') return ENGLISH_LINK_WORDS.has(t.fold);
  return (lang === 'fr' || lang === 'vi') && !vocabulary.sentenceWords.has(t.exact);
}

/** The name a title at tokens ..titleEnd introduces, if any. */
function nameAfterTitle(tokens: readonly Token[], text: string, titleEnd: number, lang: TaxonomyLang, vocabulary: Vocabulary): Span | null {
  let j = titleEnd + 1;
  let qualifiers = 0;
  while (j < tokens.length && qualifiers <= MAX_QUALIFIER_WORDS) {
    const t = tokens[j];
    const gap = gapText(tokens, text, j);
    if (!t || !continuesTitle(gap)) return null;
    if (t.han) return lang === 'zh' && j === titleEnd + 1 ? chineseNameAt(tokens, j) : null;
    // After a comma only the name may come ("le ministre de la Défense, Phan_Van_Giang"), not a list of others.
    const afterComma = /[,，]/u.test(gap);
    if (isNameWord(t)) {
      const run = capitalisedRun(tokens, text, j);
      const reading = readRun(tokens, text, run, lang, PREPOSITIONS.has(tokens[j - 1]?.fold ?? '') && j - 1 > titleEnd, vocabulary);
      if (reading.kind === 'name') return reading.span;
      if (reading.kind === 'stop' || afterComma) return null;
      qualifiers += run.end - run.start + 1;
      j = run.end + 1;
      continue;
    }
    if (afterComma || (!isAcronym(t) && !isLinkWord(t, lang, vocabulary))) return null;
    qualifiers += 1;
    j += 1;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Grouping spellings

// A word of pinyin syllables: such names are grouped whatever their word order ("Dong Jun", "Jun Dong").
const PINYIN_WORD =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v))+$/u;

/**
 * The keys under which spellings of one person are counted together. `words`: the words without
 * case, diacritics or joiners ("Phan_Van_Giang" = "Phan Văn Giang", "Tập-Cận-Bình" = "Tập Cận Bình").
 * `anyOrder`, for names whose words read as pinyin: hyphenated syllables make one word and the order
 * does not matter ("Xi Jin-ping" = "Jinping Xi", "Dong Jun" = "Jun Dong").
 */
function spellingKeys(tokens: readonly Token[], text: string, span: Span): { words: string; anyOrder: string | null } {
  const folds: string[] = [];
  const glued: string[] = [];
  for (let k = span.start; k <= span.end; k++) {
    const t = tokens[k];
    if (!t) continue;
    folds.push(t.fold);
    if (k > span.start && !t.han && /^[-\u2010\u2011]$/u.test(gapText(tokens, text, k))) glued[glued.length - 1] += t.fold;
    else glued.push(t.fold);
  }
  if (tokens[span.start]?.han) return { words: `han:${folds.join('')}`, anyOrder: null };
  const pinyin = glued.every((w) => PINYIN_WORD.test(w));
  return { words: `words:${folds.join(' ')}`, anyOrder: pinyin ? `any-order:${glued.sort().join(' ')}` : null };
}

interface Group {
  mentions: number;
  articles: number;
  lastArticle: number;
  spellings: Map<string, { mentions: number; marks: number }>;
  example: { file: string; line: number | null; text: string };
}

/** Earlier file first, then earlier line: the example does not depend on the order articles were parsed in. */
function isEarlier(file: string, line: number | null, than: { file: string; line: number | null }): boolean {
  if (file !== than.file) return file < than.file;
  return (line ?? 0) < (than.line ?? 0);
}

const EXCERPT_BEFORE = 60;
const EXCERPT_AFTER = 100;

/** The line around a mention, cut at spaces where there are some, so the example reads as text. */
function excerpt(text: string, from: number, to: number): string {
  let a = Math.max(0, from - EXCERPT_BEFORE);
  let b = Math.min(text.length, to + EXCERPT_AFTER);
  if (a > 0) {
    const space = text.indexOf(' ', a);
    if (space !== -1 && space < from) a = space + 1;
  }
  if (b < text.length) {
    const space = text.lastIndexOf(' ', b);
    if (space > to) b = space;
  }
  return (a > 0 ? '…' : '') + text.slice(a, b).replace(/\s+/gu, ' ') + (b < text.length ? '…' : '');
}

/**
 * The spelling to show first: the one with most words written with diacritics (an alias is written
 * with them all), then the commonest, then code-point order.
 */
function bestSpelling(spellings: Map<string, { mentions: number; marks: number }>): string {
  let best = '';
  let bestInfo = { mentions: -1, marks: -1 };
  for (const [text, info] of spellings) {
    const better =
      info.marks !== bestInfo.marks
        ? info.marks > bestInfo.marks
        : info.mentions !== bestInfo.mentions
          ? info.mentions > bestInfo.mentions
          : text < best;
    if (better) {
      best = text;
      bestInfo = info;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// The corpus

/** The lines of an article the suggestions read: the title (and its translation) and every body text. */
export function suggestionArticle(article: Article): SuggestionArticle {
  const texts: SuggestionText[] = [{ text: article.title, line: article.provenance.title?.line ?? null }];
  if (article.titleTranslation) texts.push({ text: article.titleTranslation.text, line: article.titleTranslation.line });
  for (const b of article.body) {
    if (b.kind === 'figure') {
      if (b.caption) texts.push({ text: b.caption, line: b.line });
      continue;
    }
    texts.push({ text: b.text, line: b.line });
    if (b.translation) texts.push({ text: b.translation.text, line: b.translation.line });
  }
  return { file: article.sourceFile, texts };
}

/** One name read after a title. */
interface Mention {
  /** As written, runs of spaces made one. */
  spelling: string;
  /** How many of its words carry diacritics. */
  marks: number;
  keys: { words: string; anyOrder: string | null };
  /** UTF-16 offsets in the text. */
  from: number;
  to: number;
}

/** Every name that follows a title in one text, each read once. */
function namesAfterTitles(text: string, vocabulary: Vocabulary): Mention[] {
  const tokens = tokenize(text);
  const out: Mention[] = [];
  // A name after "Vice President" is also after "President": read it once.
  const nameStarts = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const title = titleAt(tokens, text, i, vocabulary);
    const span = title ? nameAfterTitle(tokens, text, title.end, title.lang, vocabulary) : null;
    if (!span || nameStarts.has(span.start)) continue;
    nameStarts.add(span.start);
    const first = tokens[span.start];
    const last = tokens[span.end];
    if (!first || !last) continue;
    let marks = 0;
    for (let k = span.start; k <= span.end; k++) if (tokens[k]?.marked) marks += 1;
    const spelling = text.slice(first.start, last.end).replace(/\s+/gu, ' ');
    out.push({ spelling, marks, keys: spellingKeys(tokens, text, span), from: first.start, to: last.end });
  }
  return out;
}

/**
 * Names that follow a title at least twice in the corpus and match no one in `people`, most articles
 * first, then by name. One pass over the articles; the work per article does not grow with the corpus.
 */
export function suggestPeople(articles: Iterable<SuggestionArticle>, people: Person[]): SuggestedPerson[] {
  const vocabulary = compileVocabulary();
  const matchKnown = compilePeopleMatcher(people);
  const known = new Map<string, boolean>();
  const isKnown = (spelling: string): boolean => {
    let found = known.get(spelling);
    if (found === undefined) {
      found = matchKnown(spelling).length > 0;
      known.set(spelling, found);
    }
    return found;
  };
  // Filed under each of its keys, so that any spelling finds its person's group.
  const groups = new Map<string, Group>();
  let articleIndex = 0;

  const record = (mention: Mention, file: string, line: SuggestionText, text: string): void => {
    const { keys } = mention;
    const example = (): Group['example'] => ({ file, line: line.line, text: excerpt(text, mention.from, mention.to) });
    let group = groups.get(keys.words) ?? (keys.anyOrder === null ? undefined : groups.get(keys.anyOrder));
    if (!group) group = { mentions: 0, articles: 0, lastArticle: -1, spellings: new Map(), example: example() };
    else if (isEarlier(file, line.line, group.example)) group.example = example();
    groups.set(keys.words, group);
    if (keys.anyOrder !== null && !groups.has(keys.anyOrder)) groups.set(keys.anyOrder, group);
    group.mentions += 1;
    if (group.lastArticle !== articleIndex) {
      group.articles += 1;
      group.lastArticle = articleIndex;
    }
    const seen = group.spellings.get(mention.spelling) ?? { mentions: 0, marks: mention.marks };
    seen.mentions += 1;
    group.spellings.set(mention.spelling, seen);
  };

  for (const article of articles) {
    for (const line of article.texts) {
      const text = line.text.normalize('NFC');
      for (const mention of namesAfterTitles(text, vocabulary)) if (!isKnown(mention.spelling)) record(mention, article.file, line, text);
    }
    articleIndex += 1;
  }

  const out: SuggestedPerson[] = [];
  for (const group of new Set(groups.values())) {
    if (group.mentions < MIN_MENTIONS) continue;
    const spellings = [...group.spellings].map(([text, s]) => ({ text, mentions: s.mentions }));
    spellings.sort((a, b) => b.mentions - a.mentions || compareText(a.text, b.text));
    out.push({
      name: bestSpelling(group.spellings).replace(/_+/gu, ' '),
      mentions: group.mentions,
      articles: group.articles,
      spellings,
      example: group.example,
    });
  }
  return out.sort((a, b) => b.articles - a.articles || compareText(a.name, b.name));
}

/** Code-point order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
