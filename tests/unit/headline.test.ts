// The headline: chosen by its shape and place among the first lines; without one, taken from a file name that reads like
// a headline, or cut from the lead so that a reader never sees half a name or half a number.
import { describe, expect, it } from 'vitest';
import {
  chooseHeadline,
  MIN_HEADLINE_SCORE,
  MIN_HEADLINE_SCORE_OVER_FILE_NAME,
  titleFromFileName,
  titleFromLead,
  type HeadlineCandidate,
} from '../../src/corpus/headline.ts';

function line(text: string, more: Partial<HeadlineCandidate> = {}): HeadlineCandidate {
  return {
    text,
    headingLevel: null,
    indentShift: 0,
    excluded: false,
    chrome: false,
    dateline: false,
    byline: false,
    startsText: false,
    ...more,
  };
}
const dateline = (text: string): HeadlineCandidate => line(text, { excluded: true, dateline: true });
const byline = (text: string): HeadlineCandidate => line(text, { excluded: true, byline: true });
const chrome = (text: string): HeadlineCandidate => line(text, { excluded: true, chrome: true });

const LEAD =
  'Le Vietnam et la Chine ont signé mardi à Hanoï un accord-cadre sur la construction de la ligne ferroviaire à écartement standard reliant Lao Cai, Hanoï et Haiphong.';
const SECOND =
  "Selon le ministère vietnamien des Transports, les études de faisabilité doivent être achevées avant la fin de l'année et les premiers travaux pourraient débuter dès 2025.";
const THIRD =
  'Pékin a salué un projet « gagnant-gagnant » qui doit raccourcir de moitié le temps de transport des marchandises entre le Yunnan et les ports du nord du Vietnam.';

/** The chosen line's text, or null. */
function chosen(
  lines: HeadlineCandidate[],
  lastIndex = lines.findIndex((l) => l.startsText),
  minScore = MIN_HEADLINE_SCORE,
): string | null {
  const best = chooseHeadline(lines, lastIndex < 0 ? lines.length - 1 : lastIndex, minScore);
  return best ? lines[best.index]!.text : null;
}

describe('chooseHeadline', () => {
  it('takes the first line of a plain pasted article, above its dateline and its paragraphs', () => {
    const lines = [
      line('Hanoï et Pékin relancent le projet de ligne ferroviaire Lao Cai–Haiphong'),
      dateline('12/03/2024'),
      line(LEAD, { startsText: true }),
      line(SECOND),
      line(THIRD),
    ];
    expect(chosen(lines)).toBe('Hanoï et Pékin relancent le projet de ligne ferroviaire Lao Cai–Haiphong');
  });

  it('takes a Markdown `#` heading', () => {
    const lines = [line('Vietnam and China sign rail deal', { headingLevel: 1 }), line(LEAD, { startsText: true }), line(SECOND)];
    expect(chosen(lines)).toBe('Vietnam and China sign rail deal');
  });

  it('takes the headline of a page dump, set apart from the indented body, over the menu items above it', () => {
    const lines = [
      line('Rubriques', { indentShift: 1 }),
      line('Monde', { indentShift: 1 }),
      line('Économie', { indentShift: 1 }),
      line('Mon compte', { indentShift: 1 }),
      chrome('Accueil / Monde / Asie-Pacifique'),
      line('Rail : Hanoï et Pékin relancent le projet de ligne à écartement standard', { indentShift: -3 }),
      dateline('Publié le 12/03/2024 à 08h15'),
      byline('Par Claire Martin avec AFP'),
      line(LEAD, { startsText: true }),
      line(SECOND),
      line(THIRD),
    ];
    expect(chosen(lines)).toBe('Rail : Hanoï et Pékin relancent le projet de ligne à écartement standard');
  });

  it('never takes a one-word menu item or a numbered list item', () => {
    const lines = [
      line('Rubriques'),
      line('1. Accueil'),
      line('2. Monde'),
      line('3. Asie-Pacifique'),
      dateline('12/03/2024'),
      line(LEAD, { startsText: true }),
      line(SECOND),
    ];
    const best = chooseHeadline(lines, 5, MIN_HEADLINE_SCORE);
    expect(best === null || best.index === 5).toBe(true);
    expect(chosen(lines) ?? '').not.toMatch(/^(?:Rubriques|\d\. )/u);
  });

  it('never takes page chrome, a dateline or a byline', () => {
    const lines = [
      chrome('Accueil / Monde / Asie-Pacifique'),
      dateline('Publié le 12/03/2024 à 08h15'),
      byline('Par Claire Martin avec AFP'),
      line(LEAD, { startsText: true }),
      line(SECOND),
    ];
    const best = chooseHeadline(lines, 3, MIN_HEADLINE_SCORE);
    expect(best === null || best.index >= 3).toBe(true);
  });

  it('does not take a subheading that follows running text for the headline', () => {
    const lines = [
      line('Hanoï et Pékin relancent le projet de ligne ferroviaire Lao Cai–Haiphong'),
      line(LEAD, { startsText: true }),
      line(SECOND),
      line('Un financement encore incertain'),
      line(THIRD),
    ];
    expect(chosen(lines, lines.length - 1)).toBe('Hanoï et Pékin relancent le projet de ligne ferroviaire Lao Cai–Haiphong');
  });

  it('does not take a label that ends with a colon over the headline', () => {
    const lines = [
      line('À lire également :'),
      line('Hanoï et Pékin relancent le projet ferroviaire Lao Cai–Haiphong'),
      dateline('12/03/2024'),
      line(LEAD, { startsText: true }),
      line(SECOND),
    ];
    expect(chosen(lines)).toBe('Hanoï et Pékin relancent le projet ferroviaire Lao Cai–Haiphong');
  });

  it('does not take the lead paragraph of a text that has no headline', () => {
    const lead =
      'Le Vietnam et la Chine ont signé mardi à Hanoï un accord-cadre sur la ligne ferroviaire reliant Lao Cai, Hanoï et Haiphong, un projet de plus de 8 milliards de dollars.';
    const lines = [line(lead, { startsText: true }), line(SECOND), line(THIRD)];
    expect(chosen(lines, 0)).toBeNull();
  });

  it('keeps a real headline when the file name also offers one', () => {
    const lines = [
      line('Hanoï et Pékin relancent le projet de ligne ferroviaire Lao Cai–Haiphong'),
      line(LEAD, { startsText: true }),
      line(SECOND),
      line(THIRD),
    ];
    expect(chosen(lines, 1, MIN_HEADLINE_SCORE_OVER_FILE_NAME)).toBe(
      'Hanoï et Pékin relancent le projet de ligne ferroviaire Lao Cai–Haiphong',
    );
  });

  it('prefers the file name to a long lead line when the file name offers a headline', () => {
    const lead =
      '新华社讯 北京时间3月5日消息，越南与中国周二在河内签署了关于老街—河内—海防标准轨铁路项目的合作框架协议，双方将在年底前完成可行性研究。';
    const lines = [
      line(lead, { startsText: true }),
      line('越南交通运输部表示，该项目总投资预计超过八十亿美元，建成后货物运输时间将缩短一半。'),
      line('中方表示，这一项目将进一步促进两国边境地区的经济发展和人员往来。'),
    ];
    expect(chosen(lines, 0, MIN_HEADLINE_SCORE_OVER_FILE_NAME)).toBeNull();
  });

  it('explains its choice', () => {
    const best = chooseHeadline([line('Vietnam and China sign rail deal', { headingLevel: 1 }), line(LEAD, { startsText: true })], 1);
    expect(best?.index).toBe(0);
    expect(best?.reasons.length).toBeGreaterThan(0);
  });
});

describe('titleFromFileName', () => {
  it('gives the part after the corpus code: zh_02_越南：2020年50%的社交用户使用本土社交网络.txt', () => {
    expect(titleFromFileName('zh_02_越南：2020年50%的社交用户使用本土社交网络.txt')).toBe('越南：2020年50%的社交用户使用本土社交网络');
  });

  it('reads the file name of a path', () => {
    expect(titleFromFileName('corpus/zh/zh_07_越南与中国签署跨境铁路合作协议.txt')).toBe('越南与中国签署跨境铁路合作协议');
  });

  it('gives null for a number and a hash: 000_08c7fae4138fbc52.txt', () => {
    expect(titleFromFileName('000_08c7fae4138fbc52.txt')).toBeNull();
  });

  it('gives null for names that are codes, dates or numbers', () => {
    for (const name of [
      '08c7fae4138fbc52.txt',
      '2024-03-12.txt',
      'IMG_2024_0312.txt',
      'en_bbc_business_077.txt',
      'article (3).txt',
      'vi_015.txt',
    ]) {
      expect(titleFromFileName(name), name).toBeNull();
    }
  });

  it('reads a slug-like name with spaces', () => {
    expect(titleFromFileName('vietnam-china-railway-agreement-signed.txt')).toBe('vietnam china railway agreement signed');
  });

  it('keeps a file name that is a headline whole, even when it opens with a short word', () => {
    expect(titleFromFileName('Le Vietnam et la Chine signent un accord ferroviaire.txt')).toBe(
      'Le Vietnam et la Chine signent un accord ferroviaire',
    );
    expect(titleFromFileName('Xi Jinping reçoit To Lam à Pékin.txt')).toBe('Xi Jinping reçoit To Lam à Pékin');
  });
});

describe('titleFromLead', () => {
  it('gives the first sentence when it is short', () => {
    expect(titleFromLead('Le Vietnam et la Chine ont signé mardi un accord ferroviaire. Le projet dépasse 8 milliards de dollars.')).toBe(
      'Le Vietnam et la Chine ont signé mardi un accord ferroviaire.',
    );
  });

  it('ends Chinese sentences at 。！？；', () => {
    expect(titleFromLead('越南与中国签署跨境铁路合作协议。双方将于年底前完成可行性研究。')).toBe('越南与中国签署跨境铁路合作协议。');
    expect(titleFromLead('中越铁路合作迈出关键一步！双方将于年底前完成可行性研究。')).toBe('中越铁路合作迈出关键一步！');
    expect(titleFromLead('老街至河内段何时开工？越南交通运输部尚未公布时间表。')).toBe('老街至河内段何时开工？');
    expect(titleFromLead('越南与中国签署跨境铁路合作协议；双方将于年底前完成可行性研究。')).toBe('越南与中国签署跨境铁路合作协议；');
  });

  it('does not end a sentence at a decimal point', () => {
    expect(titleFromLead('Les échanges ont atteint 3.5 milliards de dollars en mars. Hanoï s’en félicite.')).toBe(
      'Les échanges ont atteint 3.5 milliards de dollars en mars.',
    );
  });

  it('cuts a long sentence at a clause, with an ellipsis', () => {
    const lead =
      "Réunis mardi à Hanoï pour la quinzième session du comité de coopération, les deux gouvernements ont adopté un plan d'action sur cinq ans qui prévoit notamment la construction de trois lignes ferroviaires transfrontalières et l'ouverture de deux nouveaux postes-frontières.";
    expect(titleFromLead(lead)).toBe('Réunis mardi à Hanoï pour la quinzième session du comité de coopération…');
  });

  /**
   * Check a cut title against its lead: the lead's opening words and an ellipsis, cut between words that do not belong
   * together (two capitalised words of a name, or two digit groups of a number).
   */
  function expectCleanCut(lead: string): void {
    const title = titleFromLead(lead);
    expect(title.endsWith('…'), title).toBe(true);
    const head = title.slice(0, -1);
    expect(lead.startsWith(head), title).toBe(true);
    const rest = lead.slice(head.length);
    expect(rest, `cut inside a word: ${title}`).toMatch(/^\s/u);
    const last = head.split(' ').at(-1)!;
    const next = rest.trim().split(' ')[0]!;
    expect(/^\p{Lu}/u.test(last) && /^\p{Lu}/u.test(next), `cut inside a name: ${title} | ${next}`).toBe(false);
    expect(/\d$/u.test(last) && /^\d/u.test(next), `cut inside a number: ${title} | ${next}`).toBe(false);
  }

  /** The lead, and the lead without its first 1…n words: the same names and numbers fall at every distance from the cut. */
  function shifted(lead: string, n: number): string[] {
    const words = lead.split(' ');
    return Array.from({ length: n + 1 }, (_, i) => words.slice(i).join(' '));
  }

  it('never cuts inside a capitalised name', () => {
    const lead =
      'Le ministre vietnamien des Affaires étrangères Bui Thanh Son a reçu mardi à Hanoï le vice-Premier ministre chinois Ding Xuexiang et le président du groupe public China Railway Construction Corporation Wang Jianping pour discuter du financement de la ligne Lao Cai Hanoï Haiphong.';
    for (const variant of shifted(lead, 14)) expectCleanCut(variant);
  });

  it('never cuts inside a number written with a space', () => {
    const lead =
      "Le gouvernement vietnamien estime que la modernisation de ses lignes ferroviaires vers la Chine coûterait 8 500 milliards de dongs et que le trafic de fret atteindrait 12 000 000 tonnes par an d'ici à 2035 sur les 390 kilomètres de la future ligne.";
    for (const variant of shifted(lead, 14)) expectCleanCut(variant);
  });

  it('does not end the sentence at the abbreviation M. before a name', () => {
    const lead =
      'Le Premier ministre, M. Pham Minh Chinh, a reçu mardi à Hanoï le chef de la diplomatie chinoise, M. Wang Yi. La rencontre a duré deux heures.';
    expect(titleFromLead(lead)).toBe(
      'Le Premier ministre, M. Pham Minh Chinh, a reçu mardi à Hanoï le chef de la diplomatie chinoise, M. Wang Yi.',
    );
  });

  it('gives a title much shorter than a long one-sentence lead', () => {
    const lead =
      'Le Vietnam et la Chine ont signé mardi à Hanoï un accord-cadre sur la construction de la ligne ferroviaire à écartement standard reliant Lao Cai à Haiphong en passant par la capitale vietnamienne et plusieurs provinces du nord où vivent de nombreuses minorités ethniques.';
    expectCleanCut(lead);
    expect(titleFromLead(lead).length).toBeLessThan(lead.length * 0.6);
  });
});
