// The article's title: its headline when it has one; else a file name that reads like a headline; else the lead's
// first words. The last two carry a warning, and the lead shown under a title cut from it does not repeat it.
import { describe, expect, it } from 'vitest';
import { chooseTitle, continueLeadAfterTitle } from '../../src/corpus/article-title.ts';
import type { BodyBlock } from '../../src/corpus/types.ts';

function paragraph(text: string, line: number): BodyBlock {
  return { kind: 'paragraph', text, lang: 'fr', line, translation: null };
}

const LEAD = 'Le Vietnam et la Chine ont signé mardi un accord ferroviaire. Le projet dépasse 8 milliards de dollars.';
const BODY: BodyBlock[] = [paragraph(LEAD, 3), paragraph('Les travaux pourraient débuter dès 2025, selon le ministère des Transports.', 4)];

describe('chooseTitle', () => {
  it('takes the headline when the text has one, with no warning', () => {
    const t = chooseTitle('000_08c7fae4138fbc52.txt', { text: 'Hanoï et Pékin relancent le rail', line: 1 }, ['first line'], BODY);
    expect(t).toMatchObject({ text: 'Hanoï et Pékin relancent le rail', line: 1, noHeadline: null, fromLead: false });
    expect(t.provenance.line).toBe(1);
  });

  it('prefers the headline to a file name that reads like one', () => {
    const t = chooseTitle('zh_07_越南与中国签署跨境铁路合作协议.txt', { text: '越南与中国签署铁路协议', line: 1 }, ['first line'], BODY);
    expect(t.text).toBe('越南与中国签署铁路协议');
  });

  it('takes the file name when the text has no headline, and says so', () => {
    const t = chooseTitle('zh_07_越南与中国签署跨境铁路合作协议.txt', null, [], BODY);
    expect(t).toMatchObject({ text: '越南与中国签署跨境铁路合作协议', line: null, fromLead: false });
    expect(t.provenance.method).toBe('file name');
    expect(t.noHeadline?.message).toMatch(/file name/u);
    expect(t.noHeadline?.hint.length).toBeGreaterThan(10);
  });

  it('takes the lead’s first sentence when neither text nor file name has a headline, and points at the lead', () => {
    const t = chooseTitle('000_08c7fae4138fbc52.txt', null, [], BODY);
    expect(t).toMatchObject({ text: 'Le Vietnam et la Chine ont signé mardi un accord ferroviaire.', line: 3, fromLead: true });
    expect(t.provenance.line).toBe(3);
    expect(t.noHeadline?.line).toBe(3);
  });

  it('reads the lead from the first paragraph, past a figure', () => {
    const figure: BodyBlock = { kind: 'figure', image: 'lao-cai.jpg', caption: 'La gare de Lao Cai.', credit: null, lang: 'fr', line: 2 };
    const t = chooseTitle('000_08c7fae4138fbc52.txt', null, [], [figure, ...BODY]);
    expect(t.text).toBe('Le Vietnam et la Chine ont signé mardi un accord ferroviaire.');
  });
});

describe('continueLeadAfterTitle', () => {
  it('leaves the rest of the lead when the title is its whole first sentence', () => {
    const out = continueLeadAfterTitle(BODY, 'Le Vietnam et la Chine ont signé mardi un accord ferroviaire.');
    expect(out.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'Le projet dépasse 8 milliards de dollars.',
      'Les travaux pourraient débuter dès 2025, selon le ministère des Transports.',
    ]);
  });

  it('goes on with … where a cut title stopped', () => {
    const lead =
      "Réunis mardi à Hanoï pour la quinzième session du comité de coopération, les deux gouvernements ont adopté un plan d'action sur cinq ans.";
    const out = continueLeadAfterTitle([paragraph(lead, 2)], 'Réunis mardi à Hanoï pour la quinzième session du comité de coopération…');
    expect(out).toEqual([paragraph("…les deux gouvernements ont adopté un plan d'action sur cinq ans.", 2)]);
  });

  it('removes a lead that the title took whole', () => {
    const out = continueLeadAfterTitle(
      [paragraph('Le Vietnam et la Chine ont signé un accord.', 2), BODY[1]!],
      'Le Vietnam et la Chine ont signé un accord.',
    );
    expect(out).toEqual([BODY[1]]);
  });

  it('leaves the body alone when the title is not the lead’s opening', () => {
    expect(continueLeadAfterTitle(BODY, 'Hanoï et Pékin relancent le rail')).toEqual(BODY);
  });
});
