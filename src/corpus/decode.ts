// Turn one file's bytes into text, or into problems that say exactly why it cannot be read.
import type { Problem } from './types.ts';

/** `notes` are warnings about how the text was read (e.g. from UTF-16), for the article's warnings. */
export type DecodeResult = { ok: true; text: string; notes: Problem[] } | { ok: false; errors: Problem[] };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** The two UTF-16 byte orders, told apart by the byte-order mark a UTF-16 file starts with. */
const UTF16_ORDERS = [
  { name: 'LE', label: 'utf-16le', bom: [0xff, 0xfe], littleEndian: true },
  { name: 'BE', label: 'utf-16be', bom: [0xfe, 0xff], littleEndian: false },
] as const;
type Utf16Order = (typeof UTF16_ORDERS)[number];

/** How many broken places a `not-utf8` message lists before "and N more". */
const BROKEN_PLACES_LISTED = 5;
/** How much of the line before a broken place is quoted, so an editor can search for it. */
const CONTEXT_MAX_CHARS = 24;
/**
 * In a Latin-alphabet text, accented letters are a minority of the letters (a few percent in French); high bytes that
 * rival the letters come from a text in another alphabet (Cyrillic, Chinese…), which Windows-1252 would garble.
 */
const LATIN_HIGH_BYTE_SHARE_MAX = 0.5;

/** A place where the bytes stop being UTF-8: one stray byte, or a sequence cut short. */
interface BrokenPlace {
  byte: number;
  length: number;
}

/** What a strict UTF-8 reading of the bytes finds: characters beyond ASCII that are correct, and places that are not. */
interface Utf8Scan {
  multiByteChars: number;
  broken: BrokenPlace[];
}

/**
 * The length of the UTF-8 sequence starting at `i` (valid), or of its broken start (invalid): a lead byte and the
 * continuation bytes that fit it before the sequence breaks off. Overlongs, surrogates and > U+10FFFF are invalid.
 */
function utf8SequenceAt(bytes: Uint8Array, i: number): { valid: boolean; length: number } {
  const b = bytes[i]!;
  if (b < 0x80) return { valid: true, length: 1 };
  let need: number;
  let min = 0x80;
  let max = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    // E0 needs A0.. to avoid overlongs; ED stops at 9F to exclude surrogates.
    if (b === 0xe0) min = 0xa0;
    if (b === 0xed) max = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) min = 0x90;
    if (b === 0xf4) max = 0x8f;
  } else return { valid: false, length: 1 };
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    const lo = k === 1 ? min : 0x80;
    const hi = k === 1 ? max : 0xbf;
    if (c === undefined || c < lo || c > hi) return { valid: false, length: k };
  }
  return { valid: true, length: need + 1 };
}

/** Every broken place from `start` on, and how many characters beyond ASCII are correct UTF-8. */
function scanUtf8(bytes: Uint8Array, start: number): Utf8Scan {
  const scan: Utf8Scan = { multiByteChars: 0, broken: [] };
  let i = start;
  while (i < bytes.length) {
    const seq = utf8SequenceAt(bytes, i);
    if (!seq.valid) scan.broken.push({ byte: i, length: seq.length });
    else if (seq.length > 1) scan.multiByteChars++;
    i += seq.length;
  }
  return scan;
}

/**
 * 1-based line number of a byte offset, for the files whose problems are found in their bytes, UTF-8 and single-byte
 * encodings, where a line feed is one 0x0A byte. A UTF-16 file's lines are counted in its decoded text (lineAtIndex).
 */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** 1-based line number of a position in decoded text: a UTF-16 file's, where a line feed is two bytes. */
function lineAtIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Control characters other than tab, LF, CR and form feed mark a binary file, not a text we should guess at. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is how a binary file is told apart.
const HAS_CONTROL_CHAR = /[\x00-\x08\x0B\x0E-\x1F\x7F]/;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** The text, or null when the bytes are not strict UTF-8 (the same bytes `scanUtf8` calls broken). */
function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** Where the first control byte of HAS_CONTROL_CHAR is, or -1. */
function firstBinaryByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return i;
    if (b === 0x7f) return i;
  }
  return -1;
}

/**
 * Mostly UTF-8 when the correct characters beyond ASCII outnumber the broken places: a few bytes were damaged in
 * copying. A Windows-1252 or Latin-1 file has no correct multi-byte characters, bar an accidental pair of accents.
 */
function isMostlyUtf8(scan: Utf8Scan): boolean {
  return scan.multiByteChars > scan.broken.length;
}

/** Whether the high bytes read as the accented letters and typography of a Latin-alphabet text in Windows-1252. */
function readsAsWindows1252(bytes: Uint8Array): boolean {
  const text = WINDOWS_1252.decode(bytes);
  let high = 0;
  let letters = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80) {
      // WHATWG maps the five bytes Windows-1252 leaves undefined (0x81, 0x8D…) to C1 controls: no text holds those.
      if (cp <= 0x9f) return false;
      high++;
    }
    if (/\p{L}/u.test(ch)) letters++;
  }
  return high <= LATIN_HIGH_BYTE_SHARE_MAX * Math.max(letters, 1);
}

function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Up to CONTEXT_MAX_CHARS of the line before `byte`, from a word start, to search for in an editor; '' at a line start. */
function textBefore(bytes: Uint8Array, byte: number): string {
  let lineStart = byte;
  while (lineStart > 0 && bytes[lineStart - 1] !== 0x0a) lineStart--;
  // Reading a few bytes more than needed keeps a multi-byte character whole; the cut is made on characters below.
  const from = Math.max(lineStart, byte - CONTEXT_MAX_CHARS * 4);
  const before = LENIENT_UTF8.decode(bytes.subarray(from, byte)).replace(/^\s+/, '');
  if (before.length <= CONTEXT_MAX_CHARS) return before;
  const clipped = before.slice(-CONTEXT_MAX_CHARS);
  const wordStart = clipped.search(/\s\S/);
  return `…${wordStart >= 0 ? clipped.slice(wordStart + 1) : clipped}`;
}

/** `byte 3587 (line 86): 0xC3 after "messages liés "`, one broken place as an editor looks for it. */
function describeBrokenPlace(bytes: Uint8Array, place: BrokenPlace, line: number): string {
  const values = [...bytes.subarray(place.byte, place.byte + place.length)].map(hex).join(' ');
  const before = textBefore(bytes, place.byte);
  return `byte ${place.byte} (line ${line}): ${values}${before ? ` after "${before}"` : ''}`;
}

/** The line of each byte offset (ascending), in one pass over the bytes. */
function linesAtBytes(bytes: Uint8Array, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset; i++) if (bytes[i] === 0x0a) line++;
    lines.push(line);
  }
  return lines;
}

/** The error for a UTF-8 file with a few damaged places: which bytes, where, and to fix them by hand. */
function damagedUtf8Error(file: string, bytes: Uint8Array, scan: Utf8Scan): Problem {
  const listed = scan.broken.slice(0, BROKEN_PLACES_LISTED);
  const lines = linesAtBytes(
    bytes,
    listed.map((p) => p.byte),
  );
  const places = listed.map((p, i) => describeBrokenPlace(bytes, p, lines[i]!));
  const more = scan.broken.length - listed.length;
  const count = scan.broken.length === 1 ? '1 place' : `${scan.broken.length} places`;
  return {
    severity: 'error',
    code: 'not-utf8',
    file,
    line: lines[0]!,
    byte: listed[0]!.byte,
    message: `the file is UTF-8 (${scan.multiByteChars} characters beyond ASCII read correctly) except at ${count}: ${places.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
    hint:
      'Open the file in an editor that reads UTF-8, go to each line listed and retype the damaged character (often an accented letter that lost a byte in copying). ' +
      'Do not convert the whole file from another encoding: its other accented characters are already correct and would be garbled.',
  };
}

/** The error for a file written in a single-byte legacy encoding, with the conversion that fixes it. */
function legacyEncodingError(file: string, bytes: Uint8Array, firstBroken: number): Problem {
  const base = { severity: 'error', code: 'not-utf8', file, line: lineAtByte(bytes, firstBroken), byte: firstBroken } as const;
  const b = hex(bytes[firstBroken]!);
  if (readsAsWindows1252(bytes)) {
    return {
      ...base,
      message: `not valid UTF-8: byte ${b} at byte ${firstBroken} (looks like Windows-1252 or Latin-1)`,
      hint: 'Re-save the file as UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt`, or "Save as… UTF-8" in your editor).',
    };
  }
  return {
    ...base,
    message: `not valid UTF-8: byte ${b} at byte ${firstBroken} (looks like an unknown encoding, not a Latin-alphabet one)`,
    hint: 'Re-save the file as UTF-8 from the program it came from ("Save as… UTF-8"), or convert it with `iconv -f ENCODING -t UTF-8 in.txt > out.txt` once you know its encoding.',
  };
}

/** The note that goes with a text read from UTF-16, so the file gets saved as UTF-8 like the rest of the corpus. */
function utf16Note(file: string, order: Utf16Order): Problem {
  return {
    severity: 'warning',
    code: 'utf16-decoded',
    file,
    message: `the file is UTF-16 ${order.name} (it starts with a UTF-16 ${order.name} byte-order mark) and was read as such`,
    hint: 'Save it as UTF-8 ("Save as… UTF-8" in your editor), the encoding of the rest of the corpus.',
  };
}

/** Byte offset of the first place after the BOM that is not UTF-16: a lone surrogate or a half code unit at the end. */
function firstBrokenUtf16Byte(bytes: Uint8Array, order: Utf16Order): number {
  const unitAt = (i: number): number => (order.littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  let i = 2;
  while (i + 1 < bytes.length) {
    const unit = unitAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) return i;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 3 < bytes.length ? unitAt(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 4;
    } else i += 2;
  }
  return i;
}

/** Decode a file that starts with a UTF-16 byte-order mark; `null` when it holds none. */
function decodeUtf16(file: string, bytes: Uint8Array): DecodeResult | null {
  const order = UTF16_ORDERS.find((o) => startsWith(bytes, o.bom));
  if (!order) return null;
  const body = bytes.subarray(2);
  let text: string;
  try {
    text = new TextDecoder(order.label, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const at = firstBrokenUtf16Byte(bytes, order);
    const before = new TextDecoder(order.label, { ignoreBOM: true }).decode(bytes.subarray(2, at));
    return {
      ok: false,
      errors: [
        {
          severity: 'error',
          code: 'not-utf16',
          file,
          line: lineAtIndex(before, before.length),
          byte: at,
          message: `the file starts with a UTF-16 ${order.name} byte-order mark but is not valid UTF-16 from byte ${at} on`,
          hint: 'Re-save the file as UTF-8 ("Save as… UTF-8" in your editor).',
        },
      ],
    };
  }
  const control = HAS_CONTROL_CHAR.exec(text);
  if (control) {
    // Each UTF-16 code unit is two bytes, so a position in the text is a byte offset after the BOM.
    const byte = 2 + 2 * control.index;
    const p: Problem = {
      severity: 'error',
      code: 'binary',
      file,
      line: lineAtIndex(text, control.index),
      byte,
      message: `binary data, not text: control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at byte ${byte} (read as UTF-16 ${order.name})`,
      hint: 'Only plain-text articles belong in the corpus folder; remove this file or replace it with the article text saved as UTF-8.',
    };
    return { ok: false, errors: [p] };
  }
  return { ok: true, text, notes: [utf16Note(file, order)] };
}

/** Decode strict UTF-8 with the BOM removed, or UTF-16 with its BOM, refusing empty, blank, binary and mis-encoded files. */
export function decodeArticleBytes(file: string, bytes: Uint8Array): DecodeResult {
  const problem = (code: string, message: string, hint: string, byte?: number): DecodeResult => {
    const p: Problem = { severity: 'error', code, file, message, hint };
    if (byte !== undefined) {
      p.byte = byte;
      p.line = lineAtByte(bytes, byte);
    }
    return { ok: false, errors: [p] };
  };
  const whitespaceOnly = (): DecodeResult =>
    problem('whitespace-only', 'the file holds only whitespace', 'Paste the article text into it, or delete the file.');

  if (bytes.length === 0) {
    return problem('empty', 'the file is empty (0 bytes)', 'Paste the article text into it, or delete the file.');
  }
  const utf16 = decodeUtf16(file, bytes);
  if (utf16) return utf16.ok && utf16.text.trim() === '' ? whitespaceOnly() : utf16;

  const bodyStart = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  const text = decodeStrictUtf8(bytes.subarray(bodyStart));
  // The byte loops below only run for a broken file, to say where it breaks: checking the decoded text is far cheaper.
  if (text === null || HAS_CONTROL_CHAR.test(text)) {
    const binaryAt = firstBinaryByte(bytes);
    if (binaryAt >= 0) {
      return problem(
        'binary',
        `binary data, not text: control byte ${hex(bytes[binaryAt]!)} at byte ${binaryAt}`,
        'Only plain-text articles belong in the corpus folder; remove this file or replace it with the article text saved as UTF-8.',
        binaryAt,
      );
    }
  }
  if (text === null) {
    const scan = scanUtf8(bytes, bodyStart);
    const error = isMostlyUtf8(scan) ? damagedUtf8Error(file, bytes, scan) : legacyEncodingError(file, bytes, scan.broken[0]!.byte);
    return { ok: false, errors: [error] };
  }
  if (text.trim() === '') return whitespaceOnly();
  return { ok: true, text, notes: [] };
}
