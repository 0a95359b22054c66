// The words the synthetic corpus is dressed in: headline parts, captions, credits, subheadings, bylines, sources, boilerplate.
import type { ProseLanguage } from './seed-sentences.ts';

export type Phrase = Readonly<Record<ProseLanguage, string>>;

/** Headline subjects: all plural, so every action below agrees with every subject. */
export const HEADLINE_ACTORS: readonly Phrase[] = [
  { en: 'Vietnam and China', vi: 'Việt Nam và Trung Quốc', fr: 'Le Vietnam et la Chine', zh: '越南和中国' },
  { en: 'To Lam and Xi Jinping', vi: 'Tô Lâm và Tập Cận Bình', fr: 'Tô Lâm et Xi Jinping', zh: '苏林和习近平' },
  { en: 'Wang Yi and Le Hoai Trung', vi: 'Vương Nghị và Lê Hoài Trung', fr: 'Wang Yi et Lê Hoài Trung', zh: '王毅和黎怀忠' },
  { en: 'Hanoi and Beijing', vi: 'Hà Nội và Bắc Kinh', fr: 'Hanoï et Pékin', zh: '河内和北京' },
  { en: 'Lao Cai and Yunnan', vi: 'Lào Cai và Vân Nam', fr: 'Lao Cai et le Yunnan', zh: '老街和云南' },
  {
    en: 'Foreign ministers of both countries',
    vi: 'Ngoại trưởng hai nước',
    fr: 'Les chefs de la diplomatie des deux pays',
    zh: '两国外长',
  },
  {
    en: 'Railway officials from both sides',
    vi: 'Quan chức đường sắt hai bên',
    fr: 'Les responsables ferroviaires des deux pays',
    zh: '两国铁路官员',
  },
  { en: 'Business leaders from both countries', vi: 'Doanh nghiệp hai nước', fr: 'Les chefs d’entreprise des deux pays', zh: '两国企业家' },
  { en: 'Scientists from both countries', vi: 'Các nhà khoa học hai nước', fr: 'Les scientifiques des deux pays', zh: '两国科学家' },
  { en: 'Youth delegations', vi: 'Đoàn thanh niên hai nước', fr: 'Des délégations de jeunes', zh: '两国青年代表团' },
  { en: 'Defence ministers', vi: 'Bộ trưởng Quốc phòng hai nước', fr: 'Les ministres de la Défense', zh: '两国防长' },
  { en: 'Border provinces', vi: 'Các tỉnh biên giới', fr: 'Les provinces frontalières', zh: '两国边境省份' },
];

/** Headline predicates, one per topic angle, so titles spread over the taxonomy. */
export const HEADLINE_ACTIONS: readonly Phrase[] = [
  {
    en: 'agree to speed up railway cooperation',
    vi: 'nhất trí đẩy nhanh hợp tác đường sắt',
    fr: 'veulent accélérer la coopération ferroviaire',
    zh: '同意加快铁路合作',
  },
  {
    en: 'discuss the Lao Cai-Hanoi-Hai Phong railway',
    vi: 'bàn về tuyến đường sắt Lào Cai-Hà Nội-Hải Phòng',
    fr: 'discutent de la ligne Lao Cai-Hanoï-Hai Phong',
    zh: '讨论老街—河内—海防铁路',
  },
  {
    en: 'pledge more balanced trade',
    vi: 'cam kết thương mại cân bằng hơn',
    fr: 'promettent un commerce plus équilibré',
    zh: '承诺推动贸易更加平衡',
  },
  { en: 'expand farm exports', vi: 'mở rộng xuất khẩu nông sản', fr: 'développent les exportations agricoles', zh: '扩大农产品出口' },
  {
    en: 'boost science and technology ties',
    vi: 'thúc đẩy hợp tác khoa học công nghệ',
    fr: 'renforcent la coopération scientifique',
    zh: '深化科技合作',
  },
  {
    en: 'launch joint AI research',
    vi: 'khởi động nghiên cứu chung về trí tuệ nhân tạo',
    fr: 'lancent des recherches sur l’IA',
    zh: '启动人工智能联合研究',
  },
  { en: 'upgrade strategic dialogue', vi: 'nâng cấp đối thoại chiến lược', fr: 'relèvent le dialogue stratégique', zh: '提升战略对话' },
  {
    en: 'reaffirm strategic partnership',
    vi: 'tái khẳng định quan hệ đối tác chiến lược',
    fr: 'réaffirment leur partenariat stratégique',
    zh: '重申全面战略合作伙伴关系',
  },
  {
    en: 'vow to manage sea disputes',
    vi: 'cam kết kiểm soát bất đồng trên biển',
    fr: 'veulent gérer les différends en mer',
    zh: '承诺管控海上分歧',
  },
  {
    en: 'back the DOC in the South China Sea',
    vi: 'ủng hộ DOC ở Biển Đông',
    fr: 'soutiennent la DOC en mer de Chine',
    zh: '支持落实南海行为宣言',
  },
  {
    en: 'open people-to-people exchange year',
    vi: 'khai mạc Năm giao lưu nhân dân',
    fr: 'ouvrent l’Année des échanges',
    zh: '开启人文交流年',
  },
  {
    en: 'send students on Red Journey',
    vi: 'cử sinh viên tham gia Hành trình đỏ',
    fr: 'envoient des étudiants au Voyage rouge',
    zh: '派学生参加红色研学之旅',
  },
  {
    en: 'sign education agreements',
    vi: 'ký thỏa thuận hợp tác giáo dục',
    fr: 'signent des accords sur l’éducation',
    zh: '签署教育合作协议',
  },
  {
    en: 'tackle air pollution together',
    vi: 'cùng xử lý ô nhiễm không khí',
    fr: 'luttent contre la pollution de l’air',
    zh: '共同应对空气污染',
  },
  {
    en: 'strengthen defence and security ties',
    vi: 'tăng cường hợp tác quốc phòng và an ninh',
    fr: 'renforcent leurs liens de défense',
    zh: '加强防务与安全合作',
  },
  { en: 'review border trade', vi: 'đánh giá thương mại biên giới', fr: 'examinent le commerce frontalier', zh: '评估边境贸易' },
  {
    en: 'plan new rail freight services',
    vi: 'lên kế hoạch tàu hàng liên vận mới',
    fr: 'préparent un nouveau fret ferroviaire',
    zh: '规划新的跨境铁路货运班列',
  },
  {
    en: 'expand green energy investment',
    vi: 'mở rộng đầu tư năng lượng xanh',
    fr: 'investissent dans l’énergie verte',
    zh: '扩大绿色能源投资',
  },
  {
    en: 'deepen digital transformation work',
    vi: 'làm sâu sắc hợp tác chuyển đổi số',
    fr: 'approfondissent la coopération numérique',
    zh: '深化数字化转型合作',
  },
  { en: 'mark diplomatic anniversary', vi: 'kỷ niệm quan hệ ngoại giao', fr: 'fêtent leurs relations diplomatiques', zh: '纪念建交周年' },
  {
    en: 'share party-building experience',
    vi: 'chia sẻ kinh nghiệm xây dựng Đảng',
    fr: 'partagent leur expérience du Parti',
    zh: '交流党建经验',
  },
  { en: 'promote tourism links', vi: 'thúc đẩy kết nối du lịch', fr: 'encouragent le tourisme', zh: '促进旅游合作' },
  { en: 'connect supply chains', vi: 'kết nối chuỗi cung ứng', fr: 'relient leurs chaînes d’approvisionnement', zh: '对接供应链' },
  { en: 'train railway engineers', vi: 'đào tạo kỹ sư đường sắt', fr: 'forment des ingénieurs ferroviaires', zh: '培训铁路工程师' },
];

/** Where it happened (Chinese puts this before the verb). */
export const HEADLINE_PLACES: readonly Phrase[] = [
  { en: 'in Hanoi', vi: 'tại Hà Nội', fr: 'à Hanoï', zh: '在河内' },
  { en: 'in Beijing', vi: 'tại Bắc Kinh', fr: 'à Pékin', zh: '在北京' },
  { en: 'in Lao Cai', vi: 'tại Lào Cai', fr: 'à Lao Cai', zh: '在老街' },
  { en: 'in Kunming', vi: 'tại Côn Minh', fr: 'à Kunming', zh: '在昆明' },
  { en: 'in Nanning', vi: 'tại Nam Ninh', fr: 'à Nanning', zh: '在南宁' },
  { en: 'in Ha Long', vi: 'tại Hạ Long', fr: 'à Ha Long', zh: '在下龙' },
  { en: 'in Hai Phong', vi: 'tại Hải Phòng', fr: 'à Hai Phong', zh: '在海防' },
  { en: 'in Lang Son', vi: 'tại Lạng Sơn', fr: 'à Lang Son', zh: '在谅山' },
  { en: 'at border fair', vi: 'tại hội chợ biên giới', fr: 'à la foire frontalière', zh: '在边境贸易博览会上' },
  { en: 'in phone talks', vi: 'trong cuộc điện đàm', fr: 'au téléphone', zh: '在通电话时' },
  { en: 'at party seminar', vi: 'tại hội thảo lý luận', fr: 'lors d’un séminaire', zh: '在两党理论研讨会上' },
  { en: 'at ASEAN meeting', vi: 'bên lề hội nghị ASEAN', fr: 'en marge de l’ASEAN', zh: '在东盟会议期间' },
];

/** Endings; with the three lists above they give 13 824 distinct headlines per language. */
export const HEADLINE_TAILS: readonly Phrase[] = [
  { en: '', vi: '', fr: '', zh: '' },
  { en: ', officials say', vi: ', quan chức cho biết', fr: ', selon des responsables', zh: '，官员表示' },
  { en: ', media report', vi: ', truyền thông đưa tin', fr: ', rapportent les médias', zh: '，媒体报道' },
  { en: ': joint statement', vi: ': tuyên bố chung', fr: ' : déclaration commune', zh: '：联合声明' },
];

/** Short captions with no final punctuation (a credit follows on its own line or at the end). */
export const CAPTIONS: Readonly<Record<ProseLanguage, readonly string[]>> = {
  en: [
    'General Secretary To Lam and General Secretary and President of China Xi Jinping',
    'General Secretary To Lam at the meeting',
    'A robot cashier at a supermarket in China',
    'A cultural performance at the Spring Cross-Border Art Exchange Festival in Hekou County, Yunnan Province',
    'Freight trains at the Lao Cai border railway station',
    'Delegates at the signing ceremony of cooperation documents',
    'Students from both countries at a youth exchange in Nanning',
    'Containers of farm produce waiting at the Huu Nghi border gate',
  ],
  vi: [
    'Bộ trưởng Ngoại giao Trung Quốc Vương Nghị khẳng định Trung Quốc coi trọng quan hệ với Việt Nam',
    'Việt Nam đề nghị Trung Quốc đẩy mạnh hợp tác khoa học – công nghệ tại cuộc hội đàm cấp cao',
    'Tàu hàng tại ga đường sắt quốc tế Lào Cai',
    'Lễ ký kết các văn kiện hợp tác giữa hai nước',
    'Xe chở nông sản chờ thông quan tại cửa khẩu Hữu Nghị',
  ],
  fr: [
    'Le secrétaire général Tô Lâm lors de l’entretien',
    'Un train de marchandises à la gare frontalière de Lao Cai',
    'La cérémonie de signature des documents de coopération',
    'Des étudiants des deux pays lors d’un échange à Nanning',
  ],
  zh: ['苏林与习近平举行会谈', '老街口岸的跨境货运列车', '两国代表出席合作文件签字仪式', '友谊关口岸等待通关的农产品货车'],
};

/** Credit on its own line (`PHOTO: THAO PHAM`) or at the end of the caption (`… Photo: Agibot`, `… Nguồn: Chinhphu.vn`). */
export const CREDITS: Readonly<Record<ProseLanguage, { line: readonly string[]; trailing: readonly string[] }>> = {
  en: { line: ['PHOTO: THAO PHAM', 'PHOTO: VNA', 'Photo: Xinhua'], trailing: ['Photo: Agibot', 'Photo: Lao Cai Newspaper', 'Photo: VNA'] },
  vi: { line: ['Ảnh: TTXVN', 'ẢNH: NGỌC THẮNG'], trailing: ['Nguồn: Chinhphu.vn', 'Ảnh: Báo Lào Cai'] },
  fr: { line: ['Photo : VNA', 'Photo : AFP'], trailing: ['Photo : VNA', 'Photo : Xinhua'] },
  zh: { line: ['图片：新华社', '图片：越通社'], trailing: ['图片来源：新华社', '图片来源：越通社'] },
};

/** Image file names as pasted (`agibot 76375.png`, `van nghe.jpg`): a stem, sometimes a number, an extension. */
export const IMAGE_STEMS: readonly string[] = [
  'agibot',
  'van nghe',
  'hoi dam',
  'tau hang lao cai',
  'IMG',
  'to lam xi jinping',
  'ky ket',
  'cua khau',
];
export const IMAGE_EXTENSIONS: readonly string[] = ['png', 'jpg', 'jpeg', 'webp'];

/** Section titles: short, no final punctuation. */
export const SUBHEADINGS: Readonly<Record<ProseLanguage, readonly string[]>> = {
  en: [
    'A catalyst for Vietnam - China relations',
    'China invites Vietnamese youth to join "Red Journey"',
    'Railway links at the heart of cooperation',
    'Trade grows on both sides of the border',
    'A new bright spot in science and technology',
    'Managing disagreements at sea',
  ],
  vi: [
    'Chất xúc tác cho quan hệ Việt Nam - Trung Quốc',
    'Đường sắt là trọng tâm hợp tác',
    'Thương mại hai chiều tăng trưởng',
    'Điểm sáng mới về khoa học công nghệ',
  ],
  fr: [
    'Le rail au cœur de la coopération',
    'Des échanges commerciaux en hausse',
    'La science, nouveau point fort',
    'Renforcer la base sociale',
  ],
  zh: ['铁路合作成为重点', '经贸合作稳步增长', '科技合作成为新亮点', '夯实社会民意基础'],
};

/** Closing name lines: bare names (`Hoang Trong`) or with a prefix (`By …`, `Theo …`, `Par …`, `记者 …`). */
export const BYLINES: Readonly<Record<ProseLanguage, readonly string[]>> = {
  en: ['Tran Thuong', 'Hoang Trong', 'By Minh Anh', 'By Nguyen Hai', 'Le Duy'],
  vi: ['Hoang Trong', 'Theo Thu Hang', 'Ngọc Mai', 'Theo Phạm Hùng'],
  fr: ['Par Claire Martin', 'Par Nguyen Van Anh', 'Julien Moreau'],
  zh: ['记者 李明', '记者 王芳', '作者 陈静'],
};

/** A publisher's domain line, then its address (`Thanhnien.vn` + `Source: https://…`). */
export const SOURCES: Readonly<Record<ProseLanguage, readonly { name: string; urlPrefix: string; label: string }[]>> = {
  en: [
    { name: 'Thanhnien.vn', urlPrefix: 'https://thanhnien.vn/', label: 'Source: ' },
    { name: 'VnExpress.net', urlPrefix: 'https://e.vnexpress.net/news/', label: 'Source: ' },
  ],
  vi: [
    { name: 'Chinhphu.vn', urlPrefix: 'https://baochinhphu.vn/', label: 'Nguồn: ' },
    { name: 'Thanhnien.vn', urlPrefix: 'https://thanhnien.vn/', label: 'Nguồn: ' },
  ],
  fr: [{ name: 'Lecourrier.vn', urlPrefix: 'https://www.lecourrier.vn/', label: 'Source : ' }],
  zh: [{ name: 'Xinhuanet.com', urlPrefix: 'https://www.xinhuanet.com/world/', label: '来源：' }],
};

export const AGENCIES: readonly string[] = ['TAP', 'VNA', 'TTXVN'];

export const BOILERPLATE: Readonly<Record<ProseLanguage, readonly string[]>> = {
  en: ['Read the original here', 'Comment (0)', 'View the original post here .'],
  vi: ['Bình luận (0)', 'Xem bài gốc tại đây'],
  fr: ['Lire l’article original ici', 'Read the original here'],
  zh: ['阅读原文'],
};

export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** Words that start a sentence but are not names, so a date opener (`Le 26 janvier, …`) can lowercase them. */
export const LOWERCASE_AFTER_OPENER: Readonly<Record<ProseLanguage, ReadonlySet<string>>> = {
  en: new Set([
    'The',
    'Both',
    'In',
    'During',
    'Over',
    'This',
    'It',
    'He',
    'Following',
    'Regarding',
    'Discussing',
    'Agreeing',
    'For',
    'Particularly',
    'A',
    'Once',
    'Based',
    'To',
    'We',
    'Happy',
    'On',
  ]),
  vi: new Set(['Hai', 'Trong', 'Về', 'Sau', 'Ông', 'Cả', 'Tại', 'Cụ', 'Đặc', 'Năm']),
  fr: new Set(['Les', 'Le', 'La', 'Un', 'Une', 'Des', 'Selon', 'L’']),
  zh: new Set(),
};
