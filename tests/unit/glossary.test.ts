// Glossary of places and terms: the data file, the matching rules and the errors a bad entry gets.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { compileGlossaryMatcher, loadGlossary, parseGlossary } from '../../src/corpus/glossary-matching.ts';
import { compilePhrase } from '../../src/corpus/phrase-match.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const glossary = loadGlossary(`${root}src/data/glossary.yaml`);
const matcher = compileGlossaryMatcher(glossary);

/** The slugs of the entries one text uses, in file order. */
const slugs = (...texts: string[]): string[] => matcher(texts).map((e) => e.slug);

/** Whether the entry `slug` is found in the text. */
const finds = (slug: string, text: string): boolean => slugs(text).includes(slug);

describe('the real glossary file', () => {
  // The places and terms every reader of this corpus meets, with the forms each must be found by.
  const required: [slug: string, kind: 'place' | 'term', forms: string[]][] = [
    ['beijing', 'place', ['Beijing', 'Bắc Kinh', 'Pékin', '北京']],
    ['hanoi', 'place', ['Hanoi', 'Hà Nội', '河内']],
    ['south-china-sea', 'place', ['South China Sea', 'East Sea', 'Biển Đông', 'mer de Chine méridionale', '南海']],
    ['gulf-of-tonkin', 'place', ['Gulf of Tonkin', 'Vịnh Bắc Bộ', 'golfe du Tonkin', '北部湾']],
    ['lao-cai', 'place', ['Lao Cai', 'Lào Cai', '老街']],
    ['haiphong', 'place', ['Haiphong', 'Hải Phòng', '海防']],
    ['guangxi', 'place', ['Guangxi', 'Quảng Tây', '广西']],
    ['yunnan', 'place', ['Yunnan', 'Vân Nam', '云南']],
    ['railway', 'term', ['railway', 'railways', 'đường sắt', 'chemin de fer', '铁路']],
    ['standard-gauge', 'term', ['standard gauge', 'khổ tiêu chuẩn', '标准轨']],
    [
      'belt-and-road',
      'term',
      ['Belt and Road', 'Vành đai và Con đường', '一带一路', 'la Ceinture et la Route', 'nouvelles routes de la soie'],
    ],
  ];

  it.each(required)('%s is a %s listing its forms', (slug, kind, forms) => {
    const entry = glossary.find((e) => e.slug === slug);
    expect(entry?.kind).toBe(kind);
    for (const form of forms) expect(entry?.spellings).toContain(form);
  });

  it('finds each required entry by every one of its forms, and by the spellings without diacritics', () => {
    for (const [slug, , forms] of required) for (const form of forms) expect(slugs(`… ${form} …`), form).toContain(slug);
    // In file order, whatever the order of the text.
    expect(slugs('Bac Kinh, Ha Noi, Bien Dong, Hai Phong, Lao Cai, Quang Tay, Van Nam, duong sat, kho tieu chuan')).toEqual([
      'beijing',
      'hanoi',
      'haiphong',
      'lao-cai',
      'south-china-sea',
      'guangxi',
      'yunnan',
      'railway',
      'standard-gauge',
    ]);
  });

  it('has display names in the four languages for the required places', () => {
    expect(glossary.find((e) => e.slug === 'beijing')?.names).toEqual({ en: 'Beijing', vi: 'Bắc Kinh', fr: 'Pékin', zh: '北京' });
    expect(glossary.find((e) => e.slug === 'south-china-sea')?.names).toEqual({
      en: 'South China Sea',
      vi: 'Biển Đông',
      fr: 'mer de Chine méridionale',
      zh: '南海',
    });
  });

  it('finds every entry by each of its spellings written as listed', () => {
    for (const entry of glossary) {
      for (const spelling of entry.spellings) expect(slugs(spelling), `${entry.slug}: ${spelling}`).toContain(entry.slug);
    }
  });

  it('no two entries share a spelling once case and diacritics are set aside', () => {
    const owner = new Map<string, string>();
    for (const entry of glossary) {
      for (const spelling of entry.spellings) {
        const key =
          compilePhrase(spelling)
            ?.tokens.map((t) => t.fold)
            .join(' ') ?? '';
        expect(key).not.toBe('');
        const other = owner.get(key);
        expect(other === undefined || other === entry.slug, `'${spelling}' of ${entry.slug} is also a form of ${other}`).toBe(true);
        owner.set(key, entry.slug);
      }
    }
  });

  it('slugs are unique, spellings listed once each', () => {
    expect(new Set(glossary.map((e) => e.slug)).size).toBe(glossary.length);
    for (const entry of glossary) expect(new Set(entry.spellings).size).toBe(entry.spellings.length);
  });
});

describe('capitals: a place name needs capitals, a term matches in any case', () => {
  it('"hai phòng" (two rooms) is not Hải Phòng; the city is found capitalised or in capitals', () => {
    expect(finds('haiphong', 'Căn hộ cho thuê có hai phòng ngủ và một phòng khách.')).toBe(false);
    expect(finds('haiphong', 'Tàu cập cảng Hải Phòng lúc sáng sớm.')).toBe(true);
    expect(finds('haiphong', 'CẢNG HẢI PHÒNG ĐÓN TÀU LỚN')).toBe(true);
  });

  it('a word of a place in lowercase in the text is not the place', () => {
    expect(slugs('A set of fine china and a shanghai of sailors')).toEqual([]);
    expect(slugs('biển đông người vào mùa hè')).toEqual([]);
  });

  it('a term in lowercase matches at the start of a sentence and in capitals', () => {
    expect(slugs('Railway workers met. Đường sắt mới. CHEMIN DE FER')).toEqual(['railway']);
  });

  it('an acronym matches only in capitals: the Vietnamese "Ai" (who) is not AI', () => {
    expect(finds('artificial-intelligence', 'Ai cũng biết điều đó; ai đến trước?')).toBe(false);
    expect(finds('artificial-intelligence', 'Hợp tác về AI và chất bán dẫn.')).toBe(true);
    expect(finds('ho-chi-minh-city', 'Tp.hcm')).toBe(false);
    expect(finds('ho-chi-minh-city', 'Giá nhà ở TP.HCM tăng.')).toBe(true);
  });

  it('a lowercase generic word of a place name matches either way', () => {
    expect(finds('gulf-of-tonkin', 'Ngư dân ra khơi trên vịnh Bắc Bộ.')).toBe(true);
    expect(finds('gulf-of-tonkin', 'Hiệp định phân định Vịnh Bắc Bộ.')).toBe(true);
    expect(finds('gulf-of-tonkin', 'Les pêcheurs du Golfe du Tonkin.')).toBe(true);
  });
});

describe('diacritics', () => {
  it('a form with diacritics matches the same diacritics or none, d = đ', () => {
    expect(slugs('Đoàn tới Bac Kinh rồi Hai Phong.')).toEqual(['beijing', 'haiphong']);
    expect(finds('south-china-sea', 'Tranh chấp trên Bien Dong kéo dài.')).toBe(true);
    expect(finds('beijing', 'Il est arrivé à Pekin hier.')).toBe(true);
    expect(finds('beijing', 'IL EST ARRIVÉ À PÉKIN')).toBe(true);
  });

  it('other diacritics are another word: Bác Kinh is not Bắc Kinh, a two-word form needs all its marks or none', () => {
    expect(finds('beijing', 'Ông Bác Kinh là kỹ sư.')).toBe(false);
    expect(finds('south-china-sea', 'Biển Đồng Nai')).toBe(false);
    expect(finds('haiphong', 'Hải Phong')).toBe(false);
  });

  it('a form of three words or more also matches text that left out some of its marks', () => {
    expect(finds('ho-chi-minh-city', 'Thành phố Hô Chi Minh accueille le salon.')).toBe(true);
    expect(finds('ho-chi-minh-city', 'Thành phố Hổ Chí Minh')).toBe(false);
  });

  it('a form without diacritics ignores those the text has', () => {
    expect(finds('hanoi', 'Le sommet de Hanoï a eu lieu en mars.')).toBe(true);
    expect(finds('taiwan', 'Le détroit de Taïwan.')).toBe(true);
  });

  it('old and new tone placement are one spelling', () => {
    const entries = parseGlossary(`terms:\n  - slug: khanh-hoa\n    kind: place\n    names: { en: Khánh Hòa }\n`, 'inline.yaml');
    const match = compileGlossaryMatcher(entries);
    expect(match(['Tỉnh Khánh Hoà']).map((e) => e.slug)).toEqual(['khanh-hoa']);
    expect(match(['Tỉnh Khánh Hoạ'])).toEqual([]);
  });

  it('NFD text matches', () => {
    expect(slugs('Tuyến đường sắt Lào Cai – Hà Nội – Hải Phòng'.normalize('NFD'))).toEqual(['hanoi', 'haiphong', 'lao-cai', 'railway']);
  });
});

describe('whatever joins the words, and whole words only', () => {
  it('hyphens, dashes, no-break spaces, underscores and apostrophes join the words of a form', () => {
    expect(slugs('Dự án Lào Cai-Hà Nội-Hải Phòng')).toEqual(['hanoi', 'haiphong', 'lao-cai']);
    expect(finds('standard-gauge', 'a standard-gauge line to the border')).toBe(true);
    expect(finds('south-china-sea', 'patrols in the South\u00a0China\u00a0Sea')).toBe(true);
    expect(finds('south-china-sea', 'patrols in the South_China_Sea')).toBe(true);
    expect(finds('community-with-a-shared-future', 'bâtir une communauté d’avenir partagé')).toBe(true);
    expect(finds('community-with-a-shared-future', 'bâtir une communauté d ’ avenir partagé')).toBe(true);
  });

  it('other punctuation breaks a form, unless the form has it there', () => {
    expect(finds('south-china-sea', 'They sailed from South China. Sea lanes were calm.')).toBe(false);
    expect(finds('south-china-sea', 'South China/Sea')).toBe(false);
    for (const text of ['TP.HCM', 'TP. HCM', 'TP HCM']) expect(finds('ho-chi-minh-city', `Sinh viên ở ${text} năm nay`), text).toBe(true);
    expect(finds('belt-and-road', 'khẩu hiệu Một vành đai, một con đường')).toBe(true);
    expect(finds('belt-and-road', 'the One Belt One Road plan')).toBe(true);
  });

  it('whole words: Hanoian is not Hanoi, railwayman is not railway', () => {
    expect(slugs('A Hanoian railwayman retired.')).toEqual([]);
    expect(slugs('The Hanoi-based railway operator')).toEqual(['hanoi', 'railway']);
  });

  it('a plural matches only when listed', () => {
    const entries = parseGlossary(`terms:\n  - slug: railway\n    kind: term\n    names: { en: railway }\n`, 'inline.yaml');
    const match = compileGlossaryMatcher(entries);
    expect(match(['Two railways merged.'])).toEqual([]);
    expect(match(['The railway’s owner.']).map((e) => e.slug)).toEqual(['railway']);
    expect(finds('railway', 'Two railways merged.')).toBe(true);
  });

  it('one-word forms are allowed', () => {
    expect(slugs('innovation')).toEqual(['innovation']);
    expect(slugs('Mekong')).toEqual(['mekong']);
  });
});

describe('Chinese: plain substring, simplified and traditional', () => {
  it('finds a form inside a longer run of characters', () => {
    expect(slugs('越南老街省与云南省加强铁路合作。')).toEqual(['vietnam', 'lao-cai', 'yunnan', 'railway']);
    expect(slugs('中越标准轨铁路连接广西与河内。')).toEqual(['hanoi', 'guangxi', 'railway', 'standard-gauge']);
  });

  it('traditional characters', () => {
    expect(slugs('中國與越南在北部灣合作興建鐵路')).toEqual(['vietnam', 'china', 'gulf-of-tonkin', 'railway']);
  });
});

describe('exclude: longer phrases that are not the entry', () => {
  it('Beijing time is a time zone, Zhongnanhai is not the South China Sea, a new high is not innovation', () => {
    expect(slugs('北京时间11月5日，股价创新高。')).toEqual([]);
    expect(slugs('中南海召开会议')).toEqual([]);
    expect(slugs('The match starts at 8 pm Beijing time.')).toEqual([]);
    expect(slugs('越南边海防部队巡逻')).toEqual(['vietnam']);
  });

  it('the same form elsewhere in the article still counts', () => {
    expect(slugs('北京时间11月5日，代表团抵达北京。')).toEqual(['beijing']);
    expect(slugs('中南海召开会议，讨论南海问题。')).toEqual(['south-china-sea']);
  });

  it('a newspaper named after a city is not the city', () => {
    expect(finds('ho-chi-minh-city', 'Theo báo Sài Gòn Giải Phóng')).toBe(false);
    expect(finds('ho-chi-minh-city', 'Mưa lớn ở Sài Gòn')).toBe(true);
  });

  it('an exclusion blocks only its own entry', () => {
    // 北京时间 hides Beijing only: China written just before it is still China.
    expect(slugs('中国北京时间')).toEqual(['china']);
  });
});

describe('the texts of one article', () => {
  it('a form never runs from one text into the next', () => {
    expect(slugs('patrols in the South China', 'Sea lanes were calm')).toEqual(['china']);
    expect(slugs('patrols in the South China Sea', 'were calm')).toEqual(['china', 'south-china-sea']);
  });

  it('an entry found in any text is listed once, in file order', () => {
    const found = matcher(['Hà Nội', 'Bắc Kinh', 'Beijing and Hanoi']);
    expect(found.map((e) => e.slug)).toEqual(['beijing', 'hanoi']);
    expect(found[0]).toBe(glossary.find((e) => e.slug === 'beijing'));
  });

  it('no texts, or texts with no form, give nothing', () => {
    expect(matcher([])).toEqual([]);
    expect(slugs('', 'The weather was fine.')).toEqual([]);
  });
});

describe('parsing', () => {
  it('spellings are the names then the aliases, in file order, a name repeated in another language once', () => {
    const [entry] = parseGlossary(
      `terms:
  - slug: guangxi
    kind: place
    names: { zh: 广西, en: Guangxi, fr: Guangxi, vi: Quảng Tây }
    aliases: [廣西]
`,
      'inline.yaml',
    );
    expect(entry).toEqual({
      slug: 'guangxi',
      kind: 'place',
      names: { en: 'Guangxi', vi: 'Quảng Tây', fr: 'Guangxi', zh: '广西' },
      spellings: ['广西', 'Guangxi', 'Quảng Tây', '廣西'],
    });
  });

  it('keeps exclude phrases and needs no aliases', () => {
    const [entry] = parseGlossary(
      `terms:\n  - slug: beijing\n    kind: place\n    names: { en: Beijing, zh: 北京 }\n    exclude: [北京时间]\n`,
      'inline.yaml',
    );
    expect(entry?.exclude).toEqual(['北京时间']);
    expect(entry?.spellings).toEqual(['Beijing', '北京']);
  });
});

describe('glossary errors name the file, the line and what to do', () => {
  const entry = (body: string): string => `terms:\n  - slug: beijing\n    kind: place\n${body}`;

  it('invalid YAML, no list, an empty list', () => {
    expect(() => parseGlossary('terms: [', 'broken.yaml')).toThrow(/^broken\.yaml:\d+:\d+: invalid YAML/);
    expect(() => parseGlossary('- a\n- b\n', 'list.yaml')).toThrow(/^list\.yaml:1: expected a map with a `terms:` list/);
    expect(() => parseGlossary('terms: []\n', 'empty.yaml')).toThrow(/^empty\.yaml:1: `terms:` must be a non-empty list/);
  });

  it('a misspelt key', () => {
    expect(() => parseGlossary(entry('    names: { en: Beijing }\n    alias: [Peking]\n'), 'key.yaml')).toThrow(
      /^key\.yaml:5: entry 'beijing': unknown key 'alias' \(expected slug, kind, names, aliases, exclude\)/,
    );
  });

  it('a missing or unknown kind', () => {
    expect(() => parseGlossary(`terms:\n  - slug: beijing\n    names: { en: Beijing }\n`, 'nokind.yaml')).toThrow(
      /^nokind\.yaml:2: entry 'beijing' has no kind \(add kind: place or kind: term\)/,
    );
    expect(() => parseGlossary(`terms:\n  - slug: beijing\n    kind: city\n    names: { en: Beijing }\n`, 'kind.yaml')).toThrow(
      /^kind\.yaml:3: entry 'beijing': kind must be place or term, not "city"/,
    );
  });

  it('a bad or duplicate slug, a missing English name', () => {
    expect(() => parseGlossary(`terms:\n  - slug: Bei Jing\n    kind: place\n    names: { en: Beijing }\n`, 'slug.yaml')).toThrow(
      /^slug\.yaml:2: .*bad slug 'Bei Jing'/,
    );
    const dup = `terms:\n  - slug: a\n    kind: term\n    names: { en: a }\n  - slug: a\n    kind: term\n    names: { en: b }\n`;
    expect(() => parseGlossary(dup, 'dup.yaml')).toThrow(/^dup\.yaml:5: duplicate slug 'a'/);
    expect(() => parseGlossary(entry('    names: { vi: Bắc Kinh }\n'), 'noen.yaml')).toThrow(
      /^noen\.yaml:4: entry 'beijing' has no English name/,
    );
  });

  it('an empty alias, an alias that is not text, an empty alias list', () => {
    expect(() => parseGlossary(entry('    names: { en: Beijing }\n    aliases: [Peking, ""]\n'), 'e.yaml')).toThrow(
      /^e\.yaml:5: entry 'beijing': empty entry in aliases/,
    );
    expect(() => parseGlossary(entry('    names: { en: Beijing }\n    aliases: [1949]\n'), 'n.yaml')).toThrow(
      /^n\.yaml:5: entry 'beijing': aliases entry 1949 must be text \(quote it\)/,
    );
    expect(() => parseGlossary(entry('    names: { en: Beijing }\n    aliases: []\n'), 'l.yaml')).toThrow(
      /^l\.yaml:5: entry 'beijing': aliases must be a non-empty list/,
    );
  });

  it('an alias listed twice, or repeating a name', () => {
    expect(() => parseGlossary(entry('    names: { en: Beijing }\n    aliases: [Peking, Peking]\n'), 'twice.yaml')).toThrow(
      /^twice\.yaml:5: entry 'beijing': alias 'Peking' is already listed as 'Peking' \(remove it from aliases\)/,
    );
    expect(() => parseGlossary(entry('    names: { en: Beijing, vi: Bắc Kinh }\n    aliases: [Bắc  Kinh]\n'), 'name.yaml')).toThrow(
      /^name\.yaml:5: entry 'beijing': alias 'Bắc {2}Kinh' is already listed as 'Bắc Kinh'/,
    );
  });

  it('a form shared by two entries, diacritics and case aside', () => {
    const shared = `terms:
  - slug: hanoi
    kind: place
    names: { en: Hanoi, vi: Hà Nội }
  - slug: other
    kind: place
    names: { en: Other }
    aliases: [Ha Noi]
`;
    expect(() => parseGlossary(shared, 'shared.yaml')).toThrow(
      /^shared\.yaml:8: entry 'other': 'Ha Noi' is also a form of 'hanoi' \(diacritics and case aside\)/,
    );
  });

  it('an exclude phrase that contains none of the forms', () => {
    expect(() => parseGlossary(entry('    names: { en: Beijing, zh: 北京 }\n    exclude: [北京时间, 上海时间]\n'), 'ex.yaml')).toThrow(
      /^ex\.yaml:5: entry 'beijing': exclude '上海时间' contains none of the entry's forms, so it excludes nothing/,
    );
  });
});

describe('Chinese forms on word boundaries', () => {
  const entries = parseGlossary(
    ['terms:', '  - slug: south-china-sea', '    kind: place', '    names: { en: South China Sea, zh: 南海 }'].join('\n'),
    'boundaries.yaml',
  );
  const match = compileGlossaryMatcher(entries);

  it('finds a form that is a word of the sentence', () => {
    expect(match(['双方同意妥善处理南海问题']).map((e) => e.slug)).toEqual(['south-china-sea']);
  });

  it('does not find the characters across two words: 越南|海港 (seaports), 海南|海口 (Haikou)', () => {
    expect(match(['越南海港的吞吐量继续增长'])).toEqual([]);
    expect(match(['海南海口的榴莲市场'])).toEqual([]);
  });
});
