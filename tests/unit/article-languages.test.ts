// The article's languages: the primary one has the most words of running text; others are listed only when they carry
// real running text (a name or a label in another language does not make a bilingual article).
import { describe, expect, it } from 'vitest';
import { articleLanguages } from '../../src/corpus/article-languages.ts';
import type { BodyBlock, LanguageCode } from '../../src/corpus/types.ts';

function paragraph(text: string, lang: LanguageCode, translation?: { text: string; lang: LanguageCode }): BodyBlock {
  return { kind: 'paragraph', text, lang, line: 1, translation: translation ? { ...translation, line: 2 } : null };
}

const FR = 'Le Vietnam et la Chine ont signé mardi à Hanoï un accord-cadre sur la ligne ferroviaire Lao Cai–Haiphong.';
const FR2 = 'Selon le ministère des Transports, les études de faisabilité seront achevées avant la fin de l’année.';
const EN = 'Vietnam and China signed a framework agreement in Hanoi on Tuesday on the Lao Cai–Haiphong railway line.';
const ZH = '越南与中国周二在河内签署了关于老街—海防铁路的合作框架协议。';
const title = { text: 'Hanoï et Pékin relancent le rail', lang: 'fr' as LanguageCode };

describe('articleLanguages', () => {
  it('names the language of the body as primary', () => {
    expect(articleLanguages(title, [paragraph(FR, 'fr'), paragraph(FR2, 'fr')])).toMatchObject({ primary: 'fr', all: ['fr'] });
  });

  it('lists the language of translations after the primary one', () => {
    const out = articleLanguages(title, [paragraph(FR, 'fr', { text: EN, lang: 'en' }), paragraph(FR2, 'fr')]);
    expect(out.primary).toBe('fr');
    expect(out.all).toEqual(['fr', 'en']);
  });

  it('counts Chinese by characters, so a Chinese article is Chinese even with a French headline', () => {
    const out = articleLanguages(title, [paragraph(ZH, 'zh'), paragraph(ZH, 'zh')]);
    expect(out.primary).toBe('zh');
  });

  it('does not list a language that only a short line carries', () => {
    const out = articleLanguages(title, [paragraph(FR, 'fr'), paragraph(FR2, 'fr'), paragraph('Belt and Road Initiative', 'en')]);
    expect(out.all).toEqual(['fr']);
  });

  it('falls back to the title’s language when the body has no paragraph', () => {
    expect(articleLanguages(title, [])).toMatchObject({ primary: 'fr', all: ['fr'] });
  });

  it('ignores undetermined text', () => {
    expect(articleLanguages(title, [paragraph('12/03/2024 — 08:15', 'und'), paragraph(FR, 'fr')]).all).toEqual(['fr']);
  });

  it('says how many words each language has', () => {
    expect(articleLanguages(title, [paragraph(FR, 'fr')]).evidence).toMatch(/^fr: \d+ words$/u);
  });
});
