import { describe, expect, it } from 'vitest';
import { summaryAfterTitle } from '../../src/site/article-summary.ts';

describe('summaryAfterTitle', () => {
  it('shows where the lead goes on when the title was cut from it', () => {
    const title = 'Ahead of the Chinese leader’s state visit to Vietnam…';
    const summary = 'Ahead of the Chinese leader’s state visit to Vietnam, Deputy Prime Minister Bui Thanh Son met the ambassador.';
    expect(summaryAfterTitle({ title, summary })).toBe('…Deputy Prime Minister Bui Thanh Son met the ambassador.');
  });

  it('shows nothing when the summary is the title', () => {
    expect(summaryAfterTitle({ title: 'Hai bộ trưởng gặp nhau.', summary: 'Hai bộ trưởng gặp nhau.' })).toBeNull();
    expect(summaryAfterTitle({ title: 'Untitled', summary: '' })).toBeNull();
  });

  it('keeps a summary that does not open with the title whole', () => {
    const summary = 'Le 26 janvier, au siège du Comité central du Parti, les deux délégations se sont rencontrées.';
    expect(summaryAfterTitle({ title: 'Rencontre à Hanoï', summary })).toBe(summary);
  });
});
