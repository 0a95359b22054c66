import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileTopicMatcher, loadTaxonomy, parseTaxonomy } from '../../src/corpus/topics.ts';
import type { TopicRef } from '../../src/corpus/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = (name: string): string => readFileSync(`${root}seeds/${name}`, 'utf8');
const taxonomy = loadTaxonomy(`${root}src/data/topics.yaml`);
const match = compileTopicMatcher(taxonomy);

const slugs = (refs: TopicRef[]): string[] => refs.map((r) => r.slug);
const ref = (refs: TopicRef[], slug: string): TopicRef => {
  const r = refs.find((x) => x.slug === slug);
  if (!r) throw new Error(`topic ${slug} not found; got ${slugs(refs).join(', ')}`);
  return r;
};
/** Every evidence string must be text that is really in the article. */
const expectEvidenceInText = (refs: TopicRef[], text: string): void => {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ');
  for (const r of refs) {
    expect(r.evidence.length).toBeGreaterThan(0);
    expect(r.evidence.length).toBeLessThanOrEqual(5);
    for (const e of r.evidence) expect(flat).toContain(e);
  }
};

describe('the real taxonomy file', () => {
  it('parses and has the required topics with English names', () => {
    const got = taxonomy.topics.map((t) => t.slug).sort();
    expect(got).toEqual([
      'culture-exchange',
      'defence-security',
      'education-youth',
      'environment',
      'party-congress',
      'party-state-diplomacy',
      'railways-transport',
      'science-technology',
      'south-china-sea',
      'trade-investment',
    ]);
    for (const t of taxonomy.topics) {
      expect(t.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(t.names.en).toBeTruthy();
      expect(t.names.vi).toBeTruthy();
      expect(t.names.fr).toBeTruthy();
      expect(t.names.zh).toBeTruthy();
    }
    expect(taxonomy.topics.find((t) => t.slug === 'south-china-sea')?.keywords.vi).toContain('Biển Đông');
  });
});

describe('topics of the seed articles', () => {
  it('000: To Lam–Xi talks (English with Vietnamese translation lines)', () => {
    const text = seed('000_08c7fae4138fbc52.txt');
    const refs = match(text);
    expect(slugs(refs)).toEqual([
      'defence-security',
      'education-youth',
      'environment',
      'party-state-diplomacy',
      'railways-transport',
      'science-technology',
      'south-china-sea',
      'trade-investment',
    ]);
    expect(ref(refs, 'railways-transport').evidence).toEqual(
      expect.arrayContaining(['railway cooperation', 'hợp tác đường sắt', 'Lao Cai-Hanoi-Hai Phong']),
    );
    // More than 5 strong phrases: the first five strong ones win over weak words ("khoa học").
    expect(ref(refs, 'science-technology').evidence).toEqual([
      'science, technology',
      'digital transformation',
      'science and technology',
      'chuyển đổi số',
      'khoa học công nghệ',
    ]);
    expect(ref(refs, 'south-china-sea').evidence).toEqual([
      'Declaration on the Conduct of Parties',
      'South China Sea',
      'Law of the Sea',
      'Tuyên bố về Ứng xử của các Bên',
      'Bộ Quy tắc Ứng xử',
    ]);
    expect(ref(refs, 'environment').evidence).toEqual(['air pollution', 'ô nhiễm không khí']);
    expect(ref(refs, 'education-youth').evidence).toEqual(['education', 'young generations', 'giáo dục', 'thế hệ trẻ']);
    expect(ref(refs, 'trade-investment').evidence).toContain('balanced trade');
    expect(ref(refs, 'defence-security').evidence).toEqual(expect.arrayContaining(['public security', 'defense and security']));
    expect(ref(refs, 'party-state-diplomacy').evidence).toEqual([
      'Cộng đồng Chia sẻ Tương lai',
      'foreign policy',
      'chính sách đối ngoại',
      'high-level exchanges',
      'trao đổi cấp cao',
    ]);
    expect(ref(refs, 'environment').name).toBe('Environment');
    expectEvidenceInText(refs, text);
  });

  it('001: the same talks, English only', () => {
    const text = seed('001_fbf9af1224aa518f.txt');
    const refs = match(text);
    expect(slugs(refs)).toEqual([
      'culture-exchange',
      'defence-security',
      'education-youth',
      'environment',
      'party-state-diplomacy',
      'railways-transport',
      'science-technology',
      'south-china-sea',
      'trade-investment',
    ]);
    // Only the acronyms and the UN convention say "South China Sea" here.
    expect(ref(refs, 'south-china-sea').evidence).toEqual(['DOC', 'COC', 'Law of the Sea']);
    expect(ref(refs, 'railways-transport').evidence).toEqual(
      expect.arrayContaining(['Railway Cooperation', 'Lao Cai - Hanoi - Hai Phong']),
    );
    expect(ref(refs, 'culture-exchange').evidence).toEqual(
      expect.arrayContaining(['Humanitarian Exchange', 'cultural exchanges', 'tourists']),
    );
    expect(ref(refs, 'environment').evidence).toEqual(['air pollution']);
    expect(ref(refs, 'education-youth').evidence).toEqual(expect.arrayContaining(['young generation', 'Red Journey']));
    expectEvidenceInText(refs, text);
  });

  it('002: phone call, French/Vietnamese/English mixed', () => {
    const text = seed('002_23d13732dbed37de.txt');
    const refs = match(text);
    expect(slugs(refs)).toEqual([
      'defence-security',
      'education-youth',
      'party-congress',
      'party-state-diplomacy',
      'railways-transport',
      'science-technology',
      'trade-investment',
    ]);
    expect(ref(refs, 'defence-security').evidence).toEqual(['quốc phòng', 'công an', 'defense', 'police']);
    expect(ref(refs, 'education-youth').evidence).toEqual(['youth exchange']);
    expect(ref(refs, 'party-congress').evidence).toEqual(
      expect.arrayContaining(['Đại hội XIV', 'National Congress', '14th Congress']),
    );
    expect(ref(refs, 'party-state-diplomacy').evidence).toContain('par téléphone');
    expect(ref(refs, 'railways-transport').evidence).toEqual(expect.arrayContaining(['hợp tác đường sắt', 'railway cooperation']));
    expect(ref(refs, 'science-technology').evidence).toEqual(expect.arrayContaining(['chuyển giao công nghệ', 'khoa học công nghệ']));
    expectEvidenceInText(refs, text);
  });

  it('003: foreign ministers’ talks, Vietnamese only', () => {
    const text = seed('003_6ab2f0264e82a350.txt');
    const refs = match(text);
    // "quốc phòng, an ninh" appears once, about Vietnam's own priorities: not enough for defence.
    expect(slugs(refs)).toEqual([
      'party-congress',
      'party-state-diplomacy',
      'railways-transport',
      'science-technology',
      'trade-investment',
    ]);
    expect(ref(refs, 'railways-transport').evidence).toEqual(['kết nối giao thông', 'tuyến đường sắt']);
    expect(ref(refs, 'science-technology').evidence).toEqual(
      expect.arrayContaining(['khoa học - công nghệ', 'đổi mới sáng tạo']),
    );
    expect(ref(refs, 'party-congress').evidence).toEqual(
      expect.arrayContaining(['Đại hội đại biểu toàn quốc', 'Đại hội XIV', 'tái đắc cử']),
    );
    // Two strong phrases, then the first weak words to fill up to five, in text order.
    expect(ref(refs, 'trade-investment').evidence).toEqual(['đầu tư', 'hợp tác kinh tế', 'thương mại', 'nhập khẩu', 'kim ngạch thương mại']);
    expect(ref(refs, 'party-state-diplomacy').evidence).toContain('đặc phái viên');
    expectEvidenceInText(refs, text);
  });

  it('004: science cooperation and the people-to-people exchange year', () => {
    const text = seed('004_3e13e795d483cb92.txt');
    const refs = match(text);
    expect(slugs(refs)).toEqual([
      'culture-exchange',
      'education-youth',
      'party-state-diplomacy',
      'science-technology',
      'trade-investment',
    ]);
    expect(ref(refs, 'culture-exchange').evidence).toContain('People-to-People Exchange');
    expect(ref(refs, 'education-youth').evidence).toEqual(['education', 'younger generations']);
    expect(ref(refs, 'party-state-diplomacy').evidence).toContain('diplomatic relations');
    expect(ref(refs, 'science-technology').evidence[0]).toBe('science and technology');
    expectEvidenceInText(refs, text);
  });
});

describe('matching rules', () => {
  it('tags a Vietnamese-only text', () => {
    const refs = match('Hai nước nhất trí đẩy mạnh hợp tác đường sắt và khoa học công nghệ, xử lý ô nhiễm không khí tại Hà Nội.');
    expect(slugs(refs)).toEqual(['environment', 'railways-transport', 'science-technology']);
    expect(ref(refs, 'railways-transport').evidence).toEqual(['hợp tác đường sắt']);
  });

  it('tags a Chinese text by substring', () => {
    const text = '应越共中央总书记苏林邀请，习近平对越南进行国事访问。双方同意加强铁路合作和科技合作，早日达成“南海行为准则”，并加强青年交流。';
    const refs = match(text);
    expect(slugs(refs)).toEqual([
      'education-youth',
      'party-state-diplomacy',
      'railways-transport',
      'science-technology',
      'south-china-sea',
    ]);
    expect(ref(refs, 'railways-transport').evidence).toEqual(['铁路合作']);
    expect(ref(refs, 'science-technology').evidence).toEqual(['科技合作']);
    expect(ref(refs, 'south-china-sea').evidence).toEqual(['南海行为准则']);
  });

  it('does not tag a cooking article', () => {
    const text =
      'To make pho, simmer beef bones with star anise and cinnamon for six hours. Save the recipe doc, ' +
      'then add fish sauce, rice noodles and fresh herbs. Serve hot with lime and chili; the coc au vin can wait.';
    expect(match(text)).toEqual([]);
  });

  it('one weak keyword is not enough, two are', () => {
    expect(match('The two sides discussed trade.')).toEqual([]);
    expect(slugs(match('The two sides discussed trade and investment flows, and trade again.'))).toEqual(['trade-investment']);
    expect(slugs(match('China will invest more; exports grew.'))).toEqual(['trade-investment']);
  });

  it('a sentence and its translation do not corroborate each other', () => {
    // One weak English keyword + its Vietnamese translation: still one mention.
    expect(match('The ministers discussed defense.\nCác bộ trưởng đã thảo luận về quốc phòng.')).toEqual([]);
  });

  it('Vietnamese diacritics must agree: "dầu từ" (oil from) is not "đầu tư" (investment)', () => {
    expect(match('Việt Nam mua dầu từ Nga và dầu từ Trung Đông.')).toEqual([]);
    expect(slugs(match('Việt Nam thu hút đầu tư và đầu tư ra nước ngoài.'))).toEqual(['trade-investment']);
  });

  it('Vietnamese text written without diacritics still matches, and old tone placement too', () => {
    const plain = match('Hai ben thuc day hop tac duong sat va khoa hoc cong nghe.');
    expect(slugs(plain)).toEqual(['railways-transport', 'science-technology']);
    expect(ref(plain, 'railways-transport').evidence).toEqual(['hop tac duong sat']);
    const oldStyle = match('Hàng hoá xuất khẩu tăng mạnh.');
    expect(ref(oldStyle, 'trade-investment').evidence).toEqual(['Hàng hoá', 'xuất khẩu']);
  });

  it('matches NFD input and gives evidence in NFC', () => {
    const refs = match('Ô nhiễm không khí ở Hà Nội.'.normalize('NFD'));
    expect(refs).toEqual([{ slug: 'environment', name: 'Environment', evidence: ['Ô nhiễm không khí'] }]);
  });

  it('French accents are optional; whole words only', () => {
    expect(slugs(match('Tensions en mer de Chine meridionale.'))).toEqual(['south-china-sea']);
    expect(slugs(match('MER DE CHINE MÉRIDIONALE'))).toEqual(['south-china-sea']);
    // "railways" is a keyword, "railwayside" is not a word that contains it.
    expect(match('The railwayside cafe, the railwaysides.')).toEqual([]);
  });

  it('acronyms match only in capitals', () => {
    expect(slugs(match('Both sides support the DOC and a COC.'))).toEqual(['south-china-sea']);
    expect(match('Both sides support the doc and a coc.')).toEqual([]);
  });

  it('keeps at most 5 distinct evidence strings, case-insensitively distinct', () => {
    const refs = match('Railway, railway, RAILWAY, railways, railroad, rail, expressway, expressways.');
    expect(ref(refs, 'railways-transport').evidence).toEqual(['Railway', 'railways', 'railroad', 'rail', 'expressway']);
  });

  it('a phrase does not run across sentence punctuation', () => {
    // "air. Pollution" is not "air pollution"; one weak "Pollution" alone is not enough.
    expect(match('They went out for air. Pollution was not discussed.')).toEqual([]);
  });
});

describe('taxonomy validation errors name the file', () => {
  const good = (extra = ''): string => `topics:
  - slug: alpha
    names: { en: Alpha }
    keywords: { en: [alpha] }
${extra}`;

  it('accepts a minimal file', () => {
    expect(parseTaxonomy(good(), 'mini.yaml').topics).toEqual([{ slug: 'alpha', names: { en: 'Alpha' }, keywords: { en: ['alpha'] } }]);
  });

  it('invalid YAML', () => {
    expect(() => parseTaxonomy('topics:\n  - slug: [unclosed\n', 'broken.yaml')).toThrow(/^broken\.yaml:\d+:\d+: invalid YAML/);
  });

  it('duplicate slug, with the line', () => {
    const text = good(`  - slug: alpha
    names: { en: Alpha again }
    keywords: { en: [beta] }
`);
    expect(() => parseTaxonomy(text, 'dup.yaml')).toThrow(/^dup\.yaml:5: duplicate slug 'alpha'/);
  });

  it('bad slug', () => {
    const text = `topics:\n  - slug: Trade_Investment\n    names: { en: T }\n    keywords: { en: [t] }\n`;
    expect(() => parseTaxonomy(text, 'bad.yaml')).toThrow(/^bad\.yaml:2: .*bad slug 'Trade_Investment'/);
  });

  it('topic with no name / no English name', () => {
    expect(() => parseTaxonomy(`topics:\n  - slug: a\n    keywords: { en: [a] }\n`, 'noname.yaml')).toThrow(/^noname\.yaml:\d+: topic 'a' has no name/);
    expect(() => parseTaxonomy(`topics:\n  - slug: a\n    names: { vi: A }\n    keywords: { en: [a] }\n`, 'noen.yaml')).toThrow(/^noen\.yaml:\d+: .*English name/);
  });

  it('empty keyword', () => {
    expect(() => parseTaxonomy(`topics:\n  - slug: a\n    names: { en: A }\n    keywords:\n      en:\n        - a\n        - ""\n`, 'empty.yaml')).toThrow(
      /^empty\.yaml:7: topic 'a': empty keyword in keywords\.en/,
    );
    expect(() => parseTaxonomy(`topics:\n  - slug: a\n    names: { en: A }\n    keywords: { en: [" - "] }\n`, 'punct.yaml')).toThrow(/empty keyword/);
  });

  it('unknown language and misspelt keys', () => {
    expect(() => parseTaxonomy(`topics:\n  - slug: a\n    names: { en: A }\n    keywords: { de: [a] }\n`, 'lang.yaml')).toThrow(/^lang\.yaml:4: .*unknown key 'de'/);
    expect(() => parseTaxonomy(`topics:\n  - slug: a\n    names: { en: A }\n    keyword: { en: [a] }\n`, 'key.yaml')).toThrow(/^key\.yaml:4: .*unknown key 'keyword'/);
  });
});
