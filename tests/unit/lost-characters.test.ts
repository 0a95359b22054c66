// The lost-apostrophe warning: it names words an editor would fix, and stays quiet on plurals and names ending in s.
import { describe, expect, it } from 'vitest';
import { findLostApostrophes } from '../../src/corpus/lost-characters.ts';

/** The article's English paragraphs, one per line from line 1. */
function flagged(...paragraphs: string[]): Record<string, string> {
  const found = findLostApostrophes(paragraphs.map((text, i) => ({ text, line: i + 1 })));
  return Object.fromEntries(found.map((f) => [f.word, f.suggestion]));
}

describe('possessives that lost their apostrophe', () => {
  it('are flagged when the same word has its apostrophe elsewhere in the article', () => {
    expect(flagged("Vietnam's exports rose by 14%.", 'Vietnams economy grew faster than expected.')).toEqual({ Vietnams: 'Vietnam’s' });
  });

  it('are flagged when the word without s is used as a singular name', () => {
    expect(
      flagged(
        'Vietnams General Party Secretary To Lam met Xi Jinping in Hanoi.',
        'Lam said Vietnam and China would deepen their ties, and Xi said China would support Vietnams development.',
        'During the talks with Chinas General Party Secretary, both sides agreed to build a railway.',
      ),
    ).toEqual({ Vietnams: 'Vietnam’s', Chinas: 'China’s' });
  });

  it('are flagged inside a longer name when that name is used alone', () => {
    expect(flagged('The bank said Hong Kong, like Singapore, would recover.', 'Hong Kongs economy shrank.')).toEqual({ Kongs: 'Kong’s' });
  });

  it('are reported once, at the line of their first use', () => {
    const found = findLostApostrophes([
      { text: 'Lam said Vietnam and China agreed.', line: 3 },
      { text: 'Vietnams exports rose.', line: 5 },
      { text: 'Vietnams imports fell.', line: 7 },
    ]);
    expect(found).toEqual([{ line: 5, word: 'Vietnams', suggestion: 'Vietnam’s' }]);
  });

  it('include two words glued where the apostrophe and space were lost', () => {
    expect(
      flagged('The two countries signed a deal.', 'It marks a new stage in the relationship.', 'It deepens the two countriesrelationship.'),
    ).toEqual({
      countriesrelationship: 'countries’ relationship',
    });
  });
});

describe('plurals and names ending in s', () => {
  it('are not flagged when the word is followed by a verb, a conjunction or punctuation', () => {
    expect(
      flagged(
        'The Greens and the Lib Dems voted against the bill, a Lib Dem official said.',
        'Unlike the Oscars, the awards are split by genre; the Oscar ceremony is in March.',
        'Ships from the Philippines and China met near the Philippine coast.',
        'Chef Anna Peters told guests that Peter Lam would cook.',
      ),
    ).toEqual({});
  });

  it('are not flagged where a possessive cannot stand, even when the word without s is a name', () => {
    expect(flagged('The prize went to Serena Williams.', 'Her first coach was William, a Londoner.')).toEqual({});
    expect(flagged('Jacksons said the deal was fair.', 'The shop was founded by Jackson in 1901.')).toEqual({});
    expect(flagged('Edwards and Smith met in London.', 'They had asked Edward, the prince, to come.')).toEqual({});
  });

  it('are not flagged when the word without s only starts sentences, where a capital says nothing', () => {
    expect(flagged('Aid is needed in the region.', 'The concert raised money for Aids research.')).toEqual({});
  });

  it('are not flagged when a name before them differs from the one the apostrophe form belongs to', () => {
    // `Emma Stone's` says nothing about `Rolling Stones`, `Band Aid` nothing about `Aids`, `Robert` nothing about `Julia Roberts`.
    expect(flagged("She read Emma Stone's letter aloud.", 'The Rolling Stones toured Asia that year.')).toEqual({});
    expect(flagged('After Band Aid, many charity songs followed.', 'Part of the sales went to Aids charities.')).toEqual({});
    expect(flagged('He thanked Robert, his agent, for the role.', 'It was a Julia Roberts film through and through.')).toEqual({});
  });

  it('are not flagged when the singular is counted, so the s form is its plural', () => {
    expect(flagged('Defeat cost England a Grand Slam.', 'Two Grand Slams titles slipped away that spring.')).toEqual({});
  });

  it('are not flagged after "the" or a number, which mark a plural-form name', () => {
    expect(flagged('Manila said the boat was Philippine, not Chinese.', 'It entered the Philippines economic zone.')).toEqual({});
    expect(flagged('The statue was named after her uncle Oscar.', 'Since 1929, 2,530 Oscars statuettes have been handed out.')).toEqual({});
  });

  it('are not flagged when the word is a common plural capitalised to start a sentence', () => {
    expect(
      flagged('Sales of video games rose.', 'Games prizes such as these matter more each year, the Game of the Year above all.'),
    ).toEqual({});
  });

  it('are not flagged when the plural is a title before names used in the singular too', () => {
    expect(
      flagged(
        "The Queen spoke to Prince William, and The Prince's Trust sent a message.",
        'Princes William and Harry attended the service.',
      ),
    ).toEqual({});
  });

  it('are flagged for an acronym only beside its apostrophe form, since an acronym takes s for its plural', () => {
    expect(flagged('China claims the sea as its EEZ.', 'Fleets fish in other EEZs waters.')).toEqual({});
    expect(flagged("The BBC's reporter was there.", 'BBCs coverage was praised.')).toEqual({ BBCs: 'BBC’s' });
  });
});

describe('contractions that lost their apostrophe', () => {
  it('are flagged when the joined form is not a word, keeping the capital', () => {
    expect(flagged('"We dont know, and it doesnt matter," he said.', 'Theyre sure it isnt over; it wasnt planned.')).toEqual({
      dont: 'don’t',
      doesnt: 'doesn’t',
      Theyre: 'They’re',
      isnt: 'isn’t',
      wasnt: 'wasn’t',
    });
  });

  it('are not flagged when the joined form is a word in its own right', () => {
    expect(
      flagged('He cant be blamed: it lets the wont of habit win, as well it were so. Its ill effects were known to Jony Ive.'),
    ).toEqual({});
  });
});
