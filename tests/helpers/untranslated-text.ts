// Find English interface words on a page built in another interface language: the phrases of the English catalogue,
// looked for in the text the interface itself shows (article titles, bodies, summaries and names left out by their lang).
import type { Page } from 'playwright-core';
import type { Catalogue, MessageKey } from '../../src/i18n/catalogue/catalogue-shape.ts';
import { en } from '../../src/i18n/catalogue/en.ts';
import { CATALOGUES } from '../../src/i18n/translate.ts';
import type { UiLang } from '../../src/i18n/ui-languages.ts';

export interface EnglishPhrase {
  key: MessageKey;
  text: string;
}

const PLACEHOLDER = /\{\w+\}/;
const PLACEHOLDERS = new RegExp(PLACEHOLDER, 'g');
/** Punctuation and spaces around a phrase are not part of what gives it away as English. */
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

const normalize = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

function wholeWords(phrase: string): RegExp {
  const escaped = normalize(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

function formsOf(message: Catalogue[MessageKey]): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((form) => form !== undefined);
}

/** What a language writes word for word as English does: a format's name, a word French shares. */
const SAME_AS_ENGLISH: Readonly<Record<UiLang, readonly string[]>> = {
  en: [],
  vi: ['JSON Feed'],
  fr: ['JSON Feed', 'Pages'],
  zh: ['JSON Feed'],
};

/** The text of a message with its placeholders left out. */
const wordsOf = (message: Catalogue[MessageKey]): string =>
  formsOf(message)
    .map((form) => form.replace(PLACEHOLDERS, ' '))
    .join('\n');

/**
 * Every English message, and each fixed part of those with placeholders (`{count} articles` gives `articles`), as a
 * phrase a reader of `lang` should never meet. Left out: a single letter, and the words `lang` shares with English,
 * which its catalogue shows by writing them in another message, or in this one's translation (French
 * `Environ {count} minutes`). A message `lang` leaves word for word in English stays in, so it is found on the page.
 */
export function englishPhrases(lang: UiLang): EnglishPhrase[] {
  const target = CATALOGUES[lang];
  const keys = Object.keys(en) as MessageKey[];
  const phrases = new Map<string, EnglishPhrase>();
  for (const key of keys) {
    const translatedAround = wordsOf(target[key]) !== wordsOf(en[key]) ? wordsOf(target[key]) : '';
    const elsewhere = keys
      .filter((k) => k !== key)
      .map((k) => wordsOf(target[k]))
      .join('\n');
    for (const form of formsOf(en[key])) {
      for (const part of form.split(PLACEHOLDER)) {
        const text = normalize(part.replace(EDGES, ''));
        const shared = (words: string): boolean => wholeWords(text).test(words);
        if (
          [...text.matchAll(/\p{L}/gu)].length < 2 ||
          SAME_AS_ENGLISH[lang].includes(text) ||
          shared(translatedAround) ||
          shared(elsewhere)
        )
          continue;
        if (!phrases.has(text.toLowerCase())) phrases.set(text.toLowerCase(), { key, text });
      }
    }
  }
  return [...phrases.values()];
}

/** The phrases found in `text`, whole words, in any letter case (labels may be shown in capitals). */
export function findPhrases(text: string, phrases: readonly EnglishPhrase[]): EnglishPhrase[] {
  const shown = normalize(text);
  return phrases.filter((phrase) => wholeWords(phrase.text).test(shown));
}

/**
 * The elements that hold the corpus's own words, whatever their language: the headline and its translation, the body
 * (but for the tags and notes the site adds to it), card titles and summaries, search results' titles and excerpts.
 */
const CORPUS = [
  'hgroup',
  '.article-body :is(p, h2, h3, h4, li, blockquote, figcaption)',
  '.card-title',
  '.card-summary',
  '.neighbour-title',
  '.result-title',
  '.result-excerpt',
].join(', ');
/** What the site writes inside the body: a paragraph's language tag, the note where a photo was. */
const ADDED_TO_BODY = '.lang-tag, .figure-note';

/**
 * Runs inside the page, and changes it: every text and label of the corpus (by its element, or by a nearest `lang` below
 * <html> other than the interface's: a title, a paragraph, a person's or a language's own name) is blanked; what a reader
 * then sees of the page (screen-reader text included), its labels and its title are the interface's words.
 */
function interfaceWords(options: { uiLang: string; withTitle: boolean; corpus: string; addedToBody: string }): string {
  const { uiLang, corpus, addedToBody } = options;
  const isInterface = (el: Element): boolean => {
    if (el.closest(corpus) && !el.closest(addedToBody)) return false;
    const holder = el.closest('[lang]');
    return !holder || holder === document.documentElement || holder.getAttribute('lang') === uiLang;
  };
  const headline = document.querySelector('h1')?.textContent ?? '';
  const labels: string[] = options.withTitle ? [document.title.replace(headline, ' ')] : [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const blanked: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && !isInterface(node.parentElement)) blanked.push(node as Text);
  }
  for (const node of blanked) node.data = ' ';
  for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
    if (!isInterface(el)) continue;
    for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) labels.push(el.getAttribute(attribute) ?? '');
  }
  return [document.body.innerText, ...labels].join('\n');
}

/**
 * The words of the page's interface in `uiLang` as a reader meets them; the page is changed, so read it last. The page's
 * title is left out where it is not in `uiLang` (the default build titles every page in English).
 */
export async function readInterfaceWords(page: Page, uiLang: string, { withTitle = true } = {}): Promise<string> {
  return page.evaluate(interfaceWords, { uiLang, withTitle, corpus: CORPUS, addedToBody: ADDED_TO_BODY });
}
