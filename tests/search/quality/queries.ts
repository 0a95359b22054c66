// The search-quality set: queries a reader would type into the search page, each with the articles of
// tests/search/fixtures/quality that must show in the first five results. Relevance is judged by reading the texts:
// an article counts when it is about, or clearly mentions, what the query means, in whichever language it says it.
import type { QueryJudgement } from './precision.ts';

export type ArticleLanguage = 'en' | 'vi' | 'fr' | 'zh';

/** Each fixture's headline, grouped by the article's main language (the bilingual English/Vietnamese one is under en). */
export const HEADLINES = {
  en: {
    laoCaiApproved: 'Vietnam approves Lao Cai - Hanoi - Haiphong standard gauge railway',
    xiStateVisit: 'Xi Jinping arrives in Hanoi for two-day state visit',
    wangYiInBeijing: 'Wang Yi and Bui Thanh Son discuss South China Sea in Beijing',
    chipmakers: 'Vietnam courts chipmakers as semiconductor supply chains shift',
    /** Decoy: "semi-final", Hainan, "Beijing time" and "Hanoi time" (a clock, not the cities), never news of either. */
    youthSemiFinal: 'Vietnam beat China to reach youth football semi-final in Haikou',
    /** Decoy for rail ("derail", "handrail") and Wang Yi ("Wang Lei … Yiwu"); about Dong Dang and Guangxi for real. */
    langSonFruitTalks: 'Lang Son fruit talks end without deal on inspection fees',
    gulfPatrol: 'Vietnamese and Chinese coast guards patrol the Gulf of Tonkin together',
    /** Bilingual: each English paragraph followed by its Vietnamese translation. */
    crossBorderRail: 'Vietnam and China agree to speed up cross-border railway links',
  },
  vi: {
    chinhReceivesWangYi: 'Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Trung Quốc Vương Nghị',
    fishingBan: 'Việt Nam phản đối lệnh cấm đánh bắt cá của Trung Quốc trên Biển Đông',
    groundbreaking: 'Khởi công tuyến đường sắt khổ tiêu chuẩn Lào Cai - Hà Nội - Hải Phòng',
    innovationChips: 'Việt Nam và Trung Quốc đẩy mạnh hợp tác đổi mới sáng tạo và chất bán dẫn',
    /**
     * Decoy: the syllables of many queries occur here only apart ("biên giới … đồng thời", "thịnh vượng … hội nghị",
     * "lao động … cải cách", "hai bên … phòng chống", "đường bộ … sắt thép", "tô điểm … lâm sản", "kho bãi … tiêu
     * chuẩn", "đổi mới … sáng tạo"); about Đồng Đăng and Quảng Tây for real.
     */
    langSonYearEnd: 'Lạng Sơn: hàng hóa thông quan qua cửa khẩu tăng mạnh dịp cuối năm',
    toLamXiTalks: 'Tổng Bí thư Tô Lâm hội đàm với Chủ tịch Trung Quốc Tập Cận Bình tại Bắc Kinh',
    dongDangFreight: 'Tàu hàng liên vận qua ga Đồng Đăng tăng gấp đôi',
  },
  fr: {
    loanFromBeijing: 'Chemin de fer Lào Cai - Haïphong : Hanoï sollicite un prêt de Pékin',
    researchVessel: "Mer de Chine méridionale : Hanoï proteste contre la présence d'un navire chinois",
    semiconductors: 'Semi-conducteurs : le Vietnam veut attirer les fondeurs chinois',
    wangYiInHanoi: 'Wang Yi à Hanoï pour relancer la coopération ferroviaire',
  },
  zh: {
    /** Not about the sea: 越南海港 (Vietnam's seaports) holds 南海 across two words. */
    railwayGroundbreaking: '老街—河内—海防标准轨铁路越南段开工',
    wangYiSouthChinaSea: '王毅会见越南外长裴青山 双方同意妥善处理南海问题',
    gulfPatrol: '中越海警在北部湾共同渔区开展联合巡查',
    /** Decoy: 海南 (Hainan) and 海南海口, where a substring search would see 南海. */
    hainanDurian: '海南榴莲首次批量上市 越南榴莲对华出口面临竞争',
    expoNanning: '范明政出席中国—东盟博览会 呼吁深化半导体合作',
  },
} as const satisfies Record<ArticleLanguage, Record<string, string>>;

const { en, vi, fr, zh } = HEADLINES;

/** A query of the set: what is typed, what must come in the first five, and what may. */
export interface QualityQuery extends QueryJudgement {
  /** The page shows no result and a "Did you mean" link: the suggested search is the one scored. */
  followSuggestion?: true;
  /** Why these articles, and what the query tells good search from bad. */
  why: string;
}

// The articles behind each subject, read from the texts. Where a subject has five articles or fewer, all of them are
// expected: the ranking puts them all above the results that have the words only apart.
const TO_LAM = [vi.toLamXiTalks, en.xiStateVisit, vi.innovationChips, zh.railwayGroundbreaking, fr.semiconductors];
const XI_JINPING = [vi.toLamXiTalks, en.xiStateVisit, vi.innovationChips, zh.railwayGroundbreaking, zh.expoNanning];
const WANG_YI = [vi.chinhReceivesWangYi, en.wangYiInBeijing, zh.wangYiSouthChinaSea, fr.wangYiInHanoi, vi.toLamXiTalks];
const PHAM_MINH_CHINH = [vi.chinhReceivesWangYi, en.laoCaiApproved, vi.groundbreaking, fr.semiconductors, zh.expoNanning];
const SOUTH_CHINA_SEA = [vi.fishingBan, en.wangYiInBeijing, fr.researchVessel, zh.wangYiSouthChinaSea, en.gulfPatrol];
/** Disputes at sea mentioned without naming the sea, and a patrol in one of its gulfs. */
const AT_SEA = [vi.chinhReceivesWangYi, vi.toLamXiTalks, fr.wangYiInHanoi, zh.gulfPatrol];
const GULF_OF_TONKIN = [en.gulfPatrol, zh.gulfPatrol, vi.fishingBan, fr.researchVessel];
/** The Lao Cai - Hanoi - Haiphong line: every article on it names the three cities and its standard gauge. */
const LAO_CAI_LINE = [en.laoCaiApproved, en.crossBorderRail, vi.groundbreaking, fr.loanFromBeijing, zh.railwayGroundbreaking];
const YUNNAN = [en.laoCaiApproved, vi.groundbreaking, fr.loanFromBeijing, zh.railwayGroundbreaking, vi.dongDangFreight];
const GUANGXI = [en.langSonFruitTalks, vi.langSonYearEnd, vi.dongDangFreight, zh.gulfPatrol, zh.expoNanning];
const DONG_DANG = [vi.dongDangFreight, en.crossBorderRail, en.langSonFruitTalks, vi.langSonYearEnd, vi.toLamXiTalks];
const RAILWAY = [
  en.laoCaiApproved,
  en.crossBorderRail,
  en.xiStateVisit,
  vi.chinhReceivesWangYi,
  vi.groundbreaking,
  vi.toLamXiTalks,
  vi.dongDangFreight,
  fr.loanFromBeijing,
  fr.wangYiInHanoi,
  zh.railwayGroundbreaking,
];
const BELT_AND_ROAD = [en.xiStateVisit, vi.toLamXiTalks, zh.railwayGroundbreaking, zh.expoNanning, fr.loanFromBeijing];
const SEMICONDUCTORS = [en.chipmakers, vi.innovationChips, fr.semiconductors, zh.expoNanning, en.xiStateVisit];
const INNOVATION = [vi.innovationChips, vi.toLamXiTalks, vi.chinhReceivesWangYi, vi.groundbreaking, en.crossBorderRail];
/** Every article that names Beijing as the city or its government; the youth football report only tells its time. */
const BEIJING = [
  en.wangYiInBeijing,
  en.xiStateVisit,
  en.laoCaiApproved,
  en.chipmakers,
  en.gulfPatrol,
  vi.toLamXiTalks,
  vi.innovationChips,
  fr.loanFromBeijing,
  fr.researchVessel,
  fr.semiconductors,
  fr.wangYiInHanoi,
  zh.wangYiSouthChinaSea,
];
const HANOI = [
  en.laoCaiApproved,
  en.xiStateVisit,
  en.chipmakers,
  en.crossBorderRail,
  vi.chinhReceivesWangYi,
  vi.groundbreaking,
  vi.toLamXiTalks,
  vi.dongDangFreight,
  fr.loanFromBeijing,
  fr.researchVessel,
  fr.semiconductors,
  fr.wangYiInHanoi,
  zh.railwayGroundbreaking,
];

/** `list` without the articles already expected. */
function besides(list: readonly string[], expected: readonly string[]): string[] {
  return list.filter((headline) => !expected.includes(headline));
}

export const QUERIES: readonly QualityQuery[] = [
  // People, with and without diacritics, and in every script.
  {
    query: 'Tô Lâm',
    expected: TO_LAM,
    why: 'Five articles name him: Tô Lâm (vi, fr), To Lam (en), 苏林 (zh). "tổ", "tô điểm", "làm" and "lâm sản" are everywhere else, only apart.',
  },
  {
    query: 'To Lam',
    expected: TO_LAM,
    why: 'Typed without diacritics, the same five; the Vietnamese articles saying "tổ chức … làm" are not about him.',
  },
  {
    query: 'Vương Nghị',
    expected: WANG_YI,
    why: 'Vương Nghị (vi), Wang Yi (en, fr), 王毅 (zh). The Lạng Sơn report has "thịnh vượng" and "hội nghị", only apart.',
  },
  {
    query: 'Vuong Nghi',
    expected: WANG_YI,
    why: 'Two syllables without diacritics: the phrase must win over "vượng … nghị" apart in unrelated Vietnamese texts.',
  },
  {
    query: 'Wang Yi',
    expected: WANG_YI,
    why: 'The English spelling finds the Vietnamese and Chinese ones; "Wang Lei … from Yiwu" is not him (no prefix match).',
  },
  {
    query: 'Tập Cận Bình',
    expected: XI_JINPING,
    why: 'Vietnamese name of Xi Jinping; "tập trung", "tiếp cận", "hòa bình" are common words, only apart.',
  },
  {
    query: 'Xi Jinping',
    expected: XI_JINPING,
    why: 'The English name finds Tập Cận Bình (vi) and 习近平 (zh).',
  },
  {
    query: '习近平',
    expected: XI_JINPING,
    why: 'The Chinese name finds the English and Vietnamese articles.',
  },
  {
    query: 'Phạm Minh Chính',
    expected: PHAM_MINH_CHINH,
    why: 'Phạm Minh Chính (vi), Pham Minh Chinh (en, fr), 范明政 (zh); "vi phạm", "minh bạch", "chính phủ" are not him.',
  },
  {
    query: 'Pham Minh Chinh',
    expected: PHAM_MINH_CHINH,
    why: 'Without diacritics, the same five, the Chinese one included.',
  },

  // The sea, the gulf and the đ.
  {
    query: 'Biển Đông',
    expected: SOUTH_CHINA_SEA,
    acceptable: AT_SEA,
    why: 'Biển Đông (vi), South China Sea and East Sea (en), mer de Chine méridionale (fr), 南海 (zh). "biên giới … đồng thời" is not the sea.',
  },
  {
    query: 'Bien Dong',
    expected: SOUTH_CHINA_SEA,
    acceptable: AT_SEA,
    why: 'Typed without the đ: "bien" and "dong" (biên, đông, đồng, động…) are in nearly every Vietnamese text, so only the phrase and its aliases may lead.',
  },
  {
    query: 'South China Sea',
    expected: SOUTH_CHINA_SEA,
    acceptable: AT_SEA,
    why: 'The English article says it; the others say Biển Đông, East Sea, mer de Chine méridionale, 南海.',
  },
  {
    query: '南海',
    expected: SOUTH_CHINA_SEA,
    acceptable: AT_SEA,
    why: 'Chinese name of the sea; the Hainan durian report has 海南 and 海南海口, which hold the characters but not the word.',
  },
  {
    query: 'mer de Chine méridionale',
    expected: SOUTH_CHINA_SEA,
    acceptable: AT_SEA,
    why: 'The French name finds the sea in every language.',
  },
  {
    query: 'Gulf of Tonkin',
    expected: GULF_OF_TONKIN,
    why: 'Gulf of Tonkin and Beibu Gulf (en), Vịnh Bắc Bộ (vi), golfe du Tonkin (fr), 北部湾 (zh).',
  },
  {
    query: 'Vịnh Bắc Bộ',
    expected: GULF_OF_TONKIN,
    why: 'The Vietnamese name finds the gulf in every language; "Bắc" and "Bộ" alone are everywhere.',
  },
  {
    query: '北部湾',
    expected: GULF_OF_TONKIN,
    why: 'The Chinese name finds the gulf in every language.',
  },

  // Places.
  {
    query: 'Beijing',
    expected: [en.wangYiInBeijing, en.xiStateVisit, en.gulfPatrol],
    acceptable: besides(BEIJING, [en.wangYiInBeijing, en.xiStateVisit, en.gulfPatrol]),
    why: 'Talks in Beijing, a flight from Beijing, a meeting in Beijing; "7.30 pm Beijing time" in the football report is a clock, not the city.',
  },
  {
    query: 'Pekin',
    expected: [fr.loanFromBeijing, fr.researchVessel, fr.semiconductors, fr.wangYiInHanoi],
    acceptable: besides(BEIJING, [fr.loanFromBeijing, fr.researchVessel, fr.semiconductors, fr.wangYiInHanoi]),
    why: 'French without its accent: the four French articles say Pékin; Beijing, Bắc Kinh and 北京 are welcome after them.',
  },
  {
    query: 'Bắc Kinh',
    expected: [vi.toLamXiTalks, vi.innovationChips],
    acceptable: besides(BEIJING, [vi.toLamXiTalks, vi.innovationChips]),
    why: 'Talks and a forum held in Bắc Kinh; "bắc" and "kinh tế" apart are not the city.',
  },
  {
    query: '北京',
    expected: [zh.wangYiSouthChinaSea, vi.innovationChips],
    acceptable: besides(BEIJING, [zh.wangYiSouthChinaSea, vi.innovationChips]),
    why: 'The Chinese meeting in 北京, then the city in other languages, newest first: the forum in Bắc Kinh.',
  },
  {
    query: '河内',
    expected: [zh.railwayGroundbreaking, vi.groundbreaking],
    acceptable: besides(HANOI, [zh.railwayGroundbreaking, vi.groundbreaking]),
    why: 'The Chinese name finds Hà Nội, Hanoi and Hanoï; the newest of them is the Vietnamese groundbreaking. "6.30 pm Hanoi time" is a clock.',
  },
  {
    query: 'Lao Cai',
    expected: LAO_CAI_LINE,
    why: 'Lao Cai (en), Lào Cai (vi, fr), 老街 (zh); "lao động … cải cách" in the Lạng Sơn report is not the province.',
  },
  {
    query: '老街',
    expected: LAO_CAI_LINE,
    why: 'The Chinese name finds the province in every language.',
  },
  {
    query: 'Hải Phòng',
    expected: LAO_CAI_LINE,
    why: 'Hải Phòng (vi), Haiphong (en), Haïphong (fr), 海防 (zh); "hai" (two) and "phòng" (quốc phòng, phòng chống) apart are not the city.',
  },
  {
    query: 'Haiphong',
    expected: LAO_CAI_LINE,
    why: 'One English word finds the two-syllable Vietnamese name and the Chinese one; Hainan only starts like it.',
  },
  {
    query: 'Guangxi',
    expected: GUANGXI,
    why: 'Guangxi (en), Quảng Tây (vi), 广西 (zh).',
  },
  {
    query: 'Quang Tay',
    expected: GUANGXI,
    why: 'Vietnamese without diacritics; "quang" and "tây" apart (phương Tây…) are not the province.',
  },
  {
    query: 'Yunnan',
    expected: YUNNAN,
    why: 'Yunnan (en, fr), Vân Nam (vi), 云南 (zh).',
  },
  {
    query: 'Vân Nam',
    expected: YUNNAN,
    why: '"vấn đề" and "năm" are in every Vietnamese text: only the phrase and its aliases are the province.',
  },
  {
    query: '云南',
    expected: YUNNAN,
    why: 'The Chinese name finds the province in every language.',
  },
  {
    query: 'Đồng Đăng',
    expected: DONG_DANG,
    why: 'The station and border town, written Đồng Đăng (vi) and Dong Dang (en).',
  },
  {
    query: 'Dong Dang',
    expected: DONG_DANG,
    why: 'Without the đ: "đồng", "động", "đang", "Đảng" are everywhere, so only the phrase may lead.',
  },

  // Terms.
  {
    query: 'đường sắt',
    expected: [vi.groundbreaking, en.crossBorderRail, vi.dongDangFreight],
    acceptable: besides(RAILWAY, [vi.groundbreaking, en.crossBorderRail, vi.dongDangFreight]),
    why: 'Railway articles in Vietnamese; the Lạng Sơn report has "sắt thép … đường bộ" (steel, by road), never a railway.',
  },
  {
    query: 'duong sat',
    expected: [vi.groundbreaking, en.crossBorderRail, vi.dongDangFreight],
    acceptable: besides(RAILWAY, [vi.groundbreaking, en.crossBorderRail, vi.dongDangFreight]),
    why: 'Typed without diacritics or đ, the same railway articles; "đường" alone is any road.',
  },
  {
    query: 'railway',
    expected: [en.laoCaiApproved, en.crossBorderRail, zh.railwayGroundbreaking, vi.groundbreaking],
    acceptable: besides(RAILWAY, [en.laoCaiApproved, en.crossBorderRail, zh.railwayGroundbreaking, vi.groundbreaking]),
    why: 'English railway articles, then the newest ones in other languages (the groundbreaking, in Chinese and Vietnamese); "derail" and "handrail" are not railways.',
  },
  {
    query: '铁路',
    expected: [zh.railwayGroundbreaking, vi.groundbreaking],
    acceptable: besides(RAILWAY, [zh.railwayGroundbreaking, vi.groundbreaking]),
    why: 'The Chinese word finds railway articles in every language.',
  },
  {
    query: 'chemin de fer',
    expected: [fr.loanFromBeijing, fr.wangYiInHanoi, zh.railwayGroundbreaking, vi.groundbreaking],
    acceptable: besides(RAILWAY, [fr.loanFromBeijing, fr.wangYiInHanoi, zh.railwayGroundbreaking, vi.groundbreaking]),
    why: 'The French term, then railways in other languages.',
  },
  {
    query: 'cooperation ferroviaire',
    expected: [fr.wangYiInHanoi, fr.loanFromBeijing],
    acceptable: besides(RAILWAY, [fr.wangYiInHanoi, fr.loanFromBeijing]),
    why: 'French typed without its accent: both French articles have "coopération ferroviaire"; any railway cooperation is welcome.',
  },
  {
    query: 'standard gauge',
    expected: LAO_CAI_LINE,
    acceptable: [vi.dongDangFreight],
    why: 'standard gauge (en), khổ tiêu chuẩn (vi), écartement standard (fr), 标准轨 (zh); the chip report says "gauge" and "standard" apart.',
  },
  {
    query: 'kho tieu chuan',
    expected: LAO_CAI_LINE,
    acceptable: [vi.dongDangFreight],
    why: 'Vietnamese without diacritics; "kho bãi … tiêu chuẩn kiểm dịch" (warehouses, quarantine standards) is not a gauge.',
  },
  {
    query: '标准轨',
    expected: LAO_CAI_LINE,
    acceptable: [vi.dongDangFreight],
    why: 'The Chinese term finds the gauge in every language.',
  },
  {
    query: 'Belt and Road',
    expected: BELT_AND_ROAD,
    why: 'Belt and Road (en), Vành đai và Con đường (vi), la Ceinture et la Route (fr), 一带一路 (zh); "a belt of orchards … the road" is not it.',
  },
  {
    query: '一带一路',
    expected: BELT_AND_ROAD,
    why: 'The Chinese term finds the initiative in every language.',
  },
  {
    query: 'semiconductor',
    expected: SEMICONDUCTORS,
    why: 'semiconductor(s) (en), chất bán dẫn (vi), semi-conducteurs (fr), 半导体 (zh); a semi-final is not one.',
  },
  {
    query: 'semiconducter',
    expected: SEMICONDUCTORS,
    followSuggestion: true,
    why: 'A typo: no article has the word, the page offers the right spelling, and its results are the chip articles.',
  },
  {
    query: 'doi moi sang tao',
    expected: INNOVATION,
    acceptable: [en.chipmakers],
    why: 'Four syllables typed without diacritics: "đổi mới" (the reform) and "sáng tạo" apart, or "sáng" (morning) and "tạo", are not innovation.',
  },

  // Mixed, and nothing to find.
  {
    query: 'Tô Lâm railway',
    expected: [en.xiStateVisit, vi.toLamXiTalks, zh.railwayGroundbreaking],
    why: 'A Vietnamese name with an English word: the articles naming him and a railway, whatever their language.',
  },
  {
    query: 'Mekong dam',
    expected: [],
    why: 'No article mentions the Mekong; "đậm" (strong) folds to "dam", but nothing here answers the question.',
  },
];
