// Turn one file's bytes into text, or into problems that say exactly why it cannot be read.
import type { Problem } from './types.ts';

export type DecodeResult = { ok: true; text: string } | { ok: false; errors: Problem[] };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Byte offset of the first byte that breaks strict UTF-8 (overlongs, surrogates and > U+10FFFF included), or -1. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      // E0 needs A0.. to avoid overlongs; ED stops at 9F to exclude surrogates.
      min = b === 0xe0 ? 0xa0 : 0x80;
      max = b === 0xed ? 0x9f : 0xbf;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      max = b === 0xf4 ? 0x8f : 0xbf;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line number of a byte offset. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b);
}

/** Control characters other than tab, LF, CR and form feed mark a binary file, not a text we should guess at. */
const HAS_CONTROL_CHAR = /[\x00-\x08\x0B\x0E-\x1F\x7F]/;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text, or null when the bytes are not strict UTF-8 (the same bytes `findInvalidUtf8` rejects). */
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

/** Bytes 0x80–0xFF standing alone in an otherwise ASCII file are the mark of a legacy single-byte encoding. */
function guessLegacyEncoding(bytes: Uint8Array, offset: number): string {
  const b = bytes[offset]!;
  return b >= 0x80 ? 'Windows-1252 or Latin-1' : 'an unknown encoding';
}

function hex(b: number): string {
  return '0x' + b.toString(16).toUpperCase().padStart(2, '0');
}

/** Decode strict UTF-8 with the BOM removed, refusing empty, blank, binary and mis-encoded files. */
export function decodeArticleBytes(file: string, bytes: Uint8Array): DecodeResult {
  const problem = (code: string, message: string, hint: string, byte?: number): DecodeResult => {
    const p: Problem = { severity: 'error', code, file, message, hint };
    if (byte !== undefined) {
      p.byte = byte;
      p.line = lineAtByte(bytes, byte);
    }
    return { ok: false, errors: [p] };
  };

  if (bytes.length === 0) {
    return problem('empty', 'the file is empty (0 bytes)', 'Paste the article text into it, or delete the file.');
  }
  const text = decodeStrictUtf8(bytes.subarray(hasBom(bytes) ? 3 : 0));
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
    const invalidAt = findInvalidUtf8(bytes);
    return problem(
      'not-utf8',
      `not valid UTF-8: byte ${hex(bytes[invalidAt]!)} at byte ${invalidAt} (looks like ${guessLegacyEncoding(bytes, invalidAt)})`,
      'Re-save the file as UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt`, or "Save as… UTF-8" in your editor).',
      invalidAt,
    );
  }
  if (text.trim() === '') {
    return problem('whitespace-only', 'the file holds only whitespace', 'Paste the article text into it, or delete the file.');
  }
  return { ok: true, text };
}
