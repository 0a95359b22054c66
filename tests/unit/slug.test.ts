import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { articleSlug, slugifyTitle, validatePinnedSlug } from '../../src/corpus/slug.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('slugifyTitle', () => {
  it('Vietnamese: đ/Đ → d, diacritics dropped', () => {
    expect(slugifyTitle('Đường sắt Lào Cai – Hà Nội – Hải Phòng: động lực mới')).toBe('duong-sat-lao-cai-ha-noi-hai-phong-dong-luc-moi');
  });

  it('caps a long Vietnamese title at 80 characters on a word boundary', () => {
    // Full slug would be 91 characters; "…-hop-tac" ends exactly at 80.
    expect(slugifyTitle('Tổng Bí thư Tô Lâm muốn khoa học, công nghệ trở thành điểm sáng mới trong hợp tác Việt-Trung')).toBe(
      'tong-bi-thu-to-lam-muon-khoa-hoc-cong-nghe-tro-thanh-diem-sang-moi-trong-hop-tac',
    );
  });

  it('French: accents dropped, elisions split, ç → c', () => {
    expect(slugifyTitle("L'économie française et la coopération franco-vietnamienne")).toBe(
      'l-economie-francaise-et-la-cooperation-franco-vietnamienne',
    );
    expect(slugifyTitle('Noël à Hà Nội : où sont les crèches ?')).toBe('noel-a-ha-noi-ou-sont-les-creches');
  });

  it('English possessive keeps the word whole', () => {
    expect(slugifyTitle('Vietnam’s new era of growth')).toBe('vietnams-new-era-of-growth');
  });

  it('Chinese as pinyin syllables', () => {
    expect(slugifyTitle('习近平会见苏林')).toBe('xi-jin-ping-hui-jian-su-lin');
    expect(slugifyTitle('越南与中国：铁路合作')).toBe('yue-nan-yu-zhong-guo-tie-lu-he-zuo');
    // A Latin word directly followed by Chinese stays two words.
    expect(slugifyTitle('Tô Lâm与习近平会谈')).toBe('to-lam-yu-xi-jin-ping-hui-tan');
  });

  it('other scripts are transliterated', () => {
    expect(slugifyTitle('Москва и Пекин')).toBe('moskva-i-pekin');
    expect(slugifyTitle('ＡＳＥＡＮ　２０２５')).toBe('asean-2025');
  });

  it('never empty', () => {
    expect(slugifyTitle('🎉🔥 ★ ♥')).toBe('article');
    expect(slugifyTitle('   ')).toBe('article');
    expect(slugifyTitle('!!! ???')).toBe('article');
  });

  it('a 500+ character title is capped, whole words, valid', () => {
    const title = 'Cooperation '.repeat(50);
    // 6 × "cooperation" + 5 hyphens = 71; a 7th word would make 83.
    expect(slugifyTitle(title)).toBe(Array(6).fill('cooperation').join('-'));
    // One endless word has no hyphen to cut at: cut hard.
    expect(slugifyTitle('a'.repeat(500))).toBe('a'.repeat(80));
    expect(slugifyTitle('x'.repeat(500)).length).toBe(80);
  });
});

describe('articleSlug', () => {
  const title = 'Party chief To Lam wants science, technology to be new highlight in Vietnam-China cooperation';
  const para = 'Vietnams General Party Secretary To Lam has requested Vietnam and China to make technological cooperation the highlight.';

  it('is the title slug plus 6 hex chars of sha256(title \\n first paragraph)', () => {
    const slug = articleSlug(title, para);
    const hash = createHash('sha256').update(`${title}\n${para}`).digest('hex').slice(0, 6);
    expect(slug).toBe(`party-chief-to-lam-wants-science-technology-to-be-new-highlight-in-vietnam-china-${hash}`);
    expect(slug).toMatch(SLUG);
    expect(validatePinnedSlug(slug)).toBeNull();
  });

  it('is the same for a title and paragraph in NFD as in NFC', () => {
    const vi = 'Tổng Bí thư Tô Lâm hội đàm với Tập Cận Bình';
    const body = 'Chiều 14/4, Tổng Bí thư Tô Lâm hội đàm.';
    expect(articleSlug(vi.normalize('NFD'), body.normalize('NFD'))).toBe(articleSlug(vi, body));
  });

  it('same title, different first paragraph → different slugs', () => {
    const a = articleSlug('Xi Jinping visits Vietnam', 'Hanoi, April 14.');
    const b = articleSlug('Xi Jinping visits Vietnam', 'Hanoi, April 15.');
    expect(a).not.toBe(b);
    expect(a.startsWith('xi-jinping-visits-vietnam-')).toBe(true);
    expect(b.startsWith('xi-jinping-visits-vietnam-')).toBe(true);
  });

  it('an emoji-only title still gets a usable slug', () => {
    expect(articleSlug('🎉', 'Body.')).toMatch(/^article-[0-9a-f]{6}$/);
  });
});

describe('validatePinnedSlug', () => {
  it('accepts valid slugs', () => {
    expect(validatePinnedSlug('to-lam-visits-china-2025')).toBeNull();
    expect(validatePinnedSlug('a'.repeat(100))).toBeNull();
  });

  it('rejects invalid ones with a message', () => {
    expect(validatePinnedSlug('')).toMatch(/empty/);
    expect(validatePinnedSlug('a'.repeat(101))).toMatch(/101 characters/);
    expect(validatePinnedSlug('Tô Lâm visits')).toMatch(/did you mean 'to-lam-visits'/);
    for (const bad of ['a--b', '-a', 'a-', 'a_b', 'A', 'a b']) expect(validatePinnedSlug(bad)).not.toBeNull();
  });
});
