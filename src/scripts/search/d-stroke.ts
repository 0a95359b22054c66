// The index folds accents but not đ, so a query typed without it (`Bien Dong`) would never find Đông: it is also tried
// with đ for a word-initial d, since đ only ever begins a Vietnamese syllable.

/** Words whose d may stand for đ; beyond this many, only the spelling with every d as đ is tried. */
const MAX_D_WORDS = 2;

const WORD_INITIAL_D = /(?<![\p{L}\p{M}\p{N}])[dD](?=[\p{L}\p{M}])/gu;

function toDStroke(d: string): string {
  return d === 'D' ? 'Đ' : 'đ';
}

/** `Bien Dong` → [`Bien Đong`]; `Duong Dong` → [`Đuong Dong`, `Duong Đong`, `Đuong Đong`]; none without a word-initial d. */
export function dStrokeVariants(term: string): string[] {
  const at = [...term.matchAll(WORD_INITIAL_D)].map((m) => m.index);
  if (at.length === 0) return [];
  const all = term.replace(WORD_INITIAL_D, toDStroke);
  if (at.length > MAX_D_WORDS) return [all];
  const variants: string[] = [];
  // Every non-empty choice of which d become đ, the all-đ spelling last.
  for (let mask = 1; mask < 1 << at.length; mask++) {
    let offset = 0;
    let out = '';
    at.forEach((index, k) => {
      out += term.slice(offset, index) + (mask & (1 << k) ? toDStroke(term[index]!) : term[index]!);
      offset = index + 1;
    });
    variants.push(out + term.slice(offset));
  }
  return variants;
}
