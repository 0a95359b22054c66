// Unwrapping hard-wrapped text: text-mode page dumps and e-mail broke paragraphs into lines of ~72 columns; a reader
// wants the paragraphs back, and wants headings, list items and unwrapped text left as they were.
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/corpus/normalize.ts';
import { unwrapLines } from '../../src/corpus/unwrap.ts';

function unwrap(...physicalLines: string[]) {
  return unwrapLines(splitLines(physicalLines.join('\n')));
}

function texts(...physicalLines: string[]): string[] {
  return unwrap(...physicalLines).lines.map((l) => l.text);
}

// A French paragraph as a text-mode browser dumps it: indented 3 spaces, wrapped before column 72.
const FRENCH_PARAGRAPH = [
  '   Le Vietnam et la Chine ont signé mardi à Hanoï un accord-cadre sur la',
  '   construction de la ligne ferroviaire à écartement standard reliant',
  '   Lao Cai, Hanoï et Haiphong, un projet de plus de 8 milliards de',
  "   dollars que les deux pays présentent comme le symbole d'une",
  '   « nouvelle étape » de leur coopération économique. Selon le ministère',
  '   vietnamien des Transports, les études de faisabilité doivent être',
  "   achevées avant la fin de l'année et les premiers travaux pourraient",
  '   débuter dès 2025, sous réserve du financement.',
];
const FRENCH_PARAGRAPH_TEXT =
  "Le Vietnam et la Chine ont signé mardi à Hanoï un accord-cadre sur la construction de la ligne ferroviaire à écartement standard reliant Lao Cai, Hanoï et Haiphong, un projet de plus de 8 milliards de dollars que les deux pays présentent comme le symbole d'une « nouvelle étape » de leur coopération économique. Selon le ministère vietnamien des Transports, les études de faisabilité doivent être achevées avant la fin de l'année et les premiers travaux pourraient débuter dès 2025, sous réserve du financement.";

const SECOND_PARAGRAPH = [
  '   Pékin, de son côté, a salué un projet « gagnant-gagnant » qui doit',
  '   raccourcir de moitié le temps de transport des marchandises entre le',
  '   Yunnan et les ports du nord du Vietnam. Les deux gouvernements se',
  '   sont engagés à créer un groupe de travail conjoint chargé du tracé,',
  '   des normes techniques et du partage des coûts.',
];
const SECOND_PARAGRAPH_TEXT =
  'Pékin, de son côté, a salué un projet « gagnant-gagnant » qui doit raccourcir de moitié le temps de transport des marchandises entre le Yunnan et les ports du nord du Vietnam. Les deux gouvernements se sont engagés à créer un groupe de travail conjoint chargé du tracé, des normes techniques et du partage des coûts.';

describe('a hard-wrapped page dump', () => {
  it('joins a French paragraph wrapped at 72 columns with 3-space indentation into one paragraph', () => {
    const out = unwrap(...FRENCH_PARAGRAPH);
    expect(out.wrapWidth).not.toBeNull();
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).toMatchObject({ text: FRENCH_PARAGRAPH_TEXT, line: 1, lastLine: 8, indent: 3, indentShift: 0, afterBlank: true });
  });

  it('keeps an opening « with the word after it when deciding that a line was wrapped', () => {
    // "« nouvelle" could not fit after "d'une" on the line above: the line break is the wrapper's, not the author's.
    expect(texts(...FRENCH_PARAGRAPH)[0]).toContain("symbole d'une « nouvelle étape »");
  });

  it('keeps two paragraphs separated by a blank line as two', () => {
    const out = unwrap(...FRENCH_PARAGRAPH, '', ...SECOND_PARAGRAPH);
    expect(out.lines.map((l) => l.text)).toEqual([FRENCH_PARAGRAPH_TEXT, SECOND_PARAGRAPH_TEXT]);
    expect(out.lines.map((l) => [l.line, l.lastLine, l.afterBlank])).toEqual([
      [1, 8, true],
      [10, 14, true],
    ]);
  });

  it('ends a paragraph at its short last line even when no blank line follows', () => {
    expect(texts(...FRENCH_PARAGRAPH, ...SECOND_PARAGRAPH)).toEqual([FRENCH_PARAGRAPH_TEXT, SECOND_PARAGRAPH_TEXT]);
  });

  it('does not join a line whose first word would have fitted on the line before (an image alt text above its caption)', () => {
    const caption = 'A freight train waits at Lao Cai station on the border with China.';
    expect(texts(...FRENCH_PARAGRAPH, '', `   ${caption}`, `   ${caption}`, '', ...SECOND_PARAGRAPH)).toEqual([
      FRENCH_PARAGRAPH_TEXT,
      caption,
      caption,
      SECOND_PARAGRAPH_TEXT,
    ]);
  });

  it('does not join a heading at column 0 to the indented paragraphs around it, and reports it as set apart', () => {
    const out = unwrap(...FRENCH_PARAGRAPH, '', 'Un financement encore incertain', '', ...SECOND_PARAGRAPH);
    expect(out.lines.map((l) => l.text)).toEqual([FRENCH_PARAGRAPH_TEXT, 'Un financement encore incertain', SECOND_PARAGRAPH_TEXT]);
    expect(out.lines.map((l) => l.indentShift)).toEqual([0, -3, 0]);
  });

  it('joins a headline wrapped over two lines at column 0, but not the indented dateline right under it', () => {
    const out = unwrap(
      'Rail : Hanoï et Pékin relancent le projet de ligne à écartement standard',
      'entre Lao Cai et Haiphong, un chantier de plus de 8 milliards de dollars',
      '   Publié le 12/03/2024 à 08h15',
      '',
      ...FRENCH_PARAGRAPH,
      '',
      ...SECOND_PARAGRAPH,
    );
    expect(out.lines.map((l) => l.text)).toEqual([
      'Rail : Hanoï et Pékin relancent le projet de ligne à écartement standard entre Lao Cai et Haiphong, un chantier de plus de 8 milliards de dollars',
      'Publié le 12/03/2024 à 08h15',
      FRENCH_PARAGRAPH_TEXT,
      SECOND_PARAGRAPH_TEXT,
    ]);
    expect(out.lines[0]!.indentShift).toBeLessThan(0);
    expect(out.lines[1]!.indentShift).toBe(0);
  });

  it('never lets a numbered list item continue the line before, even when that line is full', () => {
    const out = unwrap(
      ...FRENCH_PARAGRAPH,
      '',
      '   Les deux ministres ont adopté un plan en trois points, présenté à la',
      '   presse à l’issue de la réunion du comité mixte, mardi soir à Lao Cai',
      '   1. Accueil des premiers trains de fret sur la section Lao Cai–Hanoï',
      '   2. Harmonisation des normes techniques et des procédures douanières',
      '   3. Création d’un fonds commun pour financer les études de tracé',
    );
    expect(out.lines.map((l) => l.text)).toEqual([
      FRENCH_PARAGRAPH_TEXT,
      'Les deux ministres ont adopté un plan en trois points, présenté à la presse à l’issue de la réunion du comité mixte, mardi soir à Lao Cai',
      '1. Accueil des premiers trains de fret sur la section Lao Cai–Hanoï',
      '2. Harmonisation des normes techniques et des procédures douanières',
      '3. Création d’un fonds commun pour financer les études de tracé',
    ]);
  });

  it('keeps the items of a numbered breadcrumb apart', () => {
    expect(texts(...FRENCH_PARAGRAPH, '', '    1. Accueil', '    2. Monde', '    3. Asie-Pacifique', '', ...SECOND_PARAGRAPH)).toEqual([
      FRENCH_PARAGRAPH_TEXT,
      '1. Accueil',
      '2. Monde',
      '3. Asie-Pacifique',
      SECOND_PARAGRAPH_TEXT,
    ]);
  });

  it('never lets a bilingual translation line (• …) continue the line before, even when that line is full', () => {
    const out = texts(
      ...FRENCH_PARAGRAPH,
      '',
      '   Les deux ministres ont adopté un plan en trois points, présenté à la',
      '   presse à l’issue de la réunion du comité mixte, mardi soir à Lao Cai.',
      '   • The two ministers adopted a three-point plan on Tuesday in Lao Cai.',
    );
    expect(out).toEqual([
      FRENCH_PARAGRAPH_TEXT,
      'Les deux ministres ont adopté un plan en trois points, présenté à la presse à l’issue de la réunion du comité mixte, mardi soir à Lao Cai.',
      '• The two ministers adopted a three-point plan on Tuesday in Lao Cai.',
    ]);
  });

  it('joins Chinese wrapped lines without a space', () => {
    const out = unwrap(
      '   越南与中国周二在河内签署了关于老街—河内—海防标准轨铁路项目的合作框',
      '   架协议。根据协议，双方将在年底前完成可行性研究，并成立联合工作组，负',
      '   责线路走向、技术标准和费用分摊等问题。越南交通运输部表示，该项目总投',
      '   资预计超过八十亿美元，建成后货物从云南运抵越南北部港口的时间将缩短一',
      '   半。',
      '',
      '   中方表示，这一项目是两国共建“一带一路”倡议与“两廊一圈”框架对接的重要',
      '   成果，将进一步促进两国边境地区的经济发展和人员往来。',
    );
    expect(out.lines.map((l) => l.text)).toEqual([
      '越南与中国周二在河内签署了关于老街—河内—海防标准轨铁路项目的合作框架协议。根据协议，双方将在年底前完成可行性研究，并成立联合工作组，负责线路走向、技术标准和费用分摊等问题。越南交通运输部表示，该项目总投资预计超过八十亿美元，建成后货物从云南运抵越南北部港口的时间将缩短一半。',
      '中方表示，这一项目是两国共建“一带一路”倡议与“两廊一圈”框架对接的重要成果，将进一步促进两国边境地区的经济发展和人员往来。',
    ]);
  });

  it('joins Chinese wrapped lines without a space in a page whose other lines have spaces', () => {
    const out = texts(
      ...FRENCH_PARAGRAPH,
      '',
      '   越南与中国周二在河内签署了关于老街—河内—海防标准轨铁路项目的合作框',
      '   架协议。根据协议，双方将在年底前完成可行性研究，并成立联合工作组。',
    );
    expect(out).toEqual([
      FRENCH_PARAGRAPH_TEXT,
      '越南与中国周二在河内签署了关于老街—河内—海防标准轨铁路项目的合作框架协议。根据协议，双方将在年底前完成可行性研究，并成立联合工作组。',
    ]);
  });
});

describe('a hard-wrapped e-mail', () => {
  const MAIL = [
    'Bonjour à toutes et à tous, vous trouverez ci-dessous le compte rendu de',
    "la réunion du comité mixte de coopération ferroviaire qui s'est tenue",
    'hier à Lao Cai en présence des deux délégations, ainsi que le calendrier',
    'provisoire des prochaines étapes du projet.',
    '',
    'La partie chinoise a confirmé sa participation au financement des études',
    'de faisabilité et proposé que le groupe de travail conjoint se réunisse',
    'tous les trois mois, alternativement à Kunming et à Hanoï.',
    '',
    'Cordialement,',
    'Nguyen Van An',
  ];

  it('joins each paragraph, keeps the closing lines apart and reports no indentation shift', () => {
    const out = unwrap(...MAIL);
    expect(out.lines.map((l) => l.text)).toEqual([
      "Bonjour à toutes et à tous, vous trouverez ci-dessous le compte rendu de la réunion du comité mixte de coopération ferroviaire qui s'est tenue hier à Lao Cai en présence des deux délégations, ainsi que le calendrier provisoire des prochaines étapes du projet.",
      'La partie chinoise a confirmé sa participation au financement des études de faisabilité et proposé que le groupe de travail conjoint se réunisse tous les trois mois, alternativement à Kunming et à Hanoï.',
      'Cordialement,',
      'Nguyen Van An',
    ]);
    expect(out.lines.every((l) => l.indentShift === 0)).toBe(true);
  });
});

describe('text that was not hard-wrapped', () => {
  it('leaves long lines (one paragraph per line) alone, even with no blank line between them', () => {
    const paragraphs = [
      'Le Vietnam et la Chine ont signé mardi à Hanoï un accord-cadre sur la construction de la ligne ferroviaire à écartement standard reliant Lao Cai, Hanoï et Haiphong, un projet de plus de 8 milliards de dollars.',
      "Selon le ministère vietnamien des Transports, les études de faisabilité doivent être achevées avant la fin de l'année et les premiers travaux pourraient débuter dès 2025, sous réserve du financement.",
      'Pékin, de son côté, a salué un projet « gagnant-gagnant » qui doit raccourcir de moitié le temps de transport des marchandises entre le Yunnan et les ports du nord du Vietnam.',
      'Les deux gouvernements se sont engagés à créer un groupe de travail conjoint chargé du tracé, des normes techniques et du partage des coûts entre les deux pays.',
      'La ligne actuelle, construite au début du XXe siècle par l’administration coloniale française, utilise un écartement métrique incompatible avec le réseau chinois.',
      'Les marchandises doivent donc être transbordées à la frontière, ce qui allonge les délais et renchérit le transport, selon les opérateurs logistiques des deux pays.',
    ];
    const out = unwrap(...paragraphs);
    expect(out.wrapWidth).toBeNull();
    expect(out.lines.map((l) => l.text)).toEqual(paragraphs);
    expect(out.lines.every((l) => l.indentShift === 0)).toBe(true);
  });

  it('leaves a pasted article with a headline and short paragraphs as it was', () => {
    const lines = [
      'Hanoï et Pékin signent un accord ferroviaire',
      '12/03/2024',
      'Le Vietnam et la Chine ont signé mardi un accord-cadre sur la ligne Lao Cai–Hanoï–Haiphong.',
      'Le projet dépasse 8 milliards de dollars.',
      'Les travaux pourraient débuter dès 2025.',
    ];
    expect(texts(...lines)).toEqual(lines);
  });
});
