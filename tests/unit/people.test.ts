import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compilePeopleMatcher, loadPeople, parsePeople } from '../../src/corpus/people-mentions.ts';
import type { PersonRef } from '../../src/corpus/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = (name: string): string => readFileSync(`${root}seeds/${name}`, 'utf8');
const people = loadPeople(`${root}src/data/people.yaml`);
const match = compilePeopleMatcher(people);

/** slug → evidence, the shape the hand-written expectations are easiest to read in. */
const bySlug = (refs: PersonRef[]): Record<string, string[]> => Object.fromEntries(refs.map((r) => [r.slug, r.evidence]));

describe('the real people file', () => {
  it('parses and has the required people', () => {
    const slugs = people.map((p) => p.slug);
    for (const s of ['to-lam', 'xi-jinping', 'wang-yi', 'bui-thanh-son', 'le-hoai-trung', 'ho-chi-minh', 'mao-zedong']) {
      expect(slugs).toContain(s);
    }
    const toLam = people.find((p) => p.slug === 'to-lam');
    expect(toLam?.names).toEqual({ en: 'To Lam', vi: 'Tô Lâm', fr: 'Tô Lâm', zh: '苏林' });
    expect(toLam?.language).toBe('vi');
    expect(people.find((p) => p.slug === 'xi-jinping')?.language).toBe('zh');
    // Bare surnames are not aliases.
    for (const p of people) for (const a of p.aliases) expect(['Lam', 'Xi', 'Mao', 'Wang', 'Ho']).not.toContain(a);
  });
});

describe('people in the seed articles', () => {
  it('000: To Lam and Xi Jinping, including the Vietnamese translation lines', () => {
    const refs = match(seed('000_08c7fae4138fbc52.txt'));
    expect(bySlug(refs)).toEqual({
      'to-lam': ['To Lam', 'Tô Lâm'],
      'xi-jinping': ['Xi Jinping', 'Tập Cận Bình'],
    });
    expect(refs.map((r) => r.name)).toEqual(['To Lam', 'Xi Jinping']);
  });

  it('001: To Lam and Xi Jinping', () => {
    expect(bySlug(match(seed('001_fbf9af1224aa518f.txt')))).toEqual({
      'to-lam': ['To Lam'],
      'xi-jinping': ['Xi Jinping'],
    });
  });

  it('002: "Comrade Su Lin" is To Lam', () => {
    expect(bySlug(match(seed('002_23d13732dbed37de.txt')))).toEqual({
      'to-lam': ['Tô Lâm', 'Su Lin', 'To Lam'],
      'xi-jinping': ['Xi Jinping', 'Tập Cận Bình'],
    });
  });

  it('003: Vietnamese names', () => {
    const refs = match(seed('003_6ab2f0264e82a350.txt'));
    expect(refs.map((r) => r.slug)).toEqual(['le-hoai-trung', 'to-lam', 'wang-yi', 'xi-jinping']);
    expect(bySlug(refs)).toEqual({
      'le-hoai-trung': ['Lê Hoài Trung'],
      'to-lam': ['Tô Lâm'],
      'wang-yi': ['Vương Nghị'],
      'xi-jinping': ['Tập Cận Bình'],
    });
  });

  it('004: Bui Thanh Son, Xi, To Lam and the founders Ho Chi Minh and Mao Zedong', () => {
    const refs = match(seed('004_3e13e795d483cb92.txt'));
    expect(refs.map((r) => r.slug)).toEqual(['bui-thanh-son', 'ho-chi-minh', 'mao-zedong', 'to-lam', 'xi-jinping']);
    expect(bySlug(refs)).toEqual({
      'bui-thanh-son': ['Bui Thanh Son'],
      'ho-chi-minh': ['Ho Chi Minh'],
      'mao-zedong': ['Mao Zedong'],
      'to-lam': ['To Lam'],
      'xi-jinping': ['Xi Jinping'],
    });
  });
});

describe('matching rules', () => {
  it('names without diacritics, and d for đ', () => {
    const text = 'Tong Bi thu To Lam, Tap Can Binh, Vuong Nghi, Le Hoai Trung, Bui Thanh Son va Mao Trach Dong.';
    expect(bySlug(match(text))).toEqual({
      'bui-thanh-son': ['Bui Thanh Son'],
      'le-hoai-trung': ['Le Hoai Trung'],
      'mao-zedong': ['Mao Trach Dong'],
      'to-lam': ['To Lam'],
      'wang-yi': ['Vuong Nghi'],
      'xi-jinping': ['Tap Can Binh'],
    });
  });

  it('NFD input matches, evidence comes back in NFC', () => {
    const text = 'Tổng Bí thư Tô Lâm hội đàm với Tập Cận Bình và Mao Trạch Đông.'.normalize('NFD');
    expect(bySlug(match(text))).toEqual({
      'mao-zedong': ['Mao Trạch Đông'],
      'to-lam': ['Tô Lâm'],
      'xi-jinping': ['Tập Cận Bình'],
    });
  });

  it('Chinese names, simplified and traditional', () => {
    expect(bySlug(match('习近平会见苏林和王毅，缅怀胡志明和毛泽东。'))).toEqual({
      'ho-chi-minh': ['胡志明'],
      'mao-zedong': ['毛泽东'],
      'to-lam': ['苏林'],
      'wang-yi': ['王毅'],
      'xi-jinping': ['习近平'],
    });
    expect(bySlug(match('習近平與蘇林舉行會談'))).toEqual({ 'to-lam': ['蘇林'], 'xi-jinping': ['習近平'] });
  });

  it('Ho Chi Minh City is a city, not the person', () => {
    const text =
      'The delegation flew to Ho Chi Minh City, then to Thành phố Hồ Chí Minh, TP. Hồ Chí Minh and TP.Hồ Chí Minh; ' +
      'in French, Hô Chi Minh-Ville. 胡志明市是越南最大的城市。';
    expect(match(text)).toEqual([]);
    expect(bySlug(match('In Ho Chi Minh City they paid tribute to President Ho Chi Minh.'))).toEqual({ 'ho-chi-minh': ['Ho Chi Minh'] });
    expect(bySlug(match('Chủ tịch Hồ Chí Minh và Bác Hồ.'))).toEqual({ 'ho-chi-minh': ['Hồ Chí Minh', 'Bác Hồ'] });
  });

  it('whole names only: Wang Yibo is not Wang Yi; Jiangsu forestry is not Su Lin', () => {
    expect(match('The actor Wang Yibo starred in the film.')).toEqual([]);
    expect(match('江苏林业局发布通知。')).toEqual([]);
    expect(bySlug(match('Wang Yi’s visit; Wang Yi, again.'))).toEqual({ 'wang-yi': ['Wang Yi'] });
  });

  it('lowercase words are not names', () => {
    expect(match('He wanted to lam the ball; we drove to Lam Dong.')).toEqual([]);
    expect(bySlug(match('XI JINPING MEETS TO LAM'))).toEqual({ 'to-lam': ['TO LAM'], 'xi-jinping': ['XI JINPING'] });
  });
});

describe('whatever joins the words of a name', () => {
  it('underscores, hyphens and no-break spaces join a name; the evidence keeps them as written', () => {
    const text =
      'Le Secrétaire général Xi_Jinping , le Secrétaire général Nguyên_Phu Trong et le Premier ministre Pham_Minh_Chinh. ' +
      'Báo chí viết Tập-Cận-Bình. Chinese President Xi\u00a0Jinping met To\u00a0Lam.';
    expect(bySlug(match(text))).toEqual({
      'nguyen-phu-trong': ['Nguyên_Phu Trong'],
      'pham-minh-chinh': ['Pham_Minh_Chinh'],
      // Evidence shows runs of spaces as one plain space, so the no-break one reads as a space.
      'to-lam': ['To Lam'],
      'xi-jinping': ['Xi_Jinping', 'Tập-Cận-Bình', 'Xi Jinping'],
    });
  });

  it('a name the people file lists with spaces matches its underscored spelling', () => {
    const list = parsePeople(
      `people:\n  - slug: phan-van-giang\n    names: { en: Phan Van Giang }\n    aliases: [Phan Văn Giang]\n`,
      'inline.yaml',
    );
    const find = compilePeopleMatcher(list);
    expect(bySlug(find('le général d ’ armée Phan_Van_Giang , ministre de la Défense'))).toEqual({ 'phan-van-giang': ['Phan_Van_Giang'] });
    expect(bySlug(find('Đại tướng Phan_Văn_Giang'))).toEqual({ 'phan-van-giang': ['Phan_Văn_Giang'] });
  });

  it('other punctuation still separates: a full stop or a slash between two words is not a name', () => {
    expect(match('He met Xi. Jinping province officials; Xi/Jinping; Tô/Lâm.')).toEqual([]);
  });

  it('a hyphenated given name going on is someone else: Wang Yi-chun is not Wang Yi, but a Xi Jinping-led body is Xi', () => {
    expect(match('Taiwanese legislator Wang Yi-chun and the singer Wang Yi-bo spoke.')).toEqual([]);
    expect(bySlug(match('A Xi Jinping-led delegation; a Wang Yi-brokered deal.'))).toEqual({
      'wang-yi': ['Wang Yi'],
      'xi-jinping': ['Xi Jinping'],
    });
  });
});

describe('names written with fewer diacritics', () => {
  it('a three-word name is found with some of its marks left out, as French outlets print it', () => {
    const text = 'Le Secrétaire général Nguyên Phu Trong a reçu à Hanoï ; Hô Chi Minh ; Mao Trach Đông ; Lê Hoai Trung.';
    expect(bySlug(match(text))).toEqual({
      'ho-chi-minh': ['Hô Chi Minh'],
      'le-hoai-trung': ['Lê Hoai Trung'],
      'mao-zedong': ['Mao Trach Đông'],
      'nguyen-phu-trong': ['Nguyên Phu Trong'],
    });
  });

  it('a three-word name with a mark it does not have is someone else', () => {
    // Phụ (dot below) and Trống (acute) are marks Nguyễn Phú Trọng does not have.
    expect(match('Ông Nguyễn Phụ Trọng và ông Nguyễn Phú Trống.')).toEqual([]);
  });

  it('a two-word name needs all its marks or none: Bắc Hồ (north of the lake) is not Bác Hồ, Tô Lam not Tô Lâm', () => {
    expect(match('Phía Bắc Hồ Gươm có nhiều phố cổ; ông Tô Lam là kỹ sư; Vương Nghi.')).toEqual([]);
    expect(bySlug(match('Bác Hồ; Bac Ho; Tô Lâm; To Lam; Vương Nghị; Vuong Nghi.'))).toEqual({
      'ho-chi-minh': ['Bác Hồ', 'Bac Ho'],
      'to-lam': ['Tô Lâm', 'To Lam'],
      'wang-yi': ['Vương Nghị', 'Vuong Nghi'],
    });
  });

  it('old and new tone placement are one spelling', () => {
    const list = parsePeople(
      `people:\n  - slug: nguyen-hoa-binh\n    names: { en: Nguyen Hoa Binh }\n    aliases: [Nguyễn Hòa Bình]\n`,
      'inline.yaml',
    );
    expect(bySlug(compilePeopleMatcher(list)('Phó Thủ tướng Nguyễn Hoà Bình'))).toEqual({ 'nguyen-hoa-binh': ['Nguyễn Hoà Bình'] });
  });

  it('a two-word spelling with other marks can be listed as an alias of its own', () => {
    const list = parsePeople(`people:\n  - slug: to-lam\n    names: { en: To Lam }\n    aliases: [Tô Lâm, Tô Lam]\n`, 'inline.yaml');
    expect(bySlug(compilePeopleMatcher(list)('Le Secrétaire général Tô Lam ; Tô Lâm.'))).toEqual({ 'to-lam': ['Tô Lam', 'Tô Lâm'] });
  });
});

describe('people validation errors name the file', () => {
  it("reads a person's own language, and rejects one with no name in it or one that is not a corpus language", () => {
    const ok = parsePeople(
      `people:\n  - slug: to-lam\n    names: { en: To Lam, vi: Tô Lâm }\n    language: vi\n    aliases: [Tô Lâm]\n`,
      'ok.yaml',
    );
    expect(ok[0]?.language).toBe('vi');
    const noName = `people:\n  - slug: xi-jinping\n    names: { en: Xi Jinping }\n    language: zh\n    aliases: [Xi Jinping]\n`;
    expect(() => parsePeople(noName, 'no-zh.yaml')).toThrow(
      /^no-zh\.yaml:4: person 'xi-jinping': language is 'zh' but names\.zh is missing/,
    );
    const unknown = `people:\n  - slug: a-b\n    names: { en: A B }\n    language: de\n    aliases: [A B]\n`;
    expect(() => parsePeople(unknown, 'de.yaml')).toThrow(/^de\.yaml:4: .*language must be one of en, vi, fr, zh/);
  });

  it('rejects a bare surname alias', () => {
    const text = `people:\n  - slug: to-lam\n    names: { en: To Lam }\n    aliases: [To Lam, Lam]\n`;
    expect(() => parsePeople(text, 'people-bad.yaml')).toThrow(/^people-bad\.yaml:4: person 'to-lam': alias 'Lam' is a single word/);
  });

  it('rejects an alias listed twice for one person', () => {
    const twice = `people:\n  - slug: a-b\n    names: { en: A B }\n    aliases: [Á B, Á  B]\n`;
    expect(() => parsePeople(twice, 'twice.yaml')).toThrow(/^twice\.yaml:4: person 'a-b': alias 'Á {2}B' is listed twice/);
  });

  it('rejects a duplicate slug and an alias shared by two people', () => {
    const dup = `people:\n  - slug: a-b\n    names: { en: A B }\n    aliases: [A B]\n  - slug: a-b\n    names: { en: C D }\n    aliases: [C D]\n`;
    expect(() => parsePeople(dup, 'dup.yaml')).toThrow(/^dup\.yaml:5: duplicate slug 'a-b'/);
    const shared = `people:\n  - slug: a-b\n    names: { en: A B }\n    aliases: [A B]\n  - slug: c-d\n    names: { en: C D }\n    aliases: [Á B]\n`;
    expect(() => parsePeople(shared, 'shared.yaml')).toThrow(/^shared\.yaml:7: .*also an alias of 'a-b'/);
  });

  it('rejects invalid YAML, a missing name and an empty alias', () => {
    expect(() => parsePeople('people: [', 'broken.yaml')).toThrow(/^broken\.yaml:\d+:\d+: invalid YAML/);
    expect(() => parsePeople(`people:\n  - slug: a-b\n    aliases: [A B]\n`, 'noname.yaml')).toThrow(
      /^noname\.yaml:\d+: person 'a-b' has no name/,
    );
    expect(() => parsePeople(`people:\n  - slug: a-b\n    names: { en: A B }\n    aliases: [A B, ""]\n`, 'empty.yaml')).toThrow(
      /^empty\.yaml:4: .*empty entry in aliases/,
    );
  });
});
