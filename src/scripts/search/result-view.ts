// One search result as the reader sees it: linked title, date, languages, topics, and the excerpt with the matches marked.
import { partialDateOrUnknown, partialDateToText } from '../../corpus/partial-date-text.ts';
import { META_DATE, TITLE_LANG_FILTER, type FilterKey } from '../../search/fields.ts';
import type { UiLang } from '../../i18n/ui-languages.ts';
import { formatDate, type DateWords } from '../../site/date-labels.ts';
import { isLanguageCode, langAttribute, listedLanguages } from '../../site/languages.ts';
import { topicUrl, withBase } from '../../site/urls.ts';
import { buildExcerpt } from './excerpt.ts';
import { segmentExcerptByLanguage } from './excerpt-lang.ts';
import { findMatches, matchedSpellings } from './find-matches.ts';
import type { HighlightPlan } from './highlight-plan.ts';
import type { PagefindFragment } from './pagefind-api.ts';
import { textFragment } from './text-fragment.ts';

export type Labels = Record<FilterKey, Record<string, string>>;

/** How results write their dates: in the page's language, with its words for what a date does not say. */
export interface ResultDates {
  lang: UiLang;
  words: DateWords;
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

/** The dot between two facts; a wide screen stacks the facts and hides it. */
function separator(): HTMLElement {
  const dot = el('span', { className: 'result-sep', text: ' · ' });
  dot.setAttribute('aria-hidden', 'true');
  return dot;
}

function metaLine(fragment: PagefindFragment, labels: Labels, dates: ResultDates): HTMLElement {
  const line = el('p', { className: 'result-meta' });
  const date = partialDateOrUnknown(fragment.meta[META_DATE]);
  const datetime = partialDateToText(date);
  const time = el(datetime ? 'time' : 'span', { className: 'result-date', text: formatDate(date, dates.lang, dates.words) });
  if (datetime) time.setAttribute('datetime', datetime);
  line.append(time);
  const languages = (fragment.filters.lang ?? []).filter(isLanguageCode);
  if (languages.length > 0) {
    // Worded as the article cards word them: each language in its own name and `lang`.
    const list = el('span', { className: 'result-languages' });
    listedLanguages(languages).forEach(({ name, lang }, i) => {
      if (i > 0) list.append(' · ');
      list.append(el('span', { text: name, lang }));
    });
    line.append(separator(), list);
  }
  const topics = fragment.filters.topic ?? [];
  if (topics.length > 0) {
    const list = el('span', { className: 'result-topics' });
    list.append('Topics: ');
    topics.forEach((slug, i) => {
      if (i > 0) list.append(', ');
      const a = el('a', { text: labels.topic[slug] ?? slug });
      a.href = topicUrl(slug);
      list.append(a);
    });
    line.append(separator(), list);
  }
  return line;
}

export function renderResult(fragment: PagefindFragment, plan: HighlightPlan, labels: Labels, dates: ResultDates): HTMLLIElement {
  const title = fragment.meta.title ?? fragment.raw_url;
  const ranges = findMatches(fragment.content, plan);
  const excerpt = buildExcerpt(fragment.content, ranges, title);
  const languages = fragment.filters.lang ?? [];

  const item = el('li', { className: 'result' });
  const heading = el('h3', { className: 'result-title' });
  const link = el('a', { text: title, lang: fragment.filters[TITLE_LANG_FILTER]?.[0] });
  link.href = withBase(fragment.raw_url) + textFragment(matchedSpellings(fragment.content, ranges));
  heading.append(link);

  const segments = segmentExcerptByLanguage(excerpt.parts, languages);
  // One language: the paragraph carries it; several (a bilingual article): each sentence run carries its own.
  const body = el('p', { className: 'result-excerpt', lang: segments.length === 1 ? segments[0]!.lang : undefined });
  if (excerpt.clippedStart) body.append('… ');
  for (const segment of segments) {
    const holder = segments.length === 1 ? body : el('span', { lang: segment.lang });
    for (const part of segment.parts) holder.append(part.mark ? el('mark', { text: part.text }) : part.text);
    if (holder !== body) body.append(holder);
  }
  if (excerpt.clippedEnd) body.append(' …');

  item.append(heading, metaLine(fragment, labels, dates), body);
  return item;
}
