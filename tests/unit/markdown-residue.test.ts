// Markdown left in pasted articles: a reader sees the text the marks stand for, never the marks themselves.
import { describe, expect, it } from 'vitest';
import { readMarkdownResidue } from '../../src/corpus/markdown-residue.ts';

const text = (line: string): string => readMarkdownResidue(line).text;

describe('headings', () => {
  it('reads `# Title` as a level-1 heading with the text Title', () => {
    expect(readMarkdownResidue('# Title')).toEqual({ text: 'Title', headingLevel: 1, rule: false, image: false });
  });

  it('reads the level from the number of #', () => {
    expect(readMarkdownResidue('## Hanoi and Beijing sign a rail deal')).toMatchObject({
      text: 'Hanoi and Beijing sign a rail deal',
      headingLevel: 2,
    });
    expect(readMarkdownResidue('### Un financement encore incertain')).toMatchObject({
      text: 'Un financement encore incertain',
      headingLevel: 3,
    });
  });

  it('drops closing #s of a heading', () => {
    expect(readMarkdownResidue('## What the deal covers ##')).toMatchObject({ text: 'What the deal covers', headingLevel: 2 });
  });

  it('reads a Chinese heading', () => {
    expect(readMarkdownResidue('# 越南与中国签署跨境铁路合作协议')).toMatchObject({
      text: '越南与中国签署跨境铁路合作协议',
      headingLevel: 1,
    });
  });

  it('takes marks out of the heading text too', () => {
    expect(readMarkdownResidue('# **Vietnam, China** agree on `Lao Cai` rail link')).toMatchObject({
      text: 'Vietnam, China agree on Lao Cai rail link',
      headingLevel: 1,
    });
  });

  it('does not read a hashtag (no space after #) as a heading', () => {
    expect(readMarkdownResidue('#VietnamChina')).toMatchObject({ text: '#VietnamChina', headingLevel: null });
  });
});

describe('rules', () => {
  it('reads `---` as a rule with no text', () => {
    expect(readMarkdownResidue('---')).toEqual({ text: '', headingLevel: null, rule: true, image: false });
  });

  it('reads other thematic breaks and setext underlines as rules', () => {
    for (const line of ['***', '___', '- - -', '* * *', '=====', '----------']) expect(readMarkdownResidue(line).rule, line).toBe(true);
  });

  it('does not read a line with words and dashes as a rule', () => {
    expect(readMarkdownResidue('Hanoi --- Beijing')).toMatchObject({ text: 'Hanoi --- Beijing', rule: false });
  });
});

describe('emphasis', () => {
  it('keeps the words of **bold** and drops the marks', () => {
    expect(text('**Hanoi** said the line would open in **2030**.')).toBe('Hanoi said the line would open in 2030.');
  });

  it('keeps the words of __bold__ and *em*', () => {
    expect(text('__Beijing__ called the project *a new chapter* in ties.')).toBe('Beijing called the project a new chapter in ties.');
  });

  it('reads bold in Chinese text, which has no spaces around it', () => {
    expect(text('**越南外交部**发言人表示，双方将加强合作。')).toBe('越南外交部发言人表示，双方将加强合作。');
  });

  it('reads single-star emphasis inside Chinese text, which has no spaces around it', () => {
    expect(text('越南外交部发言人表示，双方将*加强*铁路合作。')).toBe('越南外交部发言人表示，双方将加强铁路合作。');
  });

  it('leaves arithmetic with spaced stars as it is: 5 * 3 * 2', () => {
    expect(text('5 * 3 * 2')).toBe('5 * 3 * 2');
    expect(text('The freight volume rose 5 * 3 * 2 times, the ministry joked.')).toBe(
      'The freight volume rose 5 * 3 * 2 times, the ministry joked.',
    );
  });

  it('leaves a spaced double star as it is: a ** b', () => {
    expect(text('a ** b')).toBe('a ** b');
  });

  it('leaves stars inside numbers as they are', () => {
    expect(text('Le tarif passe de 3*4 à 5*6 yuans.')).toBe('Le tarif passe de 3*4 à 5*6 yuans.');
  });

  it('leaves a footnote star on a word as it is', () => {
    expect(text('Trade rose 12%* last year, customs said.')).toBe('Trade rose 12%* last year, customs said.');
  });
});

describe('code spans', () => {
  it('keeps what backticks enclose', () => {
    expect(text('Published :`2024-07-18 23:37:17`')).toBe('Published :2024-07-18 23:37:17');
  });

  it('reads a double-backtick span', () => {
    expect(text('The file was named ``rail_deal.pdf`` in the leak.')).toBe('The file was named rail_deal.pdf in the leak.');
  });
});

describe('links and images', () => {
  it('reads [text](url) as its text', () => {
    expect(text('Read the [full statement](https://example.org/x) from the ministry.')).toBe('Read the full statement from the ministry.');
  });

  it('reads relative, anchor and mail links as their text', () => {
    expect(text('See [our earlier report](/asia/2024/03/rail) and [contact us](mailto:desk@example.org).')).toBe(
      'See our earlier report and contact us.',
    );
  });

  it('reads a link with a title as its text', () => {
    expect(text('Hanoi [said](https://example.org/x "Ministry statement") the line would open in 2030.')).toBe(
      'Hanoi said the line would open in 2030.',
    );
  });

  it('reads an autolink as its address', () => {
    expect(text('Source: <https://example.org/x>')).toBe('Source: https://example.org/x');
  });

  it('leaves bracketed text that is not a link as it is', () => {
    expect(text('The minister [Wang Yi] arrived on Tuesday (local time).')).toBe('The minister [Wang Yi] arrived on Tuesday (local time).');
  });

  it('reads an image alone on its line as its alt text', () => {
    expect(readMarkdownResidue('![Freight train at Lao Cai station](https://example.org/train.jpg)')).toEqual({
      text: 'Freight train at Lao Cai station',
      headingLevel: null,
      rule: false,
      image: true,
    });
  });

  it('reads an image inside a line as its alt text', () => {
    expect(text('Photo: ![the border gate](https://example.org/gate.jpg) at Huu Nghi')).toBe('Photo: the border gate at Huu Nghi');
  });
});

describe('other residue', () => {
  it('drops the bullet of a `* item` list line', () => {
    expect(text('* Accueil')).toBe('Accueil');
    expect(text('+ Monde')).toBe('Monde');
  });

  it('keeps a dash that opens a line (it may open quoted speech)', () => {
    expect(text('- Nous accélérerons la ligne, a déclaré le ministre.')).toBe('- Nous accélérerons la ligne, a déclaré le ministre.');
  });

  it('leaves the underscores of a form field as they are', () => {
    expect(text('Votre adresse e-mail ____________________')).toBe('Votre adresse e-mail ____________________');
  });

  it('drops a blockquote mark', () => {
    expect(text('> "We will speed up the rail link," Chinh said.')).toBe('"We will speed up the rail link," Chinh said.');
  });

  it('reads escaped characters as themselves', () => {
    expect(text('Rank \\#1 in exports, up 3\\*2 points')).toBe('Rank #1 in exports, up 3*2 points');
  });

  it('leaves a plain line exactly as it is', () => {
    const line = 'Việt Nam và Trung Quốc ký thỏa thuận hợp tác đường sắt – Lào Cai, Hà Nội, Hải Phòng.';
    expect(readMarkdownResidue(line)).toEqual({ text: line, headingLevel: null, rule: false, image: false });
  });

  it('leaves hyphenated words, spaced dashes and underscores in a file name alone', () => {
    expect(text('Sino-Vietnamese trade - up 20% - hit a record; see file_2024.')).toBe(
      'Sino-Vietnamese trade - up 20% - hit a record; see file_2024.',
    );
  });
});
