// Survivable hostile files: markup, script, template syntax and odd encodings that must build and show as plain text.
import type { CorpusSpec } from './corpus-spec.ts';

export interface HostileArticle {
  file: string;
  /** The bytes written (UTF-8 unless a test says otherwise). */
  bytes: Uint8Array;
  /** The title the page must show, exactly: what the input's headline (or frontmatter title) says, in NFC. */
  title: string;
  /** Literal strings (as a reader should see them) that the article page's body must show. */
  bodyShows: string[];
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/** Every one of these must reach the page as visible text, never as markup. */
export const MARKUP_TITLE =
  '<script>alert("title")</script> Hanoi & Beijing <b onmouseover=alert(1)>talks</b> ]]> {{ title }} ${title} javascript:alert(1)';
const MARKUP_FIRST =
  'The statement read <img src=x onerror=alert(2)> and {{ title }} and ${process.env.SECRET} and ]]> in plain text, with </script><script>alert(3)</script> and <!-- a comment --> too.';
const MARKUP_LINK =
  'A link <a href="javascript:alert(4)">click me</a>, an <iframe src="javascript:alert(5)"></iframe> and <svg onload=alert(6)></svg> must stay text.';
export const MARKUP_CAPTION = 'The banner said <img src=x onerror=alert(7)> ]]> loudly.';
export const MARKUP_CREDIT = 'Photo: <i>AFP</i> ]]>';
const MARKUP_STYLE =
  'The closing paragraph mentions <style>body{display:none}</style> and <meta http-equiv="refresh" content="0;url=javascript:alert(8)"> as words, and writes &lt;b&gt; and &amp;amp; on purpose.';
/** A byline read from the text must look like a name, so its hostile characters are the ones names carry; markup in a byline comes through frontmatter (FRONTMATTER_BYLINE). */
export const MARKUP_BYLINE = "Tran O'Brien & Lê";
export const MARKUP_SOURCE_URL = "https://example.org/news/a'b?x=1&y=2";

/** A headline, a caption with its credit, a byline and a source line, all carrying markup. */
export const markupArticle: HostileArticle = {
  file: 'markup-everywhere.txt',
  bytes: utf8(
    [
      MARKUP_TITLE,
      '',
      'April 16, 2025',
      '',
      MARKUP_FIRST,
      '',
      MARKUP_LINK,
      '',
      `${MARKUP_CAPTION} ${MARKUP_CREDIT}`,
      '',
      MARKUP_STYLE,
      '',
      `By ${MARKUP_BYLINE}`,
      `Source: ${MARKUP_SOURCE_URL}`,
      '',
    ].join('\n'),
  ),
  title: MARKUP_TITLE,
  bodyShows: [MARKUP_FIRST, MARKUP_LINK, MARKUP_CAPTION, MARKUP_CREDIT, MARKUP_STYLE],
};

export const JAVASCRIPT_SOURCE_LINE = 'Source: javascript:alert(document.cookie)';
/** Not a URL the parser accepts (`>` cannot be in one), so the line stays text. */
export const CDATA_SOURCE_LINE = 'Source: https://example.org/cdata]]>?q=<b>';

/** A `Source:` line whose "URL" is script: it is kept as text and never becomes a link. */
export const javascriptSourceArticle: HostileArticle = {
  file: 'source-javascript.txt',
  bytes: utf8(
    [
      'Officials discuss border trade at the Lao Cai crossing',
      '',
      'March 3, 2025',
      '',
      'Officials from both provinces met to discuss border trade and customs procedures at the Lao Cai crossing on Monday.',
      '',
      'They agreed to meet again next quarter.',
      '',
      CDATA_SOURCE_LINE,
      '',
      JAVASCRIPT_SOURCE_LINE,
      '',
    ].join('\n'),
  ),
  title: 'Officials discuss border trade at the Lao Cai crossing',
  bodyShows: ['They agreed to meet again next quarter.', CDATA_SOURCE_LINE, JAVASCRIPT_SOURCE_LINE],
};

const FRONTMATTER_TITLE = 'Frontmatter title <img src=x onerror=alert(9)> ]]> </script>';
export const FRONTMATTER_SOURCE_NAME = '<b onclick=alert(10)>Evil Press</b>';
export const FRONTMATTER_BYLINE = '<script>alert(11)</script>';

/** Markup pinned through frontmatter: the title, the source's name (a link's text) and the byline. */
export const frontmatterArticle: HostileArticle = {
  file: 'frontmatter-markup.txt',
  bytes: utf8(
    [
      '---',
      `title: '${FRONTMATTER_TITLE}'`,
      `source: { name: '${FRONTMATTER_SOURCE_NAME}', url: 'https://example.org/x?a=1&b=2' }`,
      `byline: '${FRONTMATTER_BYLINE}'`,
      'date: 2025-02-10',
      '---',
      // Two sentences: a one-sentence first line would read as the file's own headline, replaced by the pinned title.
      'Diplomats from Vietnam and China met in Hanoi. They reviewed the year ahead and the work of the joint committee.',
      '',
    ].join('\n'),
  ),
  title: FRONTMATTER_TITLE,
  bodyShows: ['Diplomats from Vietnam and China met in Hanoi. They reviewed the year ahead and the work of the joint committee.'],
};

export const TEMPLATE_TITLE = "Templates {{ 7*7 }} ${7*7} <%= 7*7 %> {% raw %} #{7*7} and $& $' $` $1 stay as typed";
const TEMPLATE_BODY =
  'Nothing here is evaluated: {{ constructor.constructor("alert(12)")() }}, ${alert(13)}, {alert(14)}, <%= alert(15) %>, &lt;b&gt; &amp;amp; and $$ all stay text.';

export const templateArticle: HostileArticle = {
  file: 'template-syntax.txt',
  bytes: utf8([TEMPLATE_TITLE, '', 'May 1, 2025', '', TEMPLATE_BODY, ''].join('\n')),
  title: TEMPLATE_TITLE,
  bodyShows: [TEMPLATE_BODY],
};

/** The end of the 1 MB paragraph: seen on the page, it proves nothing was cut. */
export const HUGE_END = 'and this is where the very long paragraph finally ends.';
const HUGE_UNIT = 'Trade between the two countries grew again as border gates stayed open late into the night, ';

function hugeParagraph(): string {
  return HUGE_UNIT.repeat(Math.ceil(1_000_000 / HUGE_UNIT.length)) + HUGE_END;
}

export const hugeArticle: HostileArticle = {
  file: 'huge-paragraph.txt',
  bytes: utf8(['A one-megabyte paragraph pasted without line breaks', '', hugeParagraph(), ''].join('\n')),
  title: 'A one-megabyte paragraph pasted without line breaks',
  bodyShows: [HUGE_END],
};

export const titleOnlyArticle: HostileArticle = {
  file: 'title-only.txt',
  bytes: utf8('A headline that stands alone with no body\n'),
  title: 'A headline that stands alone with no body',
  bodyShows: [],
};

const SAME_HEADLINE = 'Vietnam and China sign a fisheries agreement';
export const sameHeadlineArticles: HostileArticle[] = [
  {
    file: 'same-headline-1.txt',
    bytes: utf8(`${SAME_HEADLINE}\n\nMay 5, 2025\n\nThe first version of this story says the agreement covers the Gulf of Tonkin.\n`),
    title: SAME_HEADLINE,
    bodyShows: ['The first version of this story says the agreement covers the Gulf of Tonkin.'],
  },
  {
    file: 'same-headline-2.txt',
    bytes: utf8(`${SAME_HEADLINE}\n\nMay 6, 2025\n\nThe second version of this story says the agreement covers joint patrols.\n`),
    title: SAME_HEADLINE,
    bodyShows: ['The second version of this story says the agreement covers joint patrols.'],
  },
];

const NFD_TITLE = 'Tổng Bí thư Tô Lâm tiếp Đại sứ Trung Quốc tại Hà Nội';
const NFD_BODY = 'Tổng Bí thư Tô Lâm đã tiếp Đại sứ Trung Quốc tại Việt Nam Hà Vĩ tại trụ sở Trung ương Đảng.';

/** Vietnamese saved decomposed (NFD): the page shows it composed. */
const nfdArticle: HostileArticle = {
  file: 'nfd-vietnamese.txt',
  bytes: utf8([NFD_TITLE, '', 'Ngày 12/3/2025', '', NFD_BODY, ''].join('\n').normalize('NFD')),
  title: NFD_TITLE.normalize('NFC'),
  bodyShows: [NFD_BODY.normalize('NFC')],
};

/** A Windows editor's file: byte-order mark and CRLF line ends. */
const crlfBomArticle: HostileArticle = {
  file: 'crlf-bom.txt',
  bytes: utf8(
    '\uFEFF' +
      [
        'Ministers review the railway timetable in Lang Son',
        '',
        'July 8, 2025',
        '',
        'Ministers from both countries reviewed the railway timetable in Lang Son on Tuesday.',
        '',
      ].join('\r\n'),
  ),
  title: 'Ministers review the railway timetable in Lang Son',
  bodyShows: ['Ministers from both countries reviewed the railway timetable in Lang Son on Tuesday.'],
};

const EMOJI_TITLE = 'Delegates share 🇻🇳🤝🇨🇳 moments at the border festival 👩‍👩‍👧';
const emojiArticle: HostileArticle = {
  file: 'emoji.txt',
  bytes: utf8(
    [
      EMOJI_TITLE,
      '',
      'August 9, 2025',
      '',
      'Families 👨‍👩‍👧‍👦 crossed the bridge with flags 🇻🇳 and 🇨🇳, and the crowd cheered 🎉.',
      '',
    ].join('\n'),
  ),
  title: EMOJI_TITLE,
  bodyShows: ['Families 👨‍👩‍👧‍👦 crossed the bridge with flags 🇻🇳 and 🇨🇳, and the crowd cheered 🎉.'],
};

export const ARABIC_PARAGRAPH = 'قالت الصحيفة إن القمة بين فيتنام والصين كانت ناجحة وإن البلدين اتفقا على تعزيز التعاون.';
export const HEBREW_PARAGRAPH = 'העיתון כתב כי הפסגה בין וייטנאם לסין הסתיימה בהצלחה.';
export const rtlArticle: HostileArticle = {
  file: 'right-to-left.txt',
  bytes: utf8(
    [
      'Arabic and Hebrew press react to the Hanoi summit',
      '',
      'June 2, 2025',
      '',
      'Newspapers in the Middle East covered the summit between Vietnam and China at length.',
      '',
      ARABIC_PARAGRAPH,
      '',
      HEBREW_PARAGRAPH,
      '',
      'Editors said the coverage was unusually detailed.',
      '',
    ].join('\n'),
  ),
  title: 'Arabic and Hebrew press react to the Hanoi summit',
  bodyShows: [ARABIC_PARAGRAPH, HEBREW_PARAGRAPH],
};

/** 500 characters, one clause after another with no sentence end: too long for a headline, so it is the lead. */
const LONG_HEADLINE = (() => {
  const clauses = [
    'Vietnam and China agree to expand railway links',
    'open new border gates',
    'train more engineers',
    'share weather data',
    'protect fishermen at sea',
    'and meet again in Kunming',
  ];
  let text = '';
  for (let i = 0; text.length < 500; i++) text += (i ? ', ' : '') + clauses[i % clauses.length];
  return text.slice(0, 500).trimEnd();
})();
const LONG_HEADLINE_OPENING = LONG_HEADLINE.slice(0, LONG_HEADLINE.lastIndexOf(',', 120));
const longHeadlineArticle: HostileArticle = {
  file: 'long-headline.txt',
  bytes: utf8(
    [LONG_HEADLINE, '', 'September 1, 2025', '', 'Negotiators said the list was long but the talks were friendly.', ''].join('\n'),
  ),
  // Too long for a headline (README): the title is the lead's opening up to its last comma within 120 characters, and
  // the paragraph under it goes on from the next clause.
  title: `${LONG_HEADLINE_OPENING}…`,
  bodyShows: [`…${LONG_HEADLINE.slice(LONG_HEADLINE_OPENING.length + 2)}`],
};

/** A real 500-character title, pinned in frontmatter. */
const PINNED_LONG_TITLE = `Leaders pin a very long title ${'about railways, ports, fisheries and trade '.repeat(12)}`
  .slice(0, 500)
  .trimEnd();
export const pinnedLongTitleArticle: HostileArticle = {
  file: 'pinned-long-title.txt',
  bytes: utf8(
    ['---', `title: '${PINNED_LONG_TITLE}'`, '---', 'The pinned title above is five hundred characters long. The body is short.', ''].join(
      '\n',
    ),
  ),
  title: PINNED_LONG_TITLE,
  bodyShows: ['The pinned title above is five hundred characters long. The body is short.'],
};

export const HOSTILE_ARTICLES: readonly HostileArticle[] = [
  markupArticle,
  javascriptSourceArticle,
  frontmatterArticle,
  templateArticle,
  hugeArticle,
  titleOnlyArticle,
  ...sameHeadlineArticles,
  nfdArticle,
  crlfBomArticle,
  emojiArticle,
  rtlArticle,
  longHeadlineArticle,
  pinnedLongTitleArticle,
];

/** Files that are not articles: reported as ignored, never parsed. */
export const IGNORED_FILES: ReadonlyMap<string, Uint8Array> = new Map([
  ['markup-everywhere.txt~', utf8('an editor backup <script>alert(16)</script>\n')],
  ['.DS_Store', Uint8Array.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31, 0, 0, 0x10, 0])],
  ['notes.md', utf8('# Notes for editors\n')],
]);

/** The hostile files under `hostile/`, the ignored files beside them. */
export function addHostileFiles(spec: CorpusSpec, folder = 'hostile'): CorpusSpec {
  for (const a of HOSTILE_ARTICLES) spec.set(`${folder}/${a.file}`, a.bytes);
  for (const [name, bytes] of IGNORED_FILES) spec.set(`${folder}/${name}`, bytes);
  return spec;
}
