// Topics: the taxonomy file, where keywords match, and how relevant each topic is to an article (most relevant first).
import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../../src/corpus/language.ts';
import { rankTopics } from '../../src/corpus/topic-relevance.ts';
import { topicLength, topicTexts } from '../../src/corpus/topic-texts.ts';
import { compileTopicEvidence, loadTaxonomy, parseTaxonomy } from '../../src/corpus/topic-tagging.ts';
import type { BodyBlock, TopicRef } from '../../src/corpus/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const taxonomy = loadTaxonomy(`${root}src/data/topics.yaml`);
const evidence = compileTopicEvidence(taxonomy);

const paragraph = (text: string): BodyBlock => ({ kind: 'paragraph', text, lang: detectLanguage(text), line: 1, translation: null });
const rank = (title: string, body: BodyBlock[]): TopicRef[] =>
  rankTopics(taxonomy, evidence(topicTexts({ text: title, lang: detectLanguage(title) }, null, body)), topicLength(body));
/** The topics of an article with this headline and these paragraphs. */
const topicsOf = (title: string, ...paragraphs: string[]): TopicRef[] => rank(title, paragraphs.map(paragraph));
/** The topics of a text read as an article's lead (no headline). */
const match = (text: string): TopicRef[] => topicsOf('', text);

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
  it('parses, keeps every published topic (its slug is a permanent URL), and names each topic in every language', () => {
    const got = taxonomy.topics.map((t) => t.slug);
    // A topic may be added; none of these may be renamed or removed.
    expect(got).toEqual(
      expect.arrayContaining([
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
      ]),
    );
    for (const t of taxonomy.topics) {
      expect(t.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const lang of ['en', 'vi', 'fr', 'zh'] as const) expect(t.names[lang]).toBeTruthy();
    }
    expect(taxonomy.topics.find((t) => t.slug === 'south-china-sea')?.keywords.vi).toContain('Biển Đông');
    expect(taxonomy.topics.find((t) => t.slug === 'defence-security')?.supporting.en).toContain('police');
  });
});

describe('relevance', () => {
  const railLead = 'Vietnam and China agreed on Tuesday to speed up the standard gauge railway from Lao Cai to Hanoi and Hai Phong.';

  it('lists the topic of the headline and the lead first, above one the body only touches', () => {
    const refs = topicsOf(
      'Vietnam and China speed up a cross-border railway',
      railLead,
      'The railway will carry freight and passengers; officials also mentioned education and student exchanges in passing.',
      'Construction of the railway is due to start next year, the ministry said.',
    );
    expect(slugs(refs)[0]).toBe('railways-transport');
    expect(refs[0]!.score).toBeGreaterThan(0);
    expect(slugs(refs)).not.toContain('education-youth');
  });

  it('lists topics in order of their scores', () => {
    const refs = topicsOf(
      'Railway and trade deal',
      railLead,
      'Bilateral trade and foreign investment also grew, with trade and investment up a third.',
    );
    const scores = refs.map((r) => r.score ?? 0);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('never lets a generic word carry a topic alone, however often it appears', () => {
    const text = 'Police said the police had called more police. The police chief thanked the police.';
    expect(topicsOf('Police close a road after a crash', text)).toEqual([]);
    expect(topicsOf('Talks go on', 'The talks were long. More talks are planned, and talks will resume.')).toEqual([]);
    expect(match('新浪科技讯 这款手机的科技感很强，科技爱好者都喜欢。')).not.toContainEqual(
      expect.objectContaining({ slug: 'environment' }),
    );
  });

  it('does not tag a long article for one passing mention in its body', () => {
    const filler = 'The festival opened with music and dancing in the town square, and crowds stayed late into the night. ';
    const body = [filler.repeat(40), 'A minister who attended also spoke briefly about railway plans.', filler.repeat(40)];
    expect(slugs(topicsOf('A summer festival in Hue', ...body))).not.toContain('railways-transport');
  });
});

describe('matching rules', () => {
  it('tags a Vietnamese-only text', () => {
    // "Both countries agree to push railway cooperation and science and technology, and to tackle air pollution in Hanoi."
    const text = 'Hai nước nhất trí đẩy mạnh hợp tác đường sắt và khoa học công nghệ, xử lý ô nhiễm không khí tại Hà Nội.';
    const refs = match(text);
    expect(new Set(slugs(refs))).toEqual(new Set(['railways-transport', 'science-technology', 'environment']));
    expect(ref(refs, 'railways-transport').evidence).toEqual(expect.arrayContaining(['hợp tác đường sắt']));
    expect(ref(refs, 'environment').evidence).toEqual(expect.arrayContaining(['ô nhiễm không khí']));
    expect(slugs(refs)).not.toContain('trade-investment');
    expectEvidenceInText(refs, text);
  });

  it('tags a Chinese text by substring', () => {
    const text =
      '应越共中央总书记苏林邀请，习近平对越南进行国事访问。双方同意加强铁路合作和科技合作，早日达成“南海行为准则”，并加强青年交流。';
    const refs = match(text);
    // A state visit, railway and science cooperation, the South China Sea code of conduct, youth exchanges.
    expect(new Set(slugs(refs))).toEqual(
      new Set(['party-state-diplomacy', 'railways-transport', 'science-technology', 'south-china-sea', 'education-youth']),
    );
    expect(ref(refs, 'party-state-diplomacy').evidence).toEqual(expect.arrayContaining(['国事访问']));
    expect(ref(refs, 'railways-transport').evidence).toEqual(expect.arrayContaining(['铁路合作']));
    expect(ref(refs, 'south-china-sea').evidence).toEqual(expect.arrayContaining(['南海行为准则']));
    expect(slugs(refs)).not.toContain('environment');
    expectEvidenceInText(refs, text);
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
    // One English keyword and the same word in the paragraph's Vietnamese translation: still one mention.
    const pair: BodyBlock = {
      kind: 'paragraph',
      text: 'The ministers also discussed defense at length.',
      lang: 'en',
      line: 1,
      translation: { text: 'Các bộ trưởng cũng đã thảo luận kỹ về quốc phòng.', lang: 'vi', line: 2 },
    };
    expect(rank('', [pair])).toEqual([]);
  });

  it('Vietnamese diacritics must agree: "dầu từ" (oil from) is not "đầu tư" (investment)', () => {
    expect(match('Việt Nam mua dầu từ Nga và dầu từ Trung Đông.')).toEqual([]);
    expect(slugs(match('Việt Nam thu hút đầu tư nước ngoài. Xuất khẩu và đầu tư đều tăng.'))).toEqual(['trade-investment']);
  });

  it('Vietnamese text written without diacritics still matches, and old tone placement too', () => {
    const plainText = 'Hai ben thuc day hop tac duong sat va khoa hoc cong nghe.';
    const plain = match(plainText);
    expect(new Set(slugs(plain))).toEqual(new Set(['railways-transport', 'science-technology']));
    expect(ref(plain, 'railways-transport').evidence).toEqual(expect.arrayContaining(['hop tac duong sat']));
    expectEvidenceInText(plain, plainText);
    // "hoá" where the newer spelling is "hóa": the evidence keeps the article's own spelling.
    const oldStyleText = 'Hàng hoá xuất khẩu tăng mạnh. Kim ngạch xuất khẩu đạt mức cao.';
    const oldStyle = match(oldStyleText);
    expect(ref(oldStyle, 'trade-investment').evidence).toEqual(expect.arrayContaining(['Hàng hoá', 'xuất khẩu']));
    expectEvidenceInText(oldStyle, oldStyleText);
  });

  it('matches NFD input and gives evidence in NFC', () => {
    const refs = match('Ô nhiễm không khí ở Hà Nội.'.normalize('NFD'));
    expect(refs).toMatchObject([{ slug: 'environment', name: 'Environment', evidence: ['Ô nhiễm không khí'] }]);
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

  it('keeps at most 5 evidence strings: of six keywords that weigh the same, the first five', () => {
    // Six different one-word keywords in one lead sentence: each weighs the same, so the text order decides.
    const refs = match('Rail, railway, railways, railroad, expressway and expressways.');
    expect(ref(refs, 'railways-transport').evidence).toEqual(['Rail', 'railway', 'railways', 'railroad', 'expressway']);
  });

  it('keeps one spelling of a word written in different cases, the first', () => {
    // The same keyword in three sentences, so each is a separate occurrence; the first weighs most.
    const refs = match('Railway plans were agreed. The railway opens in May. RAILWAY TICKETS go on sale.');
    expect(ref(refs, 'railways-transport').evidence).toEqual(['Railway']);
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
    expect(parseTaxonomy(good(), 'mini.yaml').topics).toEqual([
      { slug: 'alpha', names: { en: 'Alpha' }, keywords: { en: ['alpha'] }, supporting: {} },
    ]);
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
    expect(() => parseTaxonomy(`topics:\n  - slug: a\n    keywords: { en: [a] }\n`, 'noname.yaml')).toThrow(
      /^noname\.yaml:\d+: topic 'a' has no name/,
    );
    expect(() => parseTaxonomy(`topics:\n  - slug: a\n    names: { vi: A }\n    keywords: { en: [a] }\n`, 'noen.yaml')).toThrow(
      /^noen\.yaml:\d+: .*English name/,
    );
  });

  it('empty keyword', () => {
    expect(() =>
      parseTaxonomy(`topics:\n  - slug: a\n    names: { en: A }\n    keywords:\n      en:\n        - a\n        - ""\n`, 'empty.yaml'),
    ).toThrow(/^empty\.yaml:7: topic 'a': empty keyword in keywords\.en/);
    expect(() => parseTaxonomy(`topics:\n  - slug: a\n    names: { en: A }\n    keywords: { en: [" - "] }\n`, 'punct.yaml')).toThrow(
      /empty keyword/,
    );
  });

  it('unknown language and misspelt keys', () => {
    expect(() => parseTaxonomy(`topics:\n  - slug: a\n    names: { en: A }\n    keywords: { de: [a] }\n`, 'lang.yaml')).toThrow(
      /^lang\.yaml:4: .*unknown key 'de'/,
    );
    expect(() => parseTaxonomy(`topics:\n  - slug: a\n    names: { en: A }\n    keyword: { en: [a] }\n`, 'key.yaml')).toThrow(
      /^key\.yaml:4: .*unknown key 'keyword'/,
    );
  });
});
