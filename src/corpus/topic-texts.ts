// An article cut into the units topic evidence is counted in: its headline, its lead, and each further sentence.
import { countWords } from './text-stats.ts';
import type { TopicText } from './topics.ts';
import type { BodyBlock } from './types.ts';

/** A sentence ends at . ! ? (then a space) or at Chinese 。！？; a closing quote or bracket stays with it. */
const SENTENCE = /[^.!?。！？]+(?:[.!?]+["'”’»)）]*(?=\s|$)|[。！？]+["'”’»)）]*|$)/gu;
/** The lead is the opening of the first paragraph: a one-paragraph article's lead is not the whole article. */
const LEAD_MAX_WORDS = 60;

/** The sentences of a paragraph, trimmed; a paragraph without sentence ends is one sentence. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * The headline (and its translation), the lead (the first paragraph's opening sentences, up to about 60 words) and
 * every other sentence of the body, captions included, each with its place. Sentences, not paragraphs, are the unit:
 * an article pasted as one long line still shows where a topic recurs.
 */
export function topicTexts(title: string, titleTranslation: string | null, body: readonly BodyBlock[]): TopicText[] {
  const texts: TopicText[] = [{ text: title, place: 'headline' }];
  if (titleTranslation) texts.push({ text: titleTranslation, place: 'headline' });
  let leadWords = -1;
  const add = (paragraph: string, opensArticle: boolean): void => {
    for (const sentence of splitSentences(paragraph)) {
      const inLead = opensArticle && leadWords < LEAD_MAX_WORDS;
      if (inLead) leadWords = Math.max(0, leadWords) + countWords(sentence);
      texts.push({ text: sentence, place: inLead ? 'lead' : 'body' });
    }
  };
  for (const b of body) {
    if (b.kind === 'figure') {
      if (b.caption) add(b.caption, false);
      continue;
    }
    const opensArticle = b.kind === 'paragraph' && leadWords < 0;
    add(b.text, opensArticle);
    if (b.translation) add(b.translation.text, opensArticle);
    if (opensArticle) leadWords = Math.max(leadWords, 0);
  }
  return texts;
}

/**
 * The texts as one NFC string, a line each, and where each starts in it. Topics and people read this same string, so
 * it is cut into words once per article (phrase-match.ts remembers the last text it cut).
 */
export function joinTopicTexts(texts: readonly TopicText[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  texts.forEach((t, i) => {
    if (i > 0) text += '\n';
    starts.push(text.length);
    text += t.text.normalize('NFC');
  });
  return { text, starts };
}
