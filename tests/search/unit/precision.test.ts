// Precision at five for the search-quality set, on hand-made result lists.
import { describe, expect, it } from 'vitest';
import { failedQuery, formatReport, headlineKey, scoreQuery, summarise } from '../quality/precision.ts';

const A = 'Railway talks open in Hanoi';
const B = 'Lào Cai border gate reopens';
const C = 'Coast guards patrol the gulf';
const D = 'Fruit prices rise before Tết';
const E = 'Football team reaches semi-final';
const F = 'Chip plant opens near Hanoi';
const ZH = '王毅会见越南外长 双方同意妥善处理南海问题';

describe('precision at five', () => {
  it('counts the shown headlines that are expected or acceptable, over those shown', () => {
    const judged = { query: 'railway', expected: [A, B], acceptable: [C] };
    expect(scoreQuery(judged, [A, B, C, D, E]).precision).toBe(0.6);
    expect(scoreQuery(judged, [A, B, C]).precision).toBe(1);
    expect(scoreQuery(judged, [D, A]).precision).toBe(0.5);
    expect(scoreQuery(judged, [D, E]).precision).toBe(0);
  });

  it('looks at the first five only, for precision and for what is missing', () => {
    const judged = { query: 'Hanoi', expected: [A, F] };
    const score = scoreQuery(judged, [A, B, C, D, E, F]);
    expect(score.top5).toEqual([A, B, C, D, E]);
    expect(score.precision).toBe(0.2);
    expect(score.missing).toEqual([F]);
    expect(score.unwanted).toEqual([B, C, D, E]);
  });

  it('scores an empty page 1 when nothing was expected and 0 when something was', () => {
    expect(scoreQuery({ query: 'Mekong dam', expected: [] }, []).precision).toBe(1);
    expect(scoreQuery({ query: 'Mekong dam', expected: [] }, [D]).precision).toBe(0);
    const empty = scoreQuery({ query: 'Lao Cai', expected: [B] }, []);
    expect(empty.precision).toBe(0);
    expect(empty.missing).toEqual([B]);
  });

  it('treats acceptable headlines as not wrong but never as required', () => {
    const score = scoreQuery({ query: 'gulf', expected: [C], acceptable: [A, B] }, [C]);
    expect(score.precision).toBe(1);
    expect(score.missing).toEqual([]);
  });

  it('matches a headline whatever its Unicode form, spacing, or the space the page drops beside Chinese', () => {
    expect(scoreQuery({ query: 'Lao Cai', expected: [B] }, [B.normalize('NFD')]).missing).toEqual([]);
    expect(scoreQuery({ query: 'Lao Cai', expected: [B] }, [`  ${B.replace(' ', '  ')} `]).precision).toBe(1);
    expect(scoreQuery({ query: '南海', expected: [ZH] }, [ZH.replace(' ', '')]).missing).toEqual([]);
    expect(headlineKey(ZH)).toBe('王毅会见越南外长双方同意妥善处理南海问题');
    // Latin words keep their spaces: two different headlines stay different.
    expect(headlineKey('Hai Phong')).not.toBe(headlineKey('Haiphong'));
  });

  it('records the search that was scored when it is not the query (a followed suggestion)', () => {
    expect(scoreQuery({ query: 'semiconducter', expected: [F] }, [F], 'semiconductor').searched).toBe('semiconductor');
    expect(scoreQuery({ query: 'railway', expected: [A] }, [A], 'railway')).not.toHaveProperty('searched');
  });

  it('scores a query whose results could not be read as a failure, missing all it expected', () => {
    const failed = failedQuery({ query: 'Mekong dam', expected: [] }, 'timed out');
    expect(failed.precision).toBe(0);
    expect(failedQuery({ query: 'railway', expected: [A, B] }, 'timed out').missing).toEqual([A, B]);
  });
});

describe('the report', () => {
  const scores = [
    scoreQuery({ query: 'railway', expected: [A], acceptable: [B] }, [A, B]),
    scoreQuery({ query: 'Hanoi', expected: [A, F] }, [A, D]),
    scoreQuery({ query: 'semiconducter', expected: [F] }, [F], 'semiconductor'),
    scoreQuery({ query: 'Mekong dam', expected: [] }, []),
  ];

  it('gives the mean precision and the queries with missing expected articles', () => {
    const report = summarise(scores);
    expect(report.meanPrecision).toBe((1 + 0.5 + 1 + 1) / 4);
    expect(report.withMissing.map((s) => s.query)).toEqual(['Hanoi']);
    expect(summarise([]).meanPrecision).toBe(0);
  });

  it('prints one line a query with its precision and missing headlines, what was shown instead, and the totals', () => {
    const text = formatReport(summarise(scores));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^query\s+P@5\s+missing$/);
    expect(lines.find((l) => l.startsWith('railway'))).toMatch(/^railway\s+1\.00\s+—$/);
    expect(lines.find((l) => l.startsWith('Hanoi'))).toMatch(new RegExp(`^Hanoi\\s+0\\.50\\s+${F}$`));
    expect(text).toContain(`not relevant: ${D}`);
    expect(lines.find((l) => l.startsWith('semiconducter'))).toMatch(/^semiconducter → semiconductor\s+1\.00\s+—$/);
    expect(text).toContain('mean P@5 0.875 over 4 queries');
    expect(text).toContain('1 with missing expected articles: Hanoi');
    // Columns line up: every P@5 starts at the same place.
    const column = lines[0]!.indexOf('P@5');
    for (const line of lines.slice(1, 5).filter((l) => /\d\.\d\d/.test(l))) expect(line.search(/\d\.\d\d/)).toBe(column);
  });

  it('says so when no query misses anything, and shows why a query failed', () => {
    expect(formatReport(summarise([scores[0]!]))).toContain('no query misses an expected article');
    expect(formatReport(summarise([failedQuery({ query: 'railway', expected: [A] }, 'timed out')]))).toContain('error: timed out');
  });
});
