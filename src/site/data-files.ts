// The editable data files as the pages read them: each file read and checked once per build, here, for every page.
//
// The corpus parse reads the same files from disk (corpus/context.ts) because it runs in plain Node as well; the pages are
// bundled, so they cannot find a file by a path relative to their source and take each file's text from Vite instead.
import glossaryYaml from '../data/glossary.yaml?raw';
import peopleYaml from '../data/people.yaml?raw';
import topicsYaml from '../data/topics.yaml?raw';
import { parseGlossary, type GlossaryEntry } from '../corpus/glossary-matching.ts';
import { parsePeople, type Person } from '../corpus/people-mentions.ts';
import { parseTaxonomy, type Topic } from '../corpus/topic-tagging.ts';

/** Every topic in taxonomy order. */
export const topics: Topic[] = parseTaxonomy(topicsYaml, 'src/data/topics.yaml').topics;

/** Everyone in list order. */
export const people: Person[] = parsePeople(peopleYaml, 'src/data/people.yaml');

/** Every place and term, in file order. */
export const glossary: GlossaryEntry[] = parseGlossary(glossaryYaml, 'src/data/glossary.yaml');
