// Suggested people: names that recur after a title and are not in the people list, grouped by person, counted, with an example.
import { describe, expect, it } from 'vitest';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { parseArticle } from '../../src/corpus/parse-article.ts';
import { parsePeople } from '../../src/corpus/people-mentions.ts';
import { suggestPeople, suggestionArticle } from '../../src/corpus/suggest-people.ts';
import type { SuggestionArticle } from '../../src/corpus/suggest-people.ts';

const known = parsePeople(
  `people:
  - slug: xi-jinping
    names: { en: Xi Jinping }
    aliases: [Xi Jinping, Tập Cận Bình, 习近平]
  - slug: wang-yi
    names: { en: Wang Yi }
    aliases: [Wang Yi, Vương Nghị, 王毅]
  - slug: to-lam
    names: { en: To Lam }
    aliases: [Tô Lâm, 苏林]
`,
  'known.yaml',
);

/** Articles of one line each per text, numbered from line 1. */
function corpus(files: Record<string, string[]>): SuggestionArticle[] {
  return Object.entries(files).map(([file, lines]) => ({ file, texts: lines.map((text, i) => ({ text, line: i + 1 })) }));
}

/** name → [articles, mentions], the shape the expectations are easiest to read in. */
function counts(files: Record<string, string[]>): [string, number, number][] {
  return suggestPeople(corpus(files), known).map((p) => [p.name, p.articles, p.mentions]);
}

describe('suggested people', () => {
  it('groups the spellings of one person: diacritics, underscores, pinyin word order', () => {
    const suggestions = suggestPeople(
      corpus({
        'a.txt': ['Đại tướng Phan Văn Giang tiếp đoàn đại biểu quân đội Trung Quốc.'],
        'b.txt': ['Le ministre vietnamien de la Défense , Phan_Van_Giang , a reçu le ministre chinois de la Défense , Dong_Jun .'],
        'c.txt': ['Vietnamese Defence Minister Phan Van Giang met his Chinese counterpart, Defence Minister Dong Jun, in Beijing.'],
        'd.txt': ['Chinese Defense Minister Jun Dong told reporters the talks had been frank.'],
      }),
      known,
    );
    expect(suggestions.map((p) => [p.name, p.articles, p.mentions])).toEqual([
      ['Dong Jun', 3, 3],
      ['Phan Văn Giang', 3, 3],
    ]);
    expect(suggestions[0]?.spellings).toEqual([
      { text: 'Dong Jun', mentions: 1 },
      { text: 'Dong_Jun', mentions: 1 },
      { text: 'Jun Dong', mentions: 1 },
    ]);
    // The name to start an entry with is the spelling with its diacritics.
    expect(suggestions[1]?.spellings).toEqual([
      { text: 'Phan Van Giang', mentions: 1 },
      { text: 'Phan Văn Giang', mentions: 1 },
      { text: 'Phan_Van_Giang', mentions: 1 },
    ]);
  });

  it('orders by articles, then name; a name met once is not suggested', () => {
    expect(
      counts({
        'a.txt': ['Prime Minister Anthony Albanese said the talks went well.', 'Later, Prime Minister Anthony Albanese flew home.'],
        'b.txt': ['President Ferdinand Marcos Jr. met the delegation.'],
        'c.txt': [
          'Manila (AFP) - President Ferdinand Marcos Jnr said on Friday the boats would stay.',
          'Foreign Minister Penny Wong also spoke.',
        ],
      }),
    ).toEqual([
      ['Ferdinand Marcos', 2, 2],
      ['Anthony Albanese', 1, 2],
    ]);
  });

  it('gives the earliest file and line as the example, whatever the order of the articles', () => {
    const [first] = suggestPeople(
      corpus({
        'b.txt': ['Deputy Prime Minister Tran Hong Ha opened the fair.'],
        'a.txt': ['A first line with no title.', 'On Monday Deputy Prime Minister Tran Hong Ha visited the port.'],
      }),
      known,
    );
    expect(first?.example).toEqual({ file: 'a.txt', line: 2, text: 'On Monday Deputy Prime Minister Tran Hong Ha visited the port.' });
  });

  it('leaves out people the list has, in any of their spellings', () => {
    const line = [
      'President Xi Jinping met General Secretary To Lam.',
      'Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng Bí thư Tô Lâm; Bộ trưởng Ngoại giao Trung Quốc Vương Nghị cũng dự.',
      'Le président chinois Xi_Jinping et le ministre des Affaires étrangères Wang Yi.',
      '国家主席习近平会见苏林，外长王毅表示欢迎。',
    ];
    expect(counts({ 'a.txt': line, 'b.txt': line })).toEqual([]);
  });

  it('ignores titles that a name does not follow', () => {
    const lines = [
      'The Prime Minister said on Monday that talks would continue.',
      'President Biden spoke to President Marcos by telephone.',
      'The Minister of Foreign Affairs, who was in Hanoi, declined to comment.',
      'Arsenal lead the Premier League after beating Manchester City.',
      'Chủ tịch nước khẳng định Việt Nam coi trọng quan hệ hữu nghị.',
      'Đại sứ quán Việt Nam tại Trung Quốc tổ chức lễ kỷ niệm.',
      'Tổng Bí thư, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng.',
      '主席团成员出席了部长级会议，大使馆发言人表示欢迎。',
      'Le président a dit John Smith ; le ministre de la Défense a rencontré Jean Dupont.',
      'He thanked the President. Hanoi Tower was lit in red.',
    ];
    expect(counts({ 'a.txt': lines, 'b.txt': lines })).toEqual([]);
  });

  it('never takes a company named after a title word for a person', () => {
    const got = counts({
      'a.txt': ['Workers at General Motors Co voted on Monday. President Joe Biden welcomed the deal.'],
      'b.txt': ['General Motors Co said it would raise pay. President Joe Biden spoke in Detroit.'],
    });
    expect(got.map(([name]) => name)).toEqual(['Joe Biden']);
  });

  it('reads a Vietnamese name from its family name on: the province, country or body before it is not the name', () => {
    const lines = [
      'Chủ tịch tỉnh Phúc Kiến Vu Vĩ Quốc dẫn đầu đoàn doanh nghiệp.',
      'Phó Thủ tướng Trung Quốc Uông Dương đón đoàn.',
      'Thủ tướng Quốc vụ viện TQ Lý Khắc Cường phát biểu.',
    ];
    expect(counts({ 'a.txt': lines, 'b.txt': lines })).toEqual([
      ['Lý Khắc Cường', 2, 2],
      ['Uông Dương', 2, 2],
      ['Vu Vĩ Quốc', 2, 2],
    ]);
  });

  it('reads 2–3 Han characters from a family name after a Chinese title', () => {
    expect(
      counts({
        'a.txt': ['国防部长董军表示，双方将加强合作。', '外交部发言人毛宁说，中方欢迎越方代表团。'],
        'b.txt': ['部长董军会见越南客人。', '发言人毛宁在记者会上回答提问。'],
      }),
    ).toEqual([
      ['毛宁', 2, 2],
      ['董军', 2, 2],
    ]);
  });
});

describe('the texts an article gives the suggestions', () => {
  it('its title and every paragraph, each with its line', () => {
    const input =
      'Vietnam and Laos sign rail deal\n\nApril 14, 2025\n\nPrime Minister Sonexay Siphandone arrived in Hanoi on Monday.\n\nHe met officials.\n';
    const parsed = parseArticle('input.txt', new TextEncoder().encode(input), createCorpusContext());
    if (!parsed.ok) throw new Error('the input should parse');
    expect(suggestionArticle(parsed.article)).toEqual({
      file: 'input.txt',
      texts: [
        { text: 'Vietnam and Laos sign rail deal', line: 1 },
        { text: 'Prime Minister Sonexay Siphandone arrived in Hanoi on Monday.', line: 5 },
        { text: 'He met officials.', line: 7 },
      ],
    });
  });
});
