// `npm run corpus:check [-- folder] [--json]`: every inferred field with its provenance, every warning and error,
// and the people an editor may add to the people list; exit 1 on errors.
import { parseArgs } from 'node:util';
import { createCorpusContext, DEFAULT_PEOPLE_FILE } from '../corpus/context.ts';
import { parseCorpus } from '../corpus/parse-corpus.ts';
import { loadPeople } from '../corpus/people-mentions.ts';
import { formatErrorReport, formatProblem } from '../corpus/report.ts';
import { suggestPeople, suggestionArticle } from '../corpus/suggest-people.ts';
import type { SuggestedPerson } from '../corpus/suggest-people.ts';
import type { Article, PartialDate, Provenance } from '../corpus/types.ts';

const { values, positionals } = parseArgs({ options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
const folder = positionals[0] ?? process.env.CORPUS_DIR ?? 'seeds';
const result = parseCorpus(folder, createCorpusContext());
const suggestedPeople = suggestPeople(result.articles.map(suggestionArticle), loadPeople(DEFAULT_PEOPLE_FILE));

function describeDate(d: PartialDate): string {
  if (d.precision === 'unknown') return 'unknown';
  if (d.iso) return `${d.iso} (full date)`;
  const pad = (n: number | null): string => (n === null ? '??' : String(n).padStart(2, '0'));
  return `${d.year ?? '????'}-${pad(d.month)}-${pad(d.day)} (${d.precision}; the parts marked ? are not stated)`;
}

function from(p: Provenance | undefined): string {
  if (!p) return '';
  const where = p.line === null ? p.method : `line ${p.line}, ${p.method}`;
  return `   [${where}${p.evidence ? `: "${p.evidence}"` : ''}]`;
}

function describe(a: Article): string {
  const refs = (list: Article['topics']): string =>
    list.length ? list.map((r) => `${r.slug}${r.score === undefined ? '' : ` ${r.score}`} (${r.evidence.join(', ')})`).join('; ') : '—';
  const count = (kind: string): number => a.body.filter((b) => b.kind === kind).length;
  const pairs = a.body.filter((b) => b.kind !== 'figure' && b.translation).length;
  const rows: [string, string][] = [
    ['slug', a.slug + from(a.provenance.slug)],
    ['title', `[${a.titleLang}] ${a.title}${from(a.provenance.title)}`],
    [
      'title translation',
      a.titleTranslation ? `[${a.titleTranslation.lang}] ${a.titleTranslation.text}   [line ${a.titleTranslation.line}]` : '—',
    ],
    ['date', describeDate(a.date) + from(a.provenance.date)],
    ['language', a.language + from(a.provenance.language)],
    ['languages', a.languages.join(', ')],
    ['topics', refs(a.topics)],
    ['people', refs(a.people)],
    ['source', a.source ? [a.source.name, a.source.url].filter(Boolean).join(' ') + from(a.provenance.source) : '—'],
    ['byline', (a.byline ?? '—') + from(a.provenance.byline)],
    ['summary', a.summary],
    ['words', String(a.wordCount)],
    [
      'body',
      `${count('paragraph')} paragraphs (${pairs} with translations), ${count('subheading')} subheadings, ${count('figure')} figures`,
    ],
    ['frontmatter', a.overridden.length ? a.overridden.join(', ') : '—'],
  ];
  const lines = rows.map(([k, v]) => `  ${k.padEnd(18)}${v}`);
  for (const d of a.dropped) lines.push(`  ${'kept out of body'.padEnd(18)}line ${d.line} (${d.reason}): ${d.text.slice(0, 100)}`);
  for (const b of a.body)
    lines.push(
      `  ${(`  ${b.kind}`).padEnd(18)}line ${b.line} [${b.lang}]${b.kind !== 'figure' && b.translation ? ` + translation line ${b.translation.line} [${b.translation.lang}]` : ''}`,
    );
  return lines.join('\n');
}

/** The suggestions as an editor reads them: name, counts, spellings, and where to see one. */
function describeSuggestions(list: readonly SuggestedPerson[]): string {
  if (list.length === 0) return 'Suggested people: none (no name the people list lacks follows a title twice).';
  const lines = [
    `Suggested people (${list.length}): names that follow a title (President, Thủ tướng, 主席…) and are not in src/data/people.yaml`,
  ];
  for (const p of list) {
    lines.push(`  ${p.name} — ${p.articles} article${p.articles === 1 ? '' : 's'}, ${p.mentions} mention${p.mentions === 1 ? '' : 's'}`);
    lines.push(`    spellings  ${p.spellings.map((s) => `${s.text} (${s.mentions})`).join(', ')}`);
    lines.push(`    e.g.       ${folder}/${p.example.file}${p.example.line === null ? '' : `:${p.example.line}`}  "${p.example.text}"`);
  }
  return lines.join('\n');
}

if (values.json) {
  process.stdout.write(
    `${JSON.stringify(
      {
        folder,
        fileCount: result.fileCount,
        articles: result.articles,
        errors: result.errors,
        warnings: result.warnings,
        ignoredFiles: result.ignoredFiles,
        suggestedPeople,
      },
      null,
      2,
    )}\n`,
  );
} else {
  for (const a of [...result.articles].sort((x, y) => (x.sourceFile < y.sourceFile ? -1 : 1))) {
    console.log(`${folder}/${a.sourceFile}\n${describe(a)}`);
    for (const w of a.warnings) console.log(`  warning:${formatProblem(w, folder).slice(1)}`);
    console.log('');
  }
  // Copies of another file and pages with no article text are not published: their warnings are theirs alone.
  const published = new Set(result.articles.map((a) => a.sourceFile));
  for (const w of result.warnings.filter((x) => !published.has(x.file)).sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0))) {
    console.log(`${folder}/${w.file} (not published)\n  warning:${formatProblem(w, folder).slice(1)}\n`);
  }
  for (const f of result.ignoredFiles) console.log(`note: ignored ${folder}/${f} (not a .txt file)`);
  console.log(`${describeSuggestions(suggestedPeople)}\n`);
  console.log(
    `${result.articles.length} articles, ${result.warnings.length} warnings, ${result.errors.length} errors in ${result.fileCount} .txt files.`,
  );
  if (result.errors.length) console.error(`\n${formatErrorReport(result.errors, folder, result.fileCount)}`);
}
process.exitCode = result.errors.length ? 1 : 0;
