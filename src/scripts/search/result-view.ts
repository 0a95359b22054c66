// One search result as the reader sees it: the article card every list draws (ArticleCard.astro), with the excerpt and
// its marked matches where the card has its summary. Built here with the card's elements and classes, so lists.css
// draws both the same.
import { partialDateOrUnknown, partialDateToText } from '../../corpus/partial-date-text.ts';
import { META_DATE, TITLE_LANG_FILTER, type FilterKey } from '../../search/fields.ts';
import type { LanguageCode } from '../../corpus/types.ts';
import { capitalised } from '../../i18n/capitalised.ts';
import { formatMessage } from '../../i18n/message-format.ts';
import type { UiLang } from '../../i18n/ui-languages.ts';
import { formatDate, type DateWords } from '../../site/date-labels.ts';
import { isLanguageCode, langAttribute, listedLanguages } from '../../site/languages.ts';
import { mainTopics } from '../../site/main-topics.ts';
import { topicUrl, withBase } from '../../site/urls.ts';
import { buildExcerpt } from './excerpt.ts';
import { segmentExcerptByLanguage } from './excerpt-lang.ts';
import { findMatches, matchedSpellings } from './find-matches.ts';
import type { HighlightPlan } from './highlight-plan.ts';
import type { PagefindFragment } from './pagefind-api.ts';
import type { SearchMessages } from './search-messages.ts';
import { textFragment } from './text-fragment.ts';

export type Labels = Record<FilterKey, Record<string, string>>;

/** How results word their facts: in the page's language, with its words for what a date does not say and between names. */
export interface ResultWording {
  lang: UiLang;
  words: DateWords & Pick<SearchMessages, 'list.separator' | `language.${LanguageCode}`>;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; lang?: string } = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  const lang = props.lang && langAttribute(props.lang);
  if (lang) node.lang = lang;
  return node;
}

/** The date as DateLabel.astro writes it: machine-readable when any part is known. */
function dateLabel(fragment: PagefindFragment, wording: ResultWording): HTMLElement {
  const date = partialDateOrUnknown(fragment.meta[META_DATE]);
  const datetime = partialDateToText(date);
  const text = formatDate(date, wording.lang, wording.words);
  const label = el(datetime ? 'time' : 'span', { className: `date date-${date.precision}`, text, lang: wording.lang });
  if (datetime) label.setAttribute('datetime', datetime);
  return label;
}

/** Date, languages and main topics, worded as the cards word them (ArticleLanguages.astro for the languages). */
function cardMeta(fragment: PagefindFragment, labels: Labels, wording: ResultWording): HTMLElement {
  const meta = el('div', { className: 'card-meta', lang: wording.lang });
  meta.append(dateLabel(fragment, wording));
  const languages = (fragment.filters.lang ?? []).filter(isLanguageCode);
  if (languages.length > 0) {
    const list = el('ul', { className: 'inline-list languages' });
    const nameOf = (code: LanguageCode) => capitalised(formatMessage(wording.lang, wording.words[`language.${code}`]), wording.lang);
    for (const name of listedLanguages(languages, nameOf)) list.append(el('li', { text: name }));
    meta.append(list);
  }
  // The index lists an article's topics most relevant first, as the article carries them.
  const topics = mainTopics(fragment.filters.topic ?? []);
  if (topics.length > 0) {
    const list = el('span', { className: 'card-topics' });
    topics.forEach((slug, i) => {
      if (i > 0) list.append(formatMessage(wording.lang, wording.words['list.separator']));
      const a = el('a', { text: labels.topic[slug] ?? slug });
      a.href = topicUrl(slug);
      list.append(a);
    });
    meta.append(list);
  }
  return meta;
}

/** `level`: the card title's heading level, one below the heading its list sits under. */
export function renderResult(
  fragment: PagefindFragment,
  plan: HighlightPlan,
  labels: Labels,
  wording: ResultWording,
  level: 3 | 4,
): HTMLLIElement {
  const title = fragment.meta.title ?? fragment.raw_url;
  const ranges = findMatches(fragment.content, plan);
  const excerpt = buildExcerpt(fragment.content, ranges, title);
  const languages = fragment.filters.lang ?? [];

  const card = el('article', { className: 'card' });
  const heading = el(level === 3 ? 'h3' : 'h4', { className: 'card-title' });
  const link = el('a', { text: title, lang: fragment.filters[TITLE_LANG_FILTER]?.[0] });
  link.href = withBase(fragment.raw_url) + textFragment(matchedSpellings(fragment.content, ranges));
  heading.append(link);

  const segments = segmentExcerptByLanguage(excerpt.parts, languages);
  // One language: the paragraph carries it; several (a bilingual article): each sentence run carries its own.
  const body = el('p', { className: 'card-summary', lang: segments.length === 1 ? segments[0]!.lang : undefined });
  if (excerpt.clippedStart) body.append('… ');
  for (const segment of segments) {
    const holder = segments.length === 1 ? body : el('span', { lang: segment.lang });
    for (const part of segment.parts) holder.append(part.mark ? el('mark', { text: part.text }) : part.text);
    if (holder !== body) body.append(holder);
  }
  // Joined to the last word, so the ellipsis never stands alone on a line.
  if (excerpt.clippedEnd) body.append('\u00a0…');

  card.append(heading, cardMeta(fragment, labels, wording), body);
  const item = el('li');
  item.append(card);
  return item;
}
