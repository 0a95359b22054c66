// Files that stop the build, each with the reason and the place (line, byte) the report must give for it.
import type { CorpusEntry, CorpusSpec } from './corpus-spec.ts';

export interface BadFile {
  name: string;
  entry: CorpusEntry;
  /** The report's line for this file, after the folder: `name (line L, byte B): reason`. */
  reportLine: string;
}

const FRENCH_HEADLINE = 'Le president chinois en visite a Hanoi';
const FRENCH_BEFORE_ACCENT = 'Le 26 janvier, le secr';
const FRENCH_LINE = `${FRENCH_BEFORE_ACCENT}étaire général Tô Lâm s'est entretenu avec le président Xi Jinping.`;
// Windows-1252 writes é, ô and â as single bytes 0xE9, 0xF4, 0xE2 (the same bytes as Latin-1 for these letters).
const FRENCH_BYTES = Buffer.from(`${FRENCH_HEADLINE}\n\n${FRENCH_LINE}\n`, 'latin1');
// The first é: after the headline, its newline, the blank line's newline and the ASCII start of line 3.
const FRENCH_ACCENT_BYTE = FRENCH_HEADLINE.length + 2 + FRENCH_BEFORE_ACCENT.length;

// A PNG's first bytes: 0x89 'PNG' CR LF, then the control byte 0x1A (SUB) at byte 6, on line 2 (after the LF at byte 5).
const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

export const BAD_FILES: readonly BadFile[] = [
  { name: 'empty.txt', entry: new Uint8Array(0), reportLine: 'empty.txt: the file is empty (0 bytes)' },
  { name: 'whitespace.txt', entry: ' \n\t\n   \r\n', reportLine: 'whitespace.txt: the file holds only whitespace' },
  {
    name: 'windows-1252-french.txt',
    entry: FRENCH_BYTES,
    reportLine: `windows-1252-french.txt (line 3, byte ${FRENCH_ACCENT_BYTE}): not valid UTF-8: byte 0xE9 at byte ${FRENCH_ACCENT_BYTE} (looks like Windows-1252 or Latin-1)`,
  },
  {
    name: 'image-named.txt',
    entry: PNG_BYTES,
    reportLine: 'image-named.txt (line 2, byte 6): binary data, not text: control byte 0x1A at byte 6',
  },
  // Tests run as root, where chmod 000 does not stop reading: a link to nothing and a folder cannot be read by anyone.
  {
    name: 'dangling-link.txt',
    entry: { symlinkTo: 'missing-article.txt' },
    reportLine: 'dangling-link.txt: a symbolic link to missing-article.txt, which does not exist',
  },
  { name: 'folder.txt', entry: { folder: true }, reportLine: 'folder.txt: a folder named like an article file, not a file' },
];

/** An editor's backup beside them: a note, never an error. */
export const BACKUP_FILE = 'empty.txt~';

export function addBadFiles(spec: CorpusSpec, files: readonly BadFile[] = BAD_FILES): CorpusSpec {
  for (const f of files) spec.set(f.name, f.entry);
  return spec;
}
