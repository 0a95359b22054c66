// Titles of the test corpus, written from reading the seed and fixture files (not copied from any output).

export const TITLES = {
  /** seeds/000: bilingual en/vi; the Vietnamese translation says "Biển Đông", "Tô Lâm", "Tập Cận Bình". */
  seed000: 'Party chief To Lam wants science, technology to be new highlight in Vietnam-China cooperation',
  /** seeds/001: English, says "To Lam" and "Xi Jinping", never an accented form. */
  seed001: 'China attaches great importance to its relationship with Vietnam.',
  /** seeds/002: French headline, mixed body; says "Tô Lâm", "Su Lin", "Tập Cận Bình", "Xi Jinping". */
  seed002: "Le secrétaire général Tô Lâm s'entretient par téléphone avec le secrétaire général et président chinois Xi Jinping",
  /** seeds/003: Vietnamese, no headline (title = first sentence, clipped); says "Tập Cận Bình", never "Xi Jinping". */
  seed003Start: 'Tại cuộc hội đàm với Ngoại trưởng Trung Quốc Vương Nghị',
  /** seeds/004: English lead, no headline; says "To Lam" once. */
  seed004Start: 'Ahead of Chinese President and General Secretary Xi Jinping',
  french: "La coopération ferroviaire entre le Vietnam et la Chine s'accélère",
  chinese: '中越成立铁路合作委员会',
  tomLamb: 'Tom Lamb opens a tea house in Lang Son',
  railwayCooperation: 'Railway cooperation',
  railwayCommittee: 'Railway cooperation committee holds its first meeting in Hanoi',
  /** Stored in NFD in the fixture file. */
  nfdDongDang: 'Tô Lâm thăm ga Đồng Đăng',
  borderGate: 'Lang Son border gate reopens after upgrade',
} as const;

export function indexOfTitle(list: readonly string[], start: string): number {
  return list.findIndex((t) => t.startsWith(start));
}
