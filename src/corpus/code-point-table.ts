// A per-code-point classification remembered in a table, for scans that would otherwise run Unicode-property regexes on every character.

const UNSEEN = 255;

/**
 * `classify` (a class number 0–254 for one character) remembered for every BMP code point on first sight;
 * astral code points are rare in our text and are classified each time.
 */
export function tableByCodePoint(classify: (ch: string) => number): (codePoint: number) => number {
  const bmp = new Uint8Array(0x10000).fill(UNSEEN);
  return (codePoint) => {
    if (codePoint > 0xffff) return classify(String.fromCodePoint(codePoint));
    let cls = bmp[codePoint]!;
    if (cls === UNSEEN) {
      cls = classify(String.fromCharCode(codePoint));
      bmp[codePoint] = cls;
    }
    return cls;
  };
}
