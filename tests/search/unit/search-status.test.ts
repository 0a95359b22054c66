// The search status line in each interface language: how many articles have the query as typed, under another name, or
// its words only apart, and which filters are on, by name.
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/i18n/translate.ts';
import type { UiLang } from '../../../src/i18n/ui-languages.ts';
import { sayer, searchMessages } from '../../../src/scripts/search/search-messages.ts';
import { describeSearch, dividerText } from '../../../src/scripts/search/search-status.ts';
import type { Labels } from '../../../src/scripts/search/result-view.ts';

const labels: Labels = { topic: { 'south-china-sea': 'Biển Đông' }, lang: { fr: 'Français' }, person: {}, year: {} };
const say = (lang: UiLang) => sayer(lang, searchMessages(CATALOGUES[lang]));
const state = (query: string, filters: Record<string, string> = {}) => ({ query, filters, sort: 'relevance' as const });
const answer = (total: number, together: number, throughAlias: number, words: string[]) => ({ total, together, throughAlias, words });

describe('the search status line', () => {
  it('counts what was found as typed, under another name, and with the words apart, in English', () => {
    const en = say('en');
    expect(describeSearch(state('quan he hai nuoc'), answer(3, 1, 0, ['quan', 'he', 'hai', 'nuoc']), labels, en)).toBe(
      '1\u00a0article found for “quan he hai nuoc”; 2\u00a0more contain these words separately.',
    );
    expect(describeSearch(state('ferroviaire'), answer(9, 9, 8, ['ferroviaire']), labels, en)).toBe(
      '1\u00a0article found for “ferroviaire”, and 8\u00a0more that write it another way.',
    );
    expect(describeSearch(state('Tô Lâm'), answer(1, 1, 1, ['tô', 'lâm']), labels, en)).toBe('1\u00a0article writes “Tô Lâm” another way.');
    expect(describeSearch(state('railw'), answer(5, 0, 0, ['railw']), labels, en)).toBe(
      '5\u00a0articles have a word beginning with “railw”.',
    );
  });

  it('names the filters chosen, even with no query', () => {
    expect(describeSearch(state('', { topic: 'south-china-sea', lang: 'fr' }), answer(0, 0, 0, []), labels, say('en'))).toBe(
      '0\u00a0articles, filtered by Biển Đông, Français.',
    );
    expect(describeSearch(state('', { topic: 'south-china-sea', lang: 'fr' }), answer(0, 0, 0, []), labels, say('zh'))).toBe(
      '0\u00a0篇文章，筛选条件：Biển Đông、Français。',
    );
  });

  it('speaks Vietnamese, French and Chinese with their own plurals and quotation marks', () => {
    const found = answer(3, 1, 0, ['quan', 'he']);
    expect(describeSearch(state('quan he'), found, labels, say('vi'))).toBe(
      'Tìm thấy 1\u00a0bài cho “quan he”; thêm 2\u00a0bài có các từ này nhưng đứng tách rời.',
    );
    expect(describeSearch(state('quan he'), found, labels, say('fr'))).toBe(
      '1\u00a0article trouvé pour «\u00a0quan he\u00a0»\u00a0; 2\u00a0autres contiennent ces mots séparément.',
    );
    expect(describeSearch(state('quan he'), found, labels, say('zh'))).toBe(
      '找到 1\u00a0篇与“quan he”相关的文章；另有 2\u00a0篇分开包含这些词。',
    );
    expect(describeSearch(state('xyz'), answer(0, 0, 0, ['xyz']), labels, say('vi'))).toBe('Không tìm thấy bài nào cho “xyz”.');
  });

  it('heads the results with the words apart in the page’s language', () => {
    expect(dividerText({ words: ['a', 'b'] }, say('en'))).toBe('Also contain these words separately');
    expect(dividerText({ words: ['railw'] }, say('fr'))).toBe('Mots commençant par ce que vous avez tapé');
  });
});
