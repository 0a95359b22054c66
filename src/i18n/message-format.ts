// Turn a catalogue message and its values into text: `{name}` placeholders, and plural forms chosen by Intl.PluralRules
// (French counts 0 as singular; Vietnamese and Chinese have one form). Browser-safe, so the search page words its status
// line with the same catalogue and rules as the built pages.
import { INTL_LOCALE, type UiLang } from './ui-languages.ts';

/** A message whose wording depends on `{count}`: `one` for what the language treats as singular, else `other`. */
export interface PluralMessage {
  one?: string;
  other: string;
}

export type Message = string | PluralMessage;

/** Numbers are written the language's way (`1,234`, `1 234`); years and other codes are passed as strings. */
export type MessageValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

// One of each per language: every page formats dozens of messages, and building Intl objects is the costly part.
const pluralRules = new Map<UiLang, Intl.PluralRules>();
const numberFormats = new Map<UiLang, Intl.NumberFormat>();

function cached<T>(cache: Map<UiLang, T>, lang: UiLang, make: (locale: string) => T): T {
  let value = cache.get(lang);
  if (value === undefined) {
    value = make(INTL_LOCALE[lang]);
    cache.set(lang, value);
  }
  return value;
}

function pluralForm(lang: UiLang, message: PluralMessage, count: unknown): string {
  if (typeof count !== 'number') throw new Error(`the plural message "${message.other}" needs a number as {count}`);
  const form = cached(pluralRules, lang, (locale) => new Intl.PluralRules(locale)).select(count);
  return form === 'one' && message.one !== undefined ? message.one : message.other;
}

export function formatMessage(lang: UiLang, message: Message, values: MessageValues = {}): string {
  const text = typeof message === 'string' ? message : pluralForm(lang, message, values.count);
  const numbers = cached(numberFormats, lang, (locale) => new Intl.NumberFormat(locale));
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    // A missing value would reach readers as a literal "{count}": fail the build instead.
    if (value === undefined) throw new Error(`the message "${text}" needs a value for {${name}}`);
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** A piece of a message that holds markup: the text around it, and which slot goes where. */
export type MessagePart = string | { slot: string };

const SLOT_MARK = '\u0000';

/**
 * A sentence with links or names inside ("Did you mean {suggestion}?"): its text, split where the named slots go, so
 * the page puts its markup wherever the language puts the words.
 */
export function formatMessageParts(lang: UiLang, message: Message, values: MessageValues, slots: readonly string[]): MessagePart[] {
  const marked = { ...values, ...Object.fromEntries(slots.map((s) => [s, `${SLOT_MARK}${s}${SLOT_MARK}`])) };
  // Split on the marks: odd pieces are slot names.
  return formatMessage(lang, message, marked)
    .split(SLOT_MARK)
    .map((piece, i) => (i % 2 === 1 ? { slot: piece } : piece))
    .filter((piece) => piece !== '');
}

/** The placeholders a message uses, in every plural form: translations must use the same ones as English. */
export function placeholdersOf(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : [message.one ?? '', message.other];
  return [...new Set(forms.flatMap((form) => [...form.matchAll(PLACEHOLDER)].map((m) => m[1]!)))].sort();
}
