// The article inside a pasted page: a reader sees the headline and the article's paragraphs, never the page's menus,
// breadcrumbs, related-article cards, newsletter boxes or footers; and a plain pasted article loses nothing.
import { describe, expect, it } from 'vitest';
import { findArticleExtent } from '../../src/corpus/article-extent.ts';
import { MIN_HEADLINE_SCORE } from '../../src/corpus/headline.ts';
import { LINE_ROLES } from '../../src/corpus/line-roles.ts';
import { readPageLines } from '../../src/corpus/page-lines.ts';

function extentOf(...physicalLines: string[]) {
  return findArticleExtent(readPageLines(physicalLines.join('\n'), 1).lines, LINE_ROLES, MIN_HEADLINE_SCORE);
}

const HEADLINE = 'Vietnam and China revive plan for cross-border standard-gauge railway';
const P1 = [
  '   HANOI - Vietnam and China on Tuesday signed a framework agreement on',
  '   a standard-gauge railway linking the northern border province of Lao',
  '   Cai with Hanoi and the port city of Haiphong, a project estimated at',
  '   more than $8 billion that both governments described as a milestone',
  '   in economic ties.',
];
const P1_TEXT =
  'HANOI - Vietnam and China on Tuesday signed a framework agreement on a standard-gauge railway linking the northern border province of Lao Cai with Hanoi and the port city of Haiphong, a project estimated at more than $8 billion that both governments described as a milestone in economic ties.';
const P2 = [
  "   Vietnam's transport ministry said feasibility studies should be",
  '   completed by the end of the year, and that construction could begin',
  '   as early as 2025 if financing is secured in time.',
];
const P2_TEXT =
  "Vietnam's transport ministry said feasibility studies should be completed by the end of the year, and that construction could begin as early as 2025 if financing is secured in time.";
const P3 = [
  '   Hanoi has not said how much of the cost Beijing would lend. Officials',
  '   said several options were being studied, including loans from Chinese',
  '   policy banks and bonds issued on the domestic market.',
];
const P3_TEXT =
  'Hanoi has not said how much of the cost Beijing would lend. Officials said several options were being studied, including loans from Chinese policy banks and bonds issued on the domestic market.';
const P4 = [
  '   The existing metre-gauge line, built under French colonial rule more',
  '   than a century ago, forces freight to be transferred at the border,',
  '   adding days to shipments from Yunnan to northern Vietnamese ports.',
];
const P4_TEXT =
  'The existing metre-gauge line, built under French colonial rule more than a century ago, forces freight to be transferred at the border, adding days to shipments from Yunnan to northern Vietnamese ports.';

const RELATED = 'China opens new border gate with Vietnam in Guangxi';

// A text-mode browser's dump of a news page: link lines, a notice, a menu, a breadcrumb, the article, a card, the footer.
const PAGE_DUMP = [
  '   #alternate RSS Asia',
  '',
  '   You have to enable JavaScript to run this app.',
  '',
  '   Skip to main content',
  '     * World',
  '     * Business',
  '     * Asia',
  '     * Opinion',
  '   Home › World › Asia',
  '',
  HEADLINE,
  '',
  '   Published March 12, 2024 8:15 AM',
  '   By Jane Doe',
  '',
  '   Listen to this article',
  '   5 min read',
  '',
  ...P1,
  '',
  ...P2,
  '',
  'Funding still unclear',
  '',
  ...P3,
  '',
  '   Read more',
  `   ${RELATED}`,
  `   ${RELATED}`,
  '',
  ...P4,
  '',
  '   Comments',
  '   Sign up for our newsletter',
  '   Email address ____________________',
  '   [ ] I agree to the terms of use',
  '     * About us',
  '     * Contact',
  '     * Terms of use',
  '   © 2024 Example News. All rights reserved.',
];

describe('a text-mode dump of a news page', () => {
  const extent = extentOf(...PAGE_DUMP);
  const kept = extent.lines.map((l) => l.text);
  /** Why the page's physical line `raw` (as written in PAGE_DUMP) was kept out of the article, if it was. */
  const reasonFor = (raw: string): string | undefined => {
    const line = PAGE_DUMP.findIndex((l) => l.trim() === raw) + 1;
    expect(line, raw).toBeGreaterThan(0);
    return extent.dropped.find((d) => d.line === line)?.reason;
  };

  it('finds the headline', () => {
    expect(extent.headline?.text).toBe(HEADLINE);
  });

  it('keeps the headline, the dateline, the byline, the paragraphs and the subheading, in order', () => {
    expect(kept).toEqual([
      HEADLINE,
      'Published March 12, 2024 8:15 AM',
      'By Jane Doe',
      P1_TEXT,
      P2_TEXT,
      'Funding still unclear',
      P3_TEXT,
      P4_TEXT,
    ]);
  });

  it('sets the page header above the headline aside as page chrome', () => {
    for (const text of [
      '#alternate RSS Asia',
      'You have to enable JavaScript to run this app.',
      'Skip to main content',
      '* World',
      '* Opinion',
      'Home › World › Asia',
    ]) {
      expect(reasonFor(text), text).toBe('page-chrome');
    }
  });

  it('sets the buttons and counters between the headline and the text aside', () => {
    expect(reasonFor('Listen to this article')).toBe('page-chrome');
    expect(reasonFor('5 min read')).toBe('page-chrome');
  });

  it('sets a related-article card (a label, then a title shown twice) aside as related links', () => {
    const card = extent.dropped.filter((d) => d.reason === 'related-links').map((d) => d.line);
    const first = PAGE_DUMP.indexOf('   Read more') + 1;
    expect(card).toEqual([first, first + 1, first + 2]);
  });

  it('sets everything after the last paragraph aside as after the article', () => {
    for (const text of [
      'Comments',
      'Sign up for our newsletter',
      'Email address ____________________',
      '[ ] I agree to the terms of use',
      '* About us',
      '© 2024 Example News. All rights reserved.',
    ]) {
      expect(reasonFor(text), text).toBe('after-article');
    }
  });

  it('keeps a caption shown twice (an image alt text above its caption) once', () => {
    const caption = 'A freight train at Lao Cai station.';
    const withPhoto = [
      ...PAGE_DUMP.slice(0, PAGE_DUMP.indexOf(P1[0]!)),
      ...P1,
      '',
      `   ${caption}`,
      `   ${caption}`,
      '',
      ...PAGE_DUMP.slice(PAGE_DUMP.indexOf(P1[0]!) + P1.length + 1),
    ];
    const photoExtent = extentOf(...withPhoto);
    const shown = photoExtent.lines.map((l) => l.text);
    expect(shown.filter((t) => t === caption)).toHaveLength(1);
    expect(shown.indexOf(caption)).toBe(shown.indexOf(P1_TEXT) + 1);
    const second = withPhoto.lastIndexOf(`   ${caption}`) + 1;
    expect(photoExtent.dropped.find((d) => d.line === second)?.reason).toBe('repeated-line');
  });

  it('accounts for every line it does not keep', () => {
    const nonBlank = PAGE_DUMP.filter((l) => l.trim() !== '').length;
    const physicalKept = extent.lines.reduce((n, l) => n + (l.lastLine - l.line + 1), 0);
    const droppedPhysical = extent.dropped.length;
    // Kept paragraphs span several physical lines; dropped lines are all single-line here.
    expect(physicalKept + droppedPhysical).toBe(nonBlank);
  });
});

describe('a plain pasted article', () => {
  const lines = [
    'Vietnam and China revive cross-border railway plan',
    'March 12, 2024',
    P1_TEXT,
    P2_TEXT,
    'Funding still unclear',
    P3_TEXT,
    P4_TEXT,
    'Jane Doe',
  ];

  it('keeps every line and drops nothing', () => {
    const extent = extentOf(...lines);
    expect(extent.headline?.text).toBe('Vietnam and China revive cross-border railway plan');
    expect(extent.lines.map((l) => l.text)).toEqual(lines);
    expect(extent.dropped).toEqual([]);
  });

  it('keeps a caption shown twice (an image alt text above its caption) once in a plain pasted article too', () => {
    const caption = 'A freight train at Lao Cai station.';
    const extent = extentOf(lines[0]!, lines[1]!, P1_TEXT, caption, caption, P2_TEXT, P3_TEXT);
    expect(extent.lines.map((l) => l.text)).toEqual([lines[0], lines[1], P1_TEXT, caption, P2_TEXT, P3_TEXT]);
    expect(extent.dropped.map((d) => [d.line, d.reason])).toEqual([[5, 'repeated-line']]);
  });

  it('finds no headline when the text opens with a long lead paragraph, and keeps the lead', () => {
    const lead =
      'Vietnam and China on Tuesday signed a framework agreement in Hanoi on a standard-gauge railway linking the northern border province of Lao Cai with Hanoi and the port city of Haiphong, a project estimated at more than $8 billion that both governments described as a milestone in economic ties between the two neighbours.';
    const extent = extentOf(lead, P2_TEXT, P3_TEXT, P4_TEXT);
    expect(extent.headline).toBeNull();
    expect(extent.lines.map((l) => l.text)).toEqual([lead, P2_TEXT, P3_TEXT, P4_TEXT]);
    expect(extent.dropped).toEqual([]);
  });
});

describe('a pasted Markdown article', () => {
  it('takes the `#` heading for the headline and drops the rules as markup', () => {
    const page = readPageLines(
      ['# Vietnam, China agree to speed up rail link', '', '---', '', P1_TEXT, '', P2_TEXT, '', '---'].join('\n'),
      1,
    );
    expect(page.dropped.map((d) => [d.line, d.reason])).toEqual([
      [3, 'markup'],
      [9, 'markup'],
    ]);
    const extent = findArticleExtent(page.lines, LINE_ROLES, MIN_HEADLINE_SCORE);
    expect(extent.headline).toMatchObject({ text: 'Vietnam, China agree to speed up rail link', headingLevel: 1, line: 1 });
    expect(extent.lines.map((l) => l.text)).toEqual(['Vietnam, China agree to speed up rail link', P1_TEXT, P2_TEXT]);
  });
});

describe('the lines the extent step is told are datelines', () => {
  it('include dates written in full-width digits, as Chinese pages often do', () => {
    expect(LINE_ROLES.isDateline('２０２４年３月１２日 ０９：３０')).toBe(true);
    expect(LINE_ROLES.isDateline('2024年3月12日 09:30')).toBe(true);
    expect(LINE_ROLES.isDateline('首页 新闻 国际 评论')).toBe(false);
  });
});
