// How many typing slips separate two words: Damerau–Levenshtein distance in its optimal-string-alignment form, where a
// letter inserted, deleted or replaced, or two neighbouring letters swapped (`teh` → `the`), each count as one edit.
// Bounded, because the search page compares a word with tens of thousands of others and only close ones matter.

// Three rows of the distance table, kept between calls: a vocabulary scan makes one call per candidate word.
let twoRowsUp = new Int32Array(32);
let rowAbove = new Int32Array(32);
let row = new Int32Array(32);

/**
 * The distance between `a` and `b` when it is at most `max`, otherwise `max + 1`. Only the cells within `max` of the
 * table's diagonal are computed (a path leaving that band costs more than `max`), and the work stops at the first row
 * whose every cell is over `max`: such a pair costs about `max` cells per letter instead of one per pair of letters.
 * Letters are UTF-16 code units, which for the Latin-script words compared here are characters.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const over = max + 1;
  const lengthA = a.length;
  const lengthB = b.length;
  if (Math.abs(lengthA - lengthB) > max) return over;
  if (lengthA === 0 || lengthB === 0) return Math.max(lengthA, lengthB);
  if (row.length <= lengthB + 1) {
    twoRowsUp = new Int32Array(lengthB + 2);
    rowAbove = new Int32Array(lengthB + 2);
    row = new Int32Array(lengthB + 2);
  }
  for (let j = 0; j <= lengthB; j++) rowAbove[j] = j <= max ? j : over;
  for (let i = 1; i <= lengthA; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(lengthB, i + max);
    // The cells just outside the band read as over the bound: the arrays still hold older rows there.
    row[0] = i <= max ? i : over;
    if (from > 1) row[from - 1] = over;
    let rowMin = from === 1 ? row[0]! : over;
    const letterA = a.charCodeAt(i - 1);
    const letterABefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = from; j <= to; j++) {
      const letterB = b.charCodeAt(j - 1);
      let cost = Math.min(rowAbove[j]! + 1, row[j - 1]! + 1, rowAbove[j - 1]! + (letterA === letterB ? 0 : 1));
      if (j > 1 && letterA === b.charCodeAt(j - 2) && letterABefore === letterB) {
        cost = Math.min(cost, twoRowsUp[j - 2]! + 1);
      }
      if (cost > over) cost = over;
      row[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (to < lengthB) row[to + 1] = over;
    if (rowMin > max) return over;
    const oldest = twoRowsUp;
    twoRowsUp = rowAbove;
    rowAbove = row;
    row = oldest;
  }
  return Math.min(rowAbove[lengthB]!, over);
}
