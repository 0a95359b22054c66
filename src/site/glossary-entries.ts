// Which places and terms of the glossary an article's texts use, for the pages and the search index fields they write.
import { compileGlossaryMatcher } from '../corpus/glossary-matching.ts';
import { glossary } from './data-files.ts';

/** The entries an article's texts use; compiled once per build. */
export const glossaryIn = compileGlossaryMatcher(glossary);
