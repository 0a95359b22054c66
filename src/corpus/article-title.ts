// The article's title: the headline when the text has one, else the file name when it reads like a headline, else the lead.
import { titleFromFileName, titleFromLead } from './headline.ts';
import type { FoundText } from './structure.ts';
import { clipAtWord } from './text-stats.ts';
import type { BodyBlock, Provenance } from './types.ts';

export interface ArticleTitle {
  text: string;
  /** The title is the lead's opening words: the lead shown under it goes on from where the title stops. */
  fromLead: boolean;
  line: number | null;
  provenance: Provenance;
  /** Set when the text has no headline: what an editor should know. */
  noHeadline: { message: string; hint: string; line?: number } | null;
}

const EVIDENCE_MAX_CHARS = 160;

function leadText(body: readonly BodyBlock[]): { text: string; line: number } | null {
  const lead = body.find((b) => b.kind === 'paragraph') ?? body[0];
  if (!lead) return null;
  const text = lead.kind === 'figure' ? (lead.caption ?? lead.credit ?? lead.image ?? '') : lead.text;
  return { text, line: lead.line };
}

export function chooseTitle(
  file: string,
  headline: FoundText | null,
  headlineReasons: readonly string[],
  body: readonly BodyBlock[],
): ArticleTitle {
  if (headline) {
    return {
      text: headline.text,
      fromLead: false,
      line: headline.line,
      provenance: {
        line: headline.line,
        method: `headline (${headlineReasons.join(', ')})`,
        evidence: clipAtWord(headline.text, EVIDENCE_MAX_CHARS),
      },
      noHeadline: null,
    };
  }
  const fromName = titleFromFileName(file);
  if (fromName) {
    return {
      text: fromName,
      fromLead: false,
      line: null,
      provenance: { line: null, method: 'file name', evidence: file },
      noHeadline: {
        message: 'the text has no headline; the title was taken from the file name',
        hint: 'Check the title, or set `title:` in frontmatter.',
      },
    };
  }
  const lead = leadText(body);
  const text = lead ? titleFromLead(lead.text) : file;
  return {
    text,
    fromLead: lead !== null,
    line: lead?.line ?? null,
    provenance: {
      line: lead?.line ?? null,
      method: 'derived from the lead (the file has no headline)',
      evidence: clipAtWord(lead?.text ?? '', EVIDENCE_MAX_CHARS),
    },
    noHeadline: {
      message: lead
        ? `no headline line found; the title was derived from the first sentence of line ${lead.line}`
        : 'no headline line found',
      hint: 'Add `title:` in frontmatter if the article has a real headline.',
      ...(lead ? { line: lead.line } : {}),
    },
  };
}

/**
 * The body with its lead going on after the words the title took from it, so the top of the page never says the
 * same sentence twice: a whole first sentence leaves the lead; a title cut short leaves `…` and the rest.
 */
export function continueLeadAfterTitle(body: readonly BodyBlock[], title: string): BodyBlock[] {
  const index = body.findIndex((b) => b.kind === 'paragraph');
  const lead = body[index];
  if (lead?.kind !== 'paragraph' || lead.translation) return [...body];
  const cut = title.endsWith('…');
  const taken = cut ? title.slice(0, -1) : title;
  if (!lead.text.startsWith(taken)) return [...body];
  const rest = lead.text.slice(taken.length).replace(/^[\s,;:，、：；–—-]+/u, '');
  const out = [...body];
  if (rest === '') out.splice(index, 1);
  else out[index] = { ...lead, text: cut ? `…${rest}` : rest };
  return out;
}
