// The glossary as the pages see it: every place and term of src/data/glossary.yaml with its spellings in each language.
import glossaryYaml from '../data/glossary.yaml?raw';
import { compileGlossaryMatcher, parseGlossary, type GlossaryEntry } from '../corpus/glossary-matching.ts';

export const glossary: GlossaryEntry[] = parseGlossary(glossaryYaml, 'src/data/glossary.yaml');

/** The entries an article's texts use; compiled once per build. */
export const glossaryIn = compileGlossaryMatcher(glossary);
