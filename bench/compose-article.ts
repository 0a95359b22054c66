// Write one raw article (the text of one .txt file) from its plan: headline, dateline, prose, figures, subheadings, closing lines.
import type { Random } from './prng.ts';
import type { ArticlePlan } from './corpus-plan.ts';
import type { ProseLanguage, SentencePools } from './seed-sentences.ts';
import { drawDateline, vietnameseOpener, withOpener, type Dateline } from './datelines.ts';
import {
  AGENCIES,
  BOILERPLATE,
  BYLINES,
  CAPTIONS,
  CREDITS,
  IMAGE_EXTENSIONS,
  IMAGE_STEMS,
  SOURCES,
  SUBHEADINGS,
} from './corpus-vocabulary.ts';

export interface Headline {
  text: string;
  /** The Vietnamese translation, for bilingual files. */
  vi: string;
}

export interface ComposedArticle {
  text: string;
  /** The title a reader should see: the headline, or the lead's first sentence when the file has none. */
  title: string;
  dateline: Dateline;
  words: number;
}

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/** Words as the site counts them: Latin-script words plus one per Han character. */
function countWords(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  return han + (text.replace(HAN, ' ').match(LATIN_WORD)?.length ?? 0);
}

/** Sentences drawn without repeats until the pool runs out, then reshuffled. */
function sentenceSource(pool: readonly string[], random: Random): () => string {
  let deck: string[] = [];
  return () => {
    if (deck.length === 0) {
      deck = [...pool];
      for (let i = deck.length - 1; i > 0; i--) {
        const j = random.int(0, i);
        [deck[i], deck[j]] = [deck[j]!, deck[i]!];
      }
    }
    return deck.pop()!;
  };
}

const joinSentences = (lang: ProseLanguage, sentences: string[]): string => sentences.join(lang === 'zh' ? '' : ' ');

/** `Vietnam’s` → `Vietnams`, `countries’ relationship` → `countriesrelationship`: the copy-paste damage of seed 000. */
function loseApostrophes(text: string): string {
  return text.replace(/\b(Vietnam|China)[’']s\b/g, '$1s').replace(/\bcountries[’'] (\p{Ll})/gu, 'countries$1');
}

const CARRIES_APOSTROPHE = /\b(?:Vietnam|China)[’']s\b|\bcountries[’'] \p{Ll}/u;

interface Writer {
  plan: ArticlePlan;
  random: Random;
  pools: SentencePools;
  next: Record<ProseLanguage, () => string>;
  /** The last figure's caption: two figures in a row never share one (the parser prints a repeated line once). */
  lastCaption: string | null;
}

function paragraph(w: Writer, lang: ProseLanguage, min = 1): string {
  const count = w.random.int(min, Math.max(min, lang === 'zh' ? 4 : 3));
  return joinSentences(
    lang,
    Array.from({ length: count }, () => w.next[lang]()),
  );
}

function figureLines(w: Writer, lang: ProseLanguage): string[] {
  const caption = w.random.pick(CAPTIONS[lang].filter((c) => c !== w.lastCaption));
  w.lastCaption = caption;
  const credits = CREDITS[lang];
  const form = w.random.int(0, 2);
  if (form === 0) {
    const image = `${w.random.pick(IMAGE_STEMS)}${w.random.chance(0.7) ? ` ${w.random.int(1000, 99999)}` : ''}.${w.random.pick(IMAGE_EXTENSIONS)}`;
    return [image, `${caption}${lang === 'zh' ? '。' : '.'} ${w.random.pick(credits.trailing)}`];
  }
  if (form === 1) return [caption, w.random.pick(credits.line)];
  return [`${caption}${lang === 'zh' ? '。' : '.'} ${w.random.pick(credits.trailing)}`];
}

/** Closing lines, in the order the seeds have them: byline, publisher, address, boilerplate. */
function closingLines(w: Writer, lang: ProseLanguage): string[] {
  const lines: string[] = [];
  if (w.plan.byline) lines.push(w.random.pick(BYLINES[lang]));
  if (w.plan.sourceLines) {
    const source = w.random.pick(SOURCES[lang]);
    lines.push(source.name, `${source.label}${source.urlPrefix}tin-${w.plan.index}-${w.random.int(10_000_000, 99_999_999)}.htm`);
  }
  if (w.plan.boilerplate) lines.push(w.random.pick(BOILERPLATE[lang]));
  return lines;
}

/** Paragraphs after the lead until the article reaches its target length (at least three in all). */
function fillParagraphs(w: Writer, lang: ProseLanguage, lead: string[], wordsSoFar: number): string[] {
  const paragraphs = [...lead];
  let words = wordsSoFar + lead.reduce((n, p) => n + countWords(p), 0);
  while (words < w.plan.targetWords || paragraphs.length < 3) {
    const p = paragraph(w, lang);
    paragraphs.push(p);
    words += countWords(p);
  }
  return paragraphs;
}

/**
 * Figures and subheadings go before paragraphs other than the first, in the order figure, subheading, paragraph:
 * a subheading must be followed by prose, or the parser reads it as a list line. In a file without headline the
 * second paragraph carries the date, which must stay within the first lines the parser looks at: one figure at most
 * may come before it (as in seed 003).
 */
function withFiguresAndSubheadings(w: Writer, lang: ProseLanguage, paragraphs: string[]): string[][] {
  const position = (first: number): number => w.random.int(Math.min(first, paragraphs.length - 1), paragraphs.length - 1);
  const figuresAt = Array.from({ length: w.plan.figures }, (_, k) => position(w.plan.headline || k === 0 ? 1 : 2));
  const subheadingsAt = new Set(Array.from({ length: w.plan.subheadings }, () => position(w.plan.headline ? 1 : 2)));
  const blocks: string[][] = [];
  paragraphs.forEach((p, i) => {
    for (const at of figuresAt) if (at === i) blocks.push(figureLines(w, lang));
    if (subheadingsAt.has(i)) blocks.push([w.random.pick(SUBHEADINGS[lang])]);
    blocks.push([p]);
  });
  return blocks;
}

function layout(w: Writer, blocks: string[][]): string {
  return `${blocks.map((b) => b.join('\n')).join(w.plan.blankLines ? '\n\n' : '\n')}\n`;
}

function ensureApostropheDamage(w: Writer, paragraphs: string[]): string[] {
  if (!paragraphs.some((p) => CARRIES_APOSTROPHE.test(p))) {
    const carrier = w.pools.sentences.en.find((s) => CARRIES_APOSTROPHE.test(s));
    if (carrier && paragraphs.length > 1) paragraphs[1] = `${paragraphs[1]} ${carrier}`;
  }
  return paragraphs.map(loseApostrophes);
}

/** One language throughout (seeds 001, 003, 004); en and vi files may open with the lead instead of a headline. */
function singleLanguage(w: Writer, lang: ProseLanguage, headline: Headline): ComposedArticle {
  const dateline = drawDateline(w.plan.dateKind, lang, w.random, w.plan.headline);
  const top: string[][] = [];
  const lead: string[] = [];
  let title = headline.text;
  if (w.plan.headline) {
    top.push([headline.text]);
    if (dateline.standalone) top.push([dateline.standalone]);
    const first = paragraph(w, lang);
    lead.push(dateline.opener ? withOpener(dateline.opener, first, lang) : first);
  } else {
    // The lead's first sentence becomes the title, so it carries the unique headline; the date opens the next paragraph (seed 003).
    title = `${headline.text}.`;
    const agency = w.plan.agencyPrefix ? `(${w.random.pick(AGENCIES)}) - ` : '';
    lead.push(`${agency}${title} ${paragraph(w, lang)}`);
    const second = paragraph(w, lang);
    lead.push(dateline.opener ? withOpener(dateline.opener, second, lang) : second);
  }
  let paragraphs = fillParagraphs(w, lang, lead, 0);
  if (w.plan.lostApostrophes && lang === 'en') paragraphs = ensureApostropheDamage(w, paragraphs);
  const body = withFiguresAndSubheadings(w, lang, paragraphs);
  const text = layout(w, [...top, ...body, ...closingLines(w, lang).map((l) => [l])]);
  return { text, title, dateline, words: countWords(body.flat().join(' ')) };
}

/** English paragraphs each followed by `  • ` and their Vietnamese translation, headline included (seed 000). */
function bilingual(w: Writer, headline: Headline): ComposedArticle {
  const dateline = drawDateline(w.plan.dateKind, 'en', w.random, true);
  const pairs = w.pools.pairs;
  const order = Array.from({ length: pairs.length }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = w.random.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chosen: { en: string; vi: string }[] = [];
  let words = 0;
  for (let k = 0; words < w.plan.targetWords || chosen.length < 3; k++) {
    const pair = pairs[order[k % order.length]!]!;
    chosen.push({ ...pair });
    words += countWords(pair.en) + countWords(pair.vi);
  }
  if (dateline.opener) {
    chosen[0] = { en: withOpener(dateline.opener, chosen[0]!.en, 'en'), vi: withOpener(vietnameseOpener(dateline)!, chosen[0]!.vi, 'vi') };
  }
  const english = w.plan.lostApostrophes
    ? ensureApostropheDamage(
        w,
        chosen.map((p) => p.en),
      )
    : chosen.map((p) => p.en);
  const blocks: string[][] = [[headline.text], [`  • ${headline.vi}`]];
  if (dateline.standalone) blocks.push([dateline.standalone]);
  english.forEach((en, i) => {
    blocks.push([en], [`  • ${chosen[i]!.vi}`]);
    if (i === 0 && w.plan.repeatedHeadline) blocks.push([headline.text]);
  });
  for (const line of closingLines(w, 'en')) blocks.push([line]);
  // Bilingual seeds always separate lines with a blank line.
  return {
    text: `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`,
    title: headline.text,
    dateline,
    words: words + countWords(headline.vi),
  };
}

/** A French headline and dated French lead, then Vietnamese and English paragraphs, packed without blank lines (seed 002). */
function mixed(w: Writer, headline: Headline): ComposedArticle {
  const dateline = drawDateline(w.plan.dateKind, 'fr', w.random, false);
  const lead = paragraph(w, 'fr');
  const lines = [headline.text, dateline.opener ? withOpener(dateline.opener, lead, 'fr') : lead];
  let words = countWords(lines[1]!);
  const english: number[] = [];
  // Vietnamese right after the lead, then English, as in seed 002, so every mixed file holds all three languages.
  for (let k = 0; words < w.plan.targetWords || k < 2; k++) {
    const lang: ProseLanguage = k === 0 ? 'vi' : k === 1 ? 'en' : w.random.chance(0.45) ? 'vi' : 'en';
    const p = paragraph(w, lang);
    if (lang === 'en') english.push(lines.length);
    lines.push(p);
    words += countWords(p);
  }
  if (w.plan.lostApostrophes && english.length > 0) {
    const damaged = ensureApostropheDamage(
      w,
      english.map((i) => lines[i]!),
    );
    english.forEach((at, k) => {
      lines[at] = damaged[k]!;
    });
  }
  lines.push(...closingLines(w, 'en'));
  return { text: `${lines.join('\n')}\n`, title: headline.text, dateline, words };
}

export function composeArticle(plan: ArticlePlan, headline: Headline, pools: SentencePools, random: Random): ComposedArticle {
  const w: Writer = {
    plan,
    random,
    pools,
    next: {
      en: sentenceSource(pools.sentences.en, random),
      vi: sentenceSource(pools.sentences.vi, random),
      fr: sentenceSource(pools.sentences.fr, random),
      zh: sentenceSource(pools.sentences.zh, random),
    },
    lastCaption: null,
  };
  switch (plan.shape) {
    case 'bilingual':
      return bilingual(w, headline);
    case 'mixed':
      return mixed(w, headline);
    default:
      return singleLanguage(w, plan.shape, headline);
  }
}
