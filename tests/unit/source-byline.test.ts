// Sources and bylines: the credit shapes (credit-lines.ts, line-patterns.ts) and where an article may carry them (source-byline.ts).
import { describe, expect, it } from 'vitest';
import { matchBylinePrefix, matchClosingName, matchSourceName, readCreditLine, splitClosingCredit } from '../../src/corpus/credit-lines.ts';
import { matchAgencyPrefix } from '../../src/corpus/line-patterns.ts';
import { creditMethod, readCredits, type CreditInput } from '../../src/corpus/source-byline.ts';

/** What a credit line names, without its shape. */
function names(text: string): { byline: string | null; source: string | null } | null {
  const found = readCreditLine(text);
  return found ? { byline: found.byline, source: found.source } : null;
}

describe('source lines', () => {
  it.each([
    ['Source : AFP', 'AFP'],
    ['Source: Reuters.', 'Reuters'],
    ['Sources : AFP, Reuters', 'AFP, Reuters'],
    ['Nguồn: Báo Quốc tế', 'Báo Quốc tế'],
    ['Nguồn VnExpress', 'VnExpress'],
    ['来源：人民网', '人民网'],
    ['来源: 光明日报', '光明日报'],
    ['文章来源：上海晨报', '上海晨报'],
    ['Baoquocte.vn', 'Baoquocte.vn'],
    ['Theo VnExpress', 'VnExpress'],
    ['Theo TTXVN', 'TTXVN'],
    ['Theo Tuổi trẻ', 'Tuổi trẻ'],
    ['— Reuters', 'Reuters'],
    ['- AFP', 'AFP'],
    ['– The Associated Press', 'The Associated Press'],
    ['(Theo Dân trí)', 'Dân trí'],
    ['（新华网）', '新华网'],
    ['(TTXVN)', 'TTXVN'],
  ])('%s names the source %s', (line, source) => {
    expect(names(line)).toEqual({ byline: null, source });
    expect(matchSourceName(line)).toBe(source);
  });

  it('reads the source and the writer from one Chinese line', () => {
    expect(names('来源：跟李华学管理    文 | 李华')).toEqual({ byline: '李华', source: '跟李华学管理' });
    expect(names('来源：经济观察报 文｜王芳')).toEqual({ byline: '王芳', source: '经济观察报' });
  });

  it('reads no sentence as a source', () => {
    for (const line of [
      'Theo ông Nguyễn Văn Bình, dự án sẽ hoàn thành vào năm sau.',
      'Theo kế hoạch',
      'Source: the ministry said prices would rise.',
      'Nguồn tin cho biết',
    ]) {
      expect(readCreditLine(line), line).toBeNull();
    }
  });
});

describe('bylines', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe', null],
    ['BY JOHN ROE', 'JOHN ROE', null],
    ['by Minh Anh and Tom Hardy', 'Minh Anh and Tom Hardy', null],
    ['By Jane Doe, Staff Writer', 'Jane Doe', null],
    ['By Jane DoeStaff Writer', 'Jane Doe', null],
    ['By Jane Doe, CNN', 'Jane Doe', 'CNN'],
    ['By Jane Doe, Associated Press', 'Jane Doe', 'Associated Press'],
    ['Par Jean Dupont', 'Jean Dupont', null],
    ['Par : Marie Leclerc | EURONEWS France | traduit par Paul', 'Marie Leclerc', 'EURONEWS France'],
    ['par Marie Leclerc et AFP', 'Marie Leclerc', 'AFP'],
    ['Claire Morel avec AFP', 'Claire Morel', 'AFP'],
    ['JD avec AFP', 'JD', 'AFP'],
    ['M. L. avec AFP', 'M. L.', 'AFP'],
    ['Article rédigé par Le Journal 3 - A. Martin, B. Petit', 'A. Martin, B. Petit', 'Le Journal 3'],
    ['Propos recueillis par Hélène Roy', 'Hélène Roy', null],
    ['Tác giả: Minh Châu', 'Minh Châu', null],
    ['Bài và ảnh: Quang Huy', 'Quang Huy', null],
    ['记者 李明', '李明', null],
    ['新华社记者 王强', '王强', '新华社'],
    ['文 | 朱小明', '朱小明', null],
    ['文｜陈静', '陈静', null],
    ['（何敏）', '何敏', null],
    ['Reporting by Mai Lan in Hanoi; Editing by Tom Hardy', 'Mai Lan', null],
    ['Theo Thu Hằng', 'Thu Hằng', null],
  ])('%s names the writer %s (source %s)', (line, byline, source) => {
    expect(names(line)).toEqual({ byline, source });
    expect(matchBylinePrefix(line)).toBe(byline);
  });

  it('takes a newsroom signing with an agency for the publisher, with no writer', () => {
    expect(names('Par Exemple.fr avec AFP')).toEqual({ byline: null, source: 'Exemple.fr' });
    expect(names('Le Courrier avec AFP')).toEqual({ byline: null, source: 'Le Courrier' });
    expect(names('30 Secondes avec AFP')).toEqual({ byline: null, source: '30 Secondes' });
    expect(names('Article rédigé par Radio Info')).toEqual({ byline: null, source: 'Radio Info' });
  });

  it('reads signatures that close Vietnamese articles', () => {
    expect(names('Thanh Hà (TTXVN)')).toEqual({ byline: 'Thanh Hà', source: 'TTXVN' });
    expect(names('Minh Châu (theo Reuters)')).toEqual({ byline: 'Minh Châu', source: 'Reuters' });
    expect(names('Quang Huy ((Theo Health.com))')).toEqual({ byline: 'Quang Huy', source: 'Health.com' });
    expect(names('Hồng Nhung (lược dịch)')).toEqual({ byline: 'Hồng Nhung', source: null });
    expect(names('Văn Toàn/VOV')).toEqual({ byline: 'Văn Toàn', source: 'VOV' });
    expect(names('TTXVN/Tin Tức')).toEqual({ byline: null, source: 'TTXVN' });
  });

  it('never takes an editor for the writer', () => {
    for (const line of [
      '责任编辑：王强',
      '（责任编辑：刘洋）',
      '编辑 | 李华',
      'Biên tập: Minh Anh',
      'Editing by Tom Hardy',
      'Edited by Jane Roe',
    ]) {
      expect(readCreditLine(line), line).toMatchObject({ byline: null, source: null, form: 'editor' });
      expect(matchBylinePrefix(line), line).toBeNull();
    }
  });

  it('reads no byline where the words after By or Par are no names', () => {
    for (const line of [
      'By the Web',
      'By the Web Contre la désinformation',
      'Par ailleurs, les deux pays ont signé',
      'By Monday, the rumour had spread',
      'Par exemple',
      'By Reuters',
      'Bài học kinh nghiệm',
      'Vietnam with ASEAN',
      'Marie et Pierre',
      '（完）',
      '（组图）',
    ]) {
      expect(matchBylinePrefix(line), line).toBeNull();
    }
  });
});

describe('a bare name closing the article', () => {
  it('is two to five capitalised words', () => {
    expect(matchClosingName('Hoang Trong')).toBe('Hoang Trong');
    expect(matchClosingName('HOÀNG PHƯƠNG')).toBe('HOÀNG PHƯƠNG');
    expect(matchClosingName('Tấn Tú - Lê Đình Dũng')).toBe('Tấn Tú - Lê Đình Dũng');
    expect(matchClosingName('Ursula von der Leyen')).toBe('Ursula von der Leyen');
  });

  it('is not one word, a caption credit, or a line with lowercase words', () => {
    for (const line of ['Reuters', 'Ảnh Reuters', 'Newcastle v Coventry', 'Read the original here', 'Football Manager 2005']) {
      expect(matchClosingName(line), line).toBeNull();
    }
  });
});

describe('a credit run into the end of a paragraph', () => {
  const long = 'Các doanh nghiệp kỳ vọng thời gian vận chuyển sẽ rút ngắn còn ba ngày.';

  it('is cut from the paragraph', () => {
    expect(splitClosingCredit(`${long} Thanh Hà (TTXVN)`, true)).toMatchObject({
      text: long,
      credit: 'Thanh Hà (TTXVN)',
      found: { byline: 'Thanh Hà', source: 'TTXVN' },
    });
    expect(splitClosingCredit(`${long}./. Văn Toàn/VOV`, true)).toMatchObject({
      text: `${long}./.`,
      found: { byline: 'Văn Toàn', source: 'VOV' },
    });
    expect(splitClosingCredit(`${long} Theo Tuổi trẻ`, true)).toMatchObject({ found: { byline: null, source: 'Tuổi trẻ' } });
    expect(splitClosingCredit(`${long}” Trần Minh`, true)).toMatchObject({
      found: { byline: 'Trần Minh', source: null, form: 'bare-name' },
    });
    expect(splitClosingCredit('Talks will resume in June, officials said. — AFP', true)).toMatchObject({
      text: 'Talks will resume in June, officials said.',
      found: { source: 'AFP' },
    });
    expect(splitClosingCredit('两国将于年底前完成可行性研究。文章来源：中国网', true)).toMatchObject({
      text: '两国将于年底前完成可行性研究。',
      found: { source: '中国网' },
    });
    expect(splitClosingCredit('两国将于年底前完成可行性研究。（李明）', true)).toMatchObject({ found: { byline: '李明' } });
  });

  it('leaves a short caption its `Nguồn: X` when asked to', () => {
    expect(splitClosingCredit('Quang cảnh buổi lễ. Nguồn: Chinhphu.vn', false)).toBeNull();
    expect(splitClosingCredit('Quang cảnh buổi lễ. Nguồn: Chinhphu.vn', true)).toMatchObject({ found: { source: 'Chinhphu.vn' } });
  });

  it('finds nothing in a paragraph that ends with its sentence or with lowercase words', () => {
    expect(splitClosingCredit(long, true)).toBeNull();
    expect(splitClosingCredit('Ông Bình nói. Dự án sẽ tiếp tục trong năm tới', true)).toBeNull();
    expect(splitClosingCredit('The minister said. Xem thêm:', true)).toBeNull();
  });
});

describe('an agency opening the lead', () => {
  it.each([
    ['(TTXVN) - Sáng 12/3, tuyến tàu…', 'TTXVN', 'Sáng 12/3, tuyến tàu…'],
    ['(VNA) – Hanoi hosted…', 'VNA', 'Hanoi hosted…'],
    ['HANOI (Reuters) - Vietnam said…', 'Reuters', 'Vietnam said…'],
    ['BEIJING, March 3 (AP) — China said…', 'AP', 'China said…'],
    [
      'Hong Kong CNN — Heavy rain closed schools and offices across the city on Friday, and ferries to the outlying islands were halted, officials said.',
      'CNN',
      'Heavy rain closed schools and offices across the city on Friday, and ferries to the outlying islands were halted, officials said.',
    ],
    ['Washington CNN —', 'CNN', ''],
    ['新华社讯 北京时间3月5日消息，…', '新华社', '北京时间3月5日消息，…'],
    ['[环球网综合报道]据报道，…', '环球网', '据报道，…'],
  ])('%s', (line, agency, rest) => {
    expect(matchAgencyPrefix(line)).toMatchObject({ agency, rest });
  });

  it('reads the writer before a Chinese outlet\u2019s dispatch', () => {
    expect(matchAgencyPrefix('王芳/文新浪娱乐讯 歌手…')).toEqual({ agency: '新浪娱乐', rest: '歌手…', byline: '王芳' });
  });

  it('is no agency when the outlet does not say its name, or the parentheses are the text\u2019s', () => {
    expect(matchAgencyPrefix('本报讯 3月5日，…')).toBeNull();
    expect(matchAgencyPrefix('The report (PDF) - read it here')).toBeNull();
    expect(matchAgencyPrefix('Vietnam Joins Trade Pact (CPTPP)')).toBeNull();
    expect(matchAgencyPrefix('China Warns USA — Again')).toBeNull();
  });
});

describe('where an article carries its credits', () => {
  const SENTENCE = 'The two sides agreed to meet again in June to settle the route.';
  /** Lines numbered from 1, all running text unless marked `{ text, prose: false }`. */
  function article(...texts: (string | { text: string; prose: false })[]): CreditInput[] {
    return texts.map((t, i) => (typeof t === 'string' ? { text: t, line: i + 1, prose: true } : { ...t, line: i + 1 }));
  }
  const noDateline = (): boolean => false;

  it('reads a byline under the headline and a source closing the article, and sets both lines aside', () => {
    const c = readCredits(article('Headline', 'By Jane Doe', SENTENCE, SENTENCE, 'Source: Reuters'), 1, noDateline);
    expect(c.byline).toEqual({ text: 'Jane Doe', line: 2, form: 'byline-label' });
    expect(c.source).toEqual({ text: 'Reuters', line: 5, form: 'source-label' });
    expect([...c.creditLines]).toEqual([
      [2, 'byline'],
      [5, 'source-line'],
    ]);
  });

  it('reads `Theo X` on the first or the last line only', () => {
    expect(readCredits(article('Headline', 'Theo VnExpress', SENTENCE, SENTENCE), 1, noDateline).source?.text).toBe('VnExpress');
    expect(readCredits(article('Headline', SENTENCE, SENTENCE, 'Theo VnExpress'), 1, noDateline).source?.text).toBe('VnExpress');
    const inside = readCredits(
      article('Headline', SENTENCE, 'Theo VnExpress', SENTENCE, SENTENCE, SENTENCE, SENTENCE, SENTENCE, SENTENCE),
      1,
      noDateline,
    );
    expect(inside.source).toBeNull();
    expect(inside.creditLines.size).toBe(0);
  });

  it('prefers a labelled source line to an agency beside a writer', () => {
    const c = readCredits(article('Headline', 'Claire Morel avec AFP', SENTENCE, SENTENCE, 'Source : Le Courrier'), 1, noDateline);
    expect(c.source?.text).toBe('Le Courrier');
    expect(c.byline?.text).toBe('Claire Morel');
  });

  it('reads the source a dateline names, and leaves the dateline to the dateline step', () => {
    const c = readCredits(article('标题', '2024-03-12 10:32 来源：光明网', '正文第一段。', '正文第二段。'), 1, (line) => line === 2);
    expect(c.source).toEqual({ text: '光明网', line: 2, form: 'source-label' });
    expect(c.creditLines.has(2)).toBe(false);
  });

  it('takes a bare closing name only below a finished sentence, with two lines above it', () => {
    expect(readCredits(article('Headline', SENTENCE, SENTENCE, 'Tran Thuong'), 1, noDateline).byline?.text).toBe('Tran Thuong');
    expect(readCredits(article('Headline', SENTENCE, 'Attendance: 8,200', 'C Thomson'), 1, noDateline).byline).toBeNull();
    expect(readCredits(article('Headline', SENTENCE, 'Officials at the meeting', 'Tran Van Nam'), 1, noDateline).byline).toBeNull();
    expect(readCredits(article('Tran Thuong', SENTENCE), 0, noDateline).byline).toBeNull();
  });

  it('never publishes an editor as the writer, and reads the writer above the editor', () => {
    const c = readCredits(article('Headline', SENTENCE, SENTENCE, '（何敏）', '（责任编辑：刘洋）'), 1, noDateline);
    expect(c.byline?.text).toBe('何敏');
    expect([...c.creditLines].sort((a, b) => a[0] - b[0])).toEqual([
      [4, 'byline'],
      [5, 'source-line'],
    ]);
    const editorOnly = readCredits(article('Headline', SENTENCE, SENTENCE, 'Biên tập: Minh Anh'), 1, noDateline);
    expect(editorOnly.byline).toBeNull();
    expect(editorOnly.creditLines.get(4)).toBe('source-line');
  });

  it('cuts the agency from the lead and a signature from the last paragraph', () => {
    const c = readCredits(article('Tiêu đề', '(TTXVN) - Sáng 12/3, tàu khởi hành.', 'Tàu chạy ba ngày./. Thanh Hà (TTXVN)'), 1, noDateline);
    expect(c.agency).toEqual({ text: 'TTXVN', line: 2, form: 'agency-prefix' });
    expect(c.byline).toEqual({ text: 'Thanh Hà', line: 3, form: 'signature' });
    expect(c.trimmed.get(2)).toBe('Sáng 12/3, tàu khởi hành.');
    expect(c.trimmed.get(3)).toBe('Tàu chạy ba ngày./.');
    expect(c.cut).toEqual([{ line: 3, reason: 'byline', text: 'Thanh Hà (TTXVN)' }]);
  });

  it('cuts a byline run into the standfirst when the page lost its line break', () => {
    const c = readCredits(article('Titre', 'Le Hamas a diffusé une vidéo. Par Claire Morel avec AFP', SENTENCE), 1, noDateline);
    expect(c.byline?.text).toBe('Claire Morel');
    expect(c.source?.text).toBe('AFP');
    expect(c.trimmed.get(2)).toBe('Le Hamas a diffusé une vidéo.');
  });

  it('sets aside the writer\u2019s name shown above the byline and the role below it', () => {
    const c = readCredits(article('Headline', 'Jane Doe', 'By Jane Doe', 'Technology reporter', SENTENCE, SENTENCE), 1, noDateline);
    expect([...c.creditLines.keys()].sort()).toEqual([2, 3, 4]);
  });

  it('reads through lines other steps classified (addresses, boilerplate) to the credits above them', () => {
    const c = readCredits(
      article('Headline', SENTENCE, SENTENCE, 'Hoang Trong', 'Thanhnien.vn', { text: 'Comment (0)', prose: false }),
      1,
      noDateline,
    );
    expect(c.byline?.text).toBe('Hoang Trong');
    expect(c.source?.text).toBe('Thanhnien.vn');
  });

  it('does not read the last item of a list as an agency', () => {
    expect(readCredits(article('Headline', SENTENCE, '- Hai Phong', '- Hanoi'), 1, noDateline).source).toBeNull();
  });

  it('names the shape of each credit for its provenance', () => {
    const c = readCredits(article('Headline', SENTENCE, SENTENCE, 'Hoang Trong', 'Thanhnien.vn'), 1, noDateline);
    expect(creditMethod(c.byline!.form)).toBe('closing name line');
    expect(creditMethod(c.source!.form)).toBe('publisher domain line');
  });

  it('invents nothing when nothing credits a source', () => {
    const c = readCredits(article('Headline', SENTENCE, SENTENCE, SENTENCE), 1, noDateline);
    expect(c).toMatchObject({ source: null, agency: null, byline: null });
    expect(c.creditLines.size + c.trimmed.size + c.cut.length).toBe(0);
  });
});
