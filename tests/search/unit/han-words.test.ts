// The index sees Chinese words spaced apart; the search page shows the text as the article wrote it.
import { describe, expect, it } from 'vitest';
import { pageForIndex } from '../../../src/indexing/page-for-index.ts';
import { joinHanWords, spaceHanWords } from '../../../src/search/han-words.ts';

const SENTENCE = '中越铁路合作联合委员会第一次会议在北京举行，双方就跨境铁路建设标准交换意见。';

describe('Chinese words for the index', () => {
  it('cuts a run of Chinese into dictionary words, every character kept', () => {
    const spaced = spaceHanWords(SENTENCE);
    expect(spaced.split(' ')).toEqual(expect.arrayContaining(['铁路', '合作', '北京']));
    expect(spaced.replace(/ /g, '')).toBe(SENTENCE);
  });

  it('parts Chinese from letters and digits of other scripts, not from punctuation', () => {
    expect(spaceHanWords('5G网络')).toBe('5G 网络');
    const spaced = spaceHanWords('越南（Việt Nam）');
    expect(spaced).not.toMatch(/ （|（ | ）|） /);
    expect(spaced).toContain('（Việt Nam）');
  });

  it('leaves text without Chinese as it is', () => {
    for (const text of ['Biển Đông  (DOC)', 'Vietnam-China 14-15', '']) expect(spaceHanWords(text)).toBe(text);
  });

  it('takes the spaces out again for display, Latin spacing kept', () => {
    for (const text of [SENTENCE, '5G网络和2024年', '苏林（Tô Lâm）会见', 'Railway cooperation in Beijing']) {
      expect(joinHanWords(spaceHanWords(text))).toBe(text);
    }
  });

  it('spaces the text of a page, never its attributes', () => {
    const html = '<h1 data-pagefind-meta="aka:习近平">苏林和习近平</h1><p class="x">铁路合作</p>';
    const indexed = pageForIndex(html);
    expect(indexed).toContain('data-pagefind-meta="aka:习近平"');
    expect(indexed).toContain('<p class="x">铁路 合作</p>');
    expect(indexed.replace(/>([^<]*)</g, (_m, t: string) => `>${t.replace(/ /g, '')}<`)).toBe(html);
  });
});
