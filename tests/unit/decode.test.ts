// Reading a file's bytes: what an editor is told about a damaged UTF-8 file, a legacy-encoded one, and a UTF-16 one.
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, type DecodeResult } from '../../src/corpus/decode.ts';
import type { Problem } from '../../src/corpus/types.ts';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const bytes = (...values: number[]): Buffer => Buffer.from(values);

function onlyError(result: DecodeResult): Problem {
  if (result.ok) throw new Error(`expected an error, the file was read as: ${result.text}`);
  expect(result.errors).toHaveLength(1);
  return result.errors[0]!;
}

function decoded(result: DecodeResult): { text: string; notes: Problem[] } {
  if (!result.ok) throw new Error(`expected text, got: ${result.errors.map((e) => e.message).join('; ')}`);
  return result;
}

describe('a UTF-8 file with a few damaged bytes', () => {
  // "Le président est arrivé à Pékin." with the second byte of "à" (0xC3 0xA0) lost: 0xC3 is followed by a space.
  // Line 1 "Titre\n" is bytes 0–5; line 2 starts at byte 6, and "Le président est arrivé " is 26 bytes (é twice).
  const file = Buffer.concat([utf8('Titre\nLe président est arrivé '), bytes(0xc3), utf8(' Pékin.\n')]);

  it('names the byte, its line and its value, quoting the text before it', () => {
    const error = onlyError(decodeArticleBytes('a.txt', file));
    expect(error).toMatchObject({ severity: 'error', code: 'not-utf8', file: 'a.txt', byte: 32, line: 2 });
    expect(error.message).toContain('byte 32 (line 2): 0xC3 after "Le président est arrivé "');
  });

  it('says to fix the byte in an editor, never to convert the file from Windows-1252', () => {
    const error = onlyError(decodeArticleBytes('a.txt', file));
    expect(error.hint).toContain('retype the damaged character');
    expect(error.hint).not.toContain('iconv');
    expect(error.hint).not.toContain('WINDOWS-1252');
  });

  it('lists five places, then says how many more there are', () => {
    // Seven lines, each a correct "éé " (0xC3 0xA9 0xC3 0xA9 0x20), a lone 0xE9 and a line feed: 7 bytes per line,
    // the broken byte at offset 5 of its line.
    const line = Buffer.concat([utf8('éé '), bytes(0xe9), utf8('\n')]);
    const error = onlyError(decodeArticleBytes('a.txt', Buffer.concat(Array.from({ length: 7 }, () => line))));
    expect(error.message).toContain('except at 7 places: byte 5 (line 1): 0xE9 after "éé "; byte 12 (line 2): 0xE9');
    expect(error.message).toContain('byte 33 (line 5): 0xE9 after "éé "; and 2 more');
    expect(error.message).not.toContain('line 6');
  });

  it('shows every byte of a character cut short', () => {
    // A curly apostrophe ’ is 0xE2 0x80 0x99; here the 0x99 was lost before "s".
    const file2 = Buffer.concat([utf8('Hà Nội and Việt Nam'), bytes(0xe2, 0x80), utf8('s ties\n')]);
    const error = onlyError(decodeArticleBytes('a.txt', file2));
    expect(error.message).toContain('0xE2 0x80 after "Hà Nội and Việt Nam"');
  });
});

describe('a Windows-1252 or Latin-1 file', () => {
  it('is told to convert the file with iconv', () => {
    // "Caf" is bytes 0–2; é is the single byte 0xE9 at byte 3.
    const error = onlyError(decodeArticleBytes('a.txt', latin1('Café à Hanoï\n')));
    expect(error).toMatchObject({ code: 'not-utf8', byte: 3, line: 1 });
    expect(error.message).toBe('not valid UTF-8: byte 0xE9 at byte 3 (looks like Windows-1252 or Latin-1)');
    expect(error.hint).toContain('iconv -f WINDOWS-1252 -t UTF-8');
  });

  it('stays one even when two of its letters happen to form a UTF-8 character', () => {
    // "Ã©" in Latin-1 is 0xC3 0xA9, which UTF-8 reads as é; the four lone bytes of é and à around it outnumber it.
    const error = onlyError(decodeArticleBytes('a.txt', latin1('Le café Ã© et le thé à Hué\n')));
    expect(error.message).toContain('looks like Windows-1252 or Latin-1');
    expect(error.hint).toContain('iconv -f WINDOWS-1252');
  });

  it('is not mistaken for a text in another alphabet', () => {
    // "中国人" in GBK: every byte is high, which no Latin-alphabet text looks like.
    const error = onlyError(decodeArticleBytes('a.txt', bytes(0xd6, 0xd0, 0xb9, 0xfa, 0xc8, 0xcb, 0x0a)));
    expect(error.code).toBe('not-utf8');
    expect(error.message).not.toContain('Windows-1252');
    expect(error.hint).not.toContain('WINDOWS-1252');
  });
});

describe('a UTF-16 file with a byte-order mark', () => {
  const text = 'Hà Nội\n\nLe président a dit « oui ».\n';

  it('is read from little-endian bytes, with a note saying so', () => {
    const { text: read, notes } = decoded(decodeArticleBytes('a.txt', Buffer.concat([bytes(0xff, 0xfe), Buffer.from(text, 'utf16le')])));
    expect(read).toBe(text);
    expect(notes).toEqual([expect.objectContaining({ severity: 'warning', code: 'utf16-decoded', file: 'a.txt' })]);
    expect(notes[0]!.message).toContain('UTF-16 LE');
    expect(notes[0]!.hint).toContain('UTF-8');
  });

  it('is read from big-endian bytes, with a note saying so', () => {
    const { text: read, notes } = decoded(
      decodeArticleBytes('a.txt', Buffer.concat([bytes(0xfe, 0xff), Buffer.from(text, 'utf16le').swap16()])),
    );
    expect(read).toBe(text);
    expect(notes.map((n) => n.code)).toEqual(['utf16-decoded']);
    expect(notes[0]!.message).toContain('UTF-16 BE');
  });

  it('is refused when its last character is cut in half', () => {
    // BOM (2 bytes) + "Hi\n" (6 bytes) + one stray byte at byte 8, on line 2.
    const error = onlyError(decodeArticleBytes('a.txt', Buffer.concat([bytes(0xff, 0xfe), Buffer.from('Hi\n', 'utf16le'), bytes(0x41)])));
    expect(error).toMatchObject({ code: 'not-utf16', byte: 8, line: 2 });
  });

  it('is refused as binary when it holds a control character, named at its byte', () => {
    // BOM (bytes 0–1), "H" (2–3), "i" (4–5), then U+0001 at byte 6.
    const error = onlyError(decodeArticleBytes('a.txt', Buffer.concat([bytes(0xff, 0xfe), Buffer.from('Hi\u0001\n', 'utf16le')])));
    expect(error).toMatchObject({ code: 'binary', byte: 6, line: 1 });
  });

  it('is refused when it holds only whitespace', () => {
    expect(onlyError(decodeArticleBytes('a.txt', Buffer.concat([bytes(0xff, 0xfe), Buffer.from(' \n', 'utf16le')]))).code).toBe(
      'whitespace-only',
    );
  });
});

describe('a clean UTF-8 file', () => {
  it('is read with no notes, its BOM removed', () => {
    expect(decodeArticleBytes('a.txt', Buffer.concat([bytes(0xef, 0xbb, 0xbf), utf8('Thứ Hai\n')]))).toEqual({
      ok: true,
      text: 'Thứ Hai\n',
      notes: [],
    });
  });
});
