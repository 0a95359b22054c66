// The units topic evidence is counted in: sentences, the headline, the lead of each text, and the article's length.
import { describe, expect, it } from 'vitest';
import { splitSentences, topicLength, topicTexts } from '../../src/corpus/topic-texts.ts';
import type { BodyBlock } from '../../src/corpus/types.ts';

describe('splitSentences', () => {
  it('ends a sentence at . ! ? before a space, never inside a number or a domain', () => {
    expect(splitSentences('Exports rose 3.5 percent to 1.234 billion dollars, vnexpress.net said. Imports fell!')).toEqual([
      'Exports rose 3.5 percent to 1.234 billion dollars, vnexpress.net said.',
      'Imports fell!',
    ]);
  });

  it('ends Chinese sentences at 。！？ with their closing quotes, spaces or none', () => {
    expect(splitSentences('越南出口增长。双方同意“加强合作”。下一步呢？')).toEqual([
      '越南出口增长。',
      '双方同意“加强合作”。',
      '下一步呢？',
    ]);
  });

  it('keeps a text without sentence ends whole, and a 100 000-character line in one pass', () => {
    expect(splitSentences('A headline without a period')).toEqual(['A headline without a period']);
    const long = `${'a'.repeat(100_000)}.y b. c`;
    expect(splitSentences(long)).toEqual([`${'a'.repeat(100_000)}.y b.`, 'c']);
  });
});

describe('topicTexts', () => {
  const block = (text: string, translation?: string): BodyBlock => ({
    kind: 'paragraph',
    text,
    lang: 'en',
    line: 1,
    translation: translation ? { text: translation, lang: 'vi', line: 2 } : null,
  });

  it('gives the headline, the lead of the original and of its translation, then the body, each with its language', () => {
    const units = topicTexts({ text: 'Rail link agreed', lang: 'en' }, null, [
      block('The two sides agreed on a rail link.', 'Hai bên nhất trí về tuyến đường sắt.'),
      block('Work starts next year.'),
    ]);
    expect(units.map((u) => [u.place, u.lang])).toEqual([
      ['headline', 'en'],
      ['lead', 'en'],
      ['lead', 'vi'],
      ['body', 'en'],
    ]);
  });

  it('ends the lead after about sixty words, so a one-paragraph article is mostly body', () => {
    const sentence = 'The ministers of the two countries met again in the border town on Monday to talk. ';
    const units = topicTexts({ text: 'Talks', lang: 'en' }, null, [block(sentence.repeat(10).trim())]);
    expect(units.filter((u) => u.place === 'lead').length).toBeLessThan(6);
    expect(units.filter((u) => u.place === 'body').length).toBeGreaterThan(4);
  });

  it('measures the article by its own words, not its translations, a Chinese character as half a word', () => {
    expect(topicLength([block('one two three four', 'một hai ba bốn năm sáu')])).toBe(4);
    expect(topicLength([{ kind: 'paragraph', text: '越南出口增长', lang: 'zh', line: 1, translation: null }])).toBe(3);
  });
});
