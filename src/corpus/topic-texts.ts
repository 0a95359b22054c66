// An article cut into the units topic evidence is counted in: its headline, its lead, and each further sentence.
import { wordWeight } from './page-chrome.ts';
import type { TopicText } from './topic-tagging.ts';
import type { BodyBlock, LanguageCode, TranslationText } from './types.ts';

/**
 * Where a sentence ends: after . ! ? (and a closing quote or bracket) when a space follows, so `3.5`, `1.234` and
 * `vnexpress.net` stay whole; after Chinese 。！？ (and their closers) wherever they stand. A split, not a match: linear
 * in the text's length.
 */
const SENTENCE_BREAK = /(?<=[.!?]["'”’»)）]*)\s+|(?<=[。！？]["'”’»)）]*)(?!["'”’»)）])/u;
/** The lead is the opening of the first paragraph: a one-paragraph article's lead is not the whole article. */
const LEAD_MAX_WORDS = 60;

/** The sentences of a paragraph, trimmed; a paragraph without sentence ends is one sentence. */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The headline (and its translation), the lead (the first paragraph's opening sentences, up to about 60 words, and
 * its translation's) and every other sentence of the body, captions included, each with its place and the language
 * its text is in. Sentences, not paragraphs, are the unit: an article pasted as one long line still shows where a
 * topic recurs.
 */
export function topicTexts(
  title: { text: string; lang: LanguageCode },
  titleTranslation: TranslationText | null,
  body: readonly BodyBlock[],
): TopicText[] {
  const texts: TopicText[] = [{ text: title.text, place: 'headline', lang: title.lang }];
  if (titleTranslation) texts.push({ text: titleTranslation.text, place: 'headline', lang: titleTranslation.lang });
  const add = (paragraph: string, lang: LanguageCode, opensArticle: boolean): void => {
    // Each text of the opening paragraph (the original, its translation) has its own lead.
    let leadWords = opensArticle ? 0 : LEAD_MAX_WORDS;
    for (const sentence of splitSentences(paragraph)) {
      const inLead = leadWords < LEAD_MAX_WORDS;
      leadWords += wordWeight(sentence);
      texts.push({ text: sentence, place: inLead ? 'lead' : 'body', lang });
    }
  };
  let leadSeen = false;
  for (const b of body) {
    if (b.kind === 'figure') {
      if (b.caption) add(b.caption, b.lang, false);
      continue;
    }
    const opensArticle = b.kind === 'paragraph' && !leadSeen;
    add(b.text, b.lang, opensArticle);
    if (b.translation) add(b.translation.text, b.translation.lang, opensArticle);
    if (opensArticle) leadSeen = true;
  }
  return texts;
}

/**
 * The article's length as topic relevance dilutes the body by: words of its own text (translations aside), a Chinese
 * character as half a word.
 */
export function topicLength(body: readonly BodyBlock[]): number {
  let words = 0;
  for (const b of body) words += wordWeight(b.kind === 'figure' ? (b.caption ?? '') : b.text);
  return words;
}

/**
 * Texts as one NFC string, a line each, and where each starts in it. Topics, people and the glossary read an article
 * through this, so its text is cut into words once (phrase-match.ts remembers the last text it cut).
 */
export function joinTexts(texts: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  texts.forEach((t, i) => {
    if (i > 0) text += '\n';
    starts.push(text.length);
    text += t.normalize('NFC');
  });
  return { text, starts };
}

export function joinTopicTexts(texts: readonly TopicText[]): { text: string; starts: number[] } {
  return joinTexts(texts.map((t) => t.text));
}
