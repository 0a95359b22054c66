// The names of the filters and metadata the index carries: one list the build and the browser both read.

/** Filters a reader can choose, in the order the search page shows them; also the URL parameter names. */
export const FILTER_KEYS = ['topic', 'lang', 'person', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The headline's language, so a result title gets the right `lang`; a filter because filters are never searched. */
export const TITLE_LANG_FILTER = 'title-lang';

/** Metadata: the title (Pagefind takes the page's h1), the date as an HTML `datetime` value, and the hidden search words. */
export const META_DATE = 'date';
export const META_EXPANSION = 'aka';
/**
 * The lead paragraph again, as metadata: Pagefind's plain search then says whether the words matched in the lead
 * (`matchedMetaFields`), which places a phrase match in the lead's tier before its data is fetched. Never shown.
 */
export const META_LEAD = 'lead';
