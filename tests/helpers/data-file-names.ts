// The names src/data/topics.yaml gives each topic per language, read from the file as an editor wrote them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './build-site.ts';

interface NamedEntry {
  slug: string;
  names: Record<string, string>;
}

/** Topic slug → its name in `lang`, in file order. */
export function topicNames(lang: string): Map<string, string> {
  const { topics } = parse(readFileSync(join(PROJECT_ROOT, 'src/data/topics.yaml'), 'utf8')) as { topics: NamedEntry[] };
  return new Map(
    topics.map((t) => {
      const name = t.names[lang];
      if (!name) throw new Error(`topics.yaml gives ${t.slug} no ${lang} name`);
      return [t.slug, name];
    }),
  );
}
