// The shape of every slug that becomes part of a URL: articles' (made or pinned) and those of topics, people and glossary entries.
// No imports, so the content schema and the browser can use it as well as the corpus.

/** Lowercase ASCII letters and digits, in words joined by single hyphens: `xi-jin-ping-hui-jian-su-lin-3f2a1c`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest slug an editor may write (a pinned article slug, a topic's, a person's): longer ones make unwieldy URLs. */
export const MAX_SLUG_LENGTH = 100;
