// What the article-fixtures runner's keys cannot say about three fixtures of recovered structure: the body's own text
// (paragraphs joined whole, no page furniture, no Markdown marks) and the warning a title from a file name carries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { parseArticle } from '../../src/corpus/parse-article.ts';
import type { Article } from '../../src/corpus/types.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const ctx = createCorpusContext();

function parseFixture(name: string): Article {
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { fileName?: string };
  const parsed = parseArticle(expected.fileName ?? 'input.txt', readFileSync(join(FIXTURES, name, 'input.txt')), ctx);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.article;
}

function bodyTexts(a: Article): string[] {
  return a.body.map((b) => (b.kind === 'figure' ? (b.caption ?? '') : b.text));
}

describe('page-dump-french-wrapped', () => {
  const a = parseFixture('page-dump-french-wrapped');

  it('shows each hard-wrapped paragraph whole', () => {
    expect(a.body.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'Le Vietnam et la Chine ont relancé mardi à Hanoï le projet de ligne ferroviaire à écartement standard qui doit relier la province frontalière de Lao Cai au port de Haiphong, en passant par la capitale vietnamienne. Les deux gouvernements ont signé un protocole fixant un calendrier commun pour les études techniques, a annoncé le ministère vietnamien des Transports.',
      "Longue d'environ 390 kilomètres, la future ligne doit remplacer la voie métrique construite au début du XXe siècle sous l'administration coloniale française. Son écartement, différent de celui du réseau chinois, oblige aujourd'hui à transborder les marchandises à la frontière, ce qui allonge les délais de plusieurs jours.",
      "« Ce projet marque une nouvelle étape dans la connectivité entre nos deux pays », a déclaré le vice-ministre chinois des Affaires étrangères lors de la cérémonie, selon l'agence officielle Chine nouvelle. Hanoï espère voir les premiers trains de fret circuler avant la fin de la décennie.",
      "Le coût du chantier, estimé à plus de 8 milliards de dollars, reste la principale inconnue. Hanoï n'a pas précisé quelle part serait financée par des prêts chinois, un sujet sensible dans l'opinion vietnamienne depuis les retards et les surcoûts de la ligne de métro Cat Linh–Ha Dong, construite par un groupe chinois.",
      'Selon des diplomates en poste à Hanoï, le Vietnam cherche à diversifier ses sources de financement et pourrait solliciter la Banque asiatique de développement. Les deux parties doivent se retrouver en juin à Kunming pour arrêter le tracé définitif.',
    ]);
  });

  it('shows no menu, breadcrumb, byline, related card, footer or form line in the body', () => {
    const furniture = [
      '#alternate',
      'Aller au contenu',
      'Le Quotidien',
      'Rubriques',
      'Se connecter',
      'Accueil',
      'Asie-Pacifique',
      'Publié le',
      'Par Claire Martin',
      'Lire aussi',
      'diplomatie du bambou',
      'Voir les commentaires',
      'Partager',
      'newsletter',
      'Chaque vendredi',
      'adresse e-mail',
      '____',
      "S'inscrire",
      'Mentions légales',
      'Plan du site',
    ];
    const body = bodyTexts(a);
    for (const words of furniture)
      expect(
        body.filter((t) => t.includes(words)),
        words,
      ).toEqual([]);
  });
});

describe('markdown-news', () => {
  const a = parseFixture('markdown-news');

  it('shows no Markdown marks in the title or any paragraph', () => {
    expect(a.title.startsWith('#')).toBe(false);
    for (const text of [a.title, ...bodyTexts(a)]) {
      for (const mark of ['**', '[', '](', '`', '__']) expect(text.includes(mark), `${mark} in "${text}"`).toBe(false);
      expect(text, 'a rule').not.toMatch(/^-{3,}$/u);
    }
  });

  it('keeps the words the marks stood for', () => {
    const body = bodyTexts(a).join('\n');
    for (const words of [
      'Hanoi, Vietnam — Vietnam and China',
      'according to a statement from',
      'for the Lao Cai–Hanoi–Haiphong line',
      'narrower metre-gauge track',
      'ports by half.',
      'estimated $8 billion cost',
      'on the Cat Linh–Ha Dong metro line in Hanoi',
    ]) {
      expect(body).toContain(words);
    }
  });
});

describe('chinese-headline-in-file-name', () => {
  const a = parseFixture('chinese-headline-in-file-name');

  it('warns that the title came from the file name, and that the date has no year', () => {
    const codes = a.warnings.map((w) => w.code);
    expect(codes).toContain('headline-from-file-name');
    expect(codes).toContain('partial-date');
  });

  it('keeps the lead, which is no headline, as the first paragraph (its agency opening, 新华社讯, read as the source)', () => {
    const first = a.body.find((b) => b.kind === 'paragraph');
    expect(first?.kind === 'paragraph' ? first.text : '').toBe(
      '北京时间3月5日消息，越南与中国当天在河内签署跨境铁路合作协议，双方同意加快推进老街—河内—海防标准轨铁路项目的前期工作，并在今年年底前完成可行性研究，越南交通运输部和中国国家铁路局的负责人出席了签字仪式。',
    );
  });
});
