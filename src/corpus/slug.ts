// Article slugs: readable ASCII URLs from titles in any script, made permanent by a hash of the article's own text.

import { createHash } from 'node:crypto';
import { transliterate } from 'transliteration';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug-shape.ts';

const MAX_TITLE_SLUG = 80;
const FALLBACK = 'article';

// French elisions (l'État, d'Ho Chi Minh, qu'il) separate words; other apostrophes
// (Vietnam's, don't) sit inside one, so they are dropped rather than made hyphens.
const ELISION = /(^|[^\p{L}])(l|d|j|n|s|c|m|t|qu|lorsqu|puisqu|jusqu)['\u2019\u02BC](?=\p{L})/giu;
const APOSTROPHE = /['\u2019\u02BC]/gu;
// Only Latin letters lose their marks here: stripping marks from every script would
// break scripts such as Korean whose NFD form is made of marks and jamo.
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;
// transliteration glues a Han run to a preceding Latin word ("To LamYu"); spacing Han runs keeps syllables apart.
const HAN_RUN = /\p{Script=Han}+/gu;

/** ASCII kebab-case slug from a title in any of our languages: Vietnamese transliterated (đ/Đ → d, diacritics dropped), French accents dropped, Chinese as readable pinyin syllables joined by hyphens (e.g. 习近平会见苏林 → xi-jin-ping-hui-jian-su-lin), other scripts transliterated; at most ~80 characters, cut at a hyphen boundary; never empty (fall back to 'article'). */
export function slugifyTitle(title: string): string {
  // NFKC first: full-width letters, ligatures and superscripts become plain characters.
  let s = title.normalize('NFKC');
  s = s.replace(ELISION, '$1$2 ').replace(APOSTROPHE, '');
  s = s.replace(/[đĐ]/gu, 'd');
  s = s.normalize('NFD').replace(LATIN_WITH_MARKS, '$1').normalize('NFC');
  s = s.replace(HAN_RUN, (run) => ` ${run} `);
  s = transliterate(s, { unknown: ' ' });
  s = s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  s = capAtHyphen(s, MAX_TITLE_SLUG);
  return s === '' ? FALLBACK : s;
}

/** Cut to at most `max` characters, at the last hyphen that fits, so no word is cut in half. */
function capAtHyphen(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  // slug[max] === '-' means the first `max` characters end exactly on a word.
  const cut = slug.lastIndexOf('-', max);
  const head = cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
  return head.replace(/-+$/g, '');
}

/** The article's permanent slug: slugifyTitle(title) + '-' + first 6 hex chars of sha256 of (NFC title + '\n' + NFC first body paragraph). Depends only on the article itself — never on other files or their order — so adding/removing/renaming other files never changes it. */
export function articleSlug(title: string, firstParagraph: string): string {
  const hash = createHash('sha256')
    .update(`${title.normalize('NFC')}\n${firstParagraph.normalize('NFC')}`, 'utf8')
    .digest('hex')
    .slice(0, 6);
  return `${slugifyTitle(title)}-${hash}`;
}

/**
 * The slug of an article whose title and first paragraph another article shares (so articleSlug cannot tell them
 * apart): slugifyTitle(title) + '-' + the first `hexDigits` hex chars of sha256 of its whole text, NFC. `wholeText` is the
 * article's own text as src/corpus/duplicates.ts normalises it. Like articleSlug it reads nothing but the article, so
 * the other articles and their file names never change it.
 */
export function wholeTextSlug(title: string, wholeText: string, hexDigits = 6): string {
  const hash = createHash('sha256').update(wholeText.normalize('NFC'), 'utf8').digest('hex').slice(0, hexDigits);
  return `${slugifyTitle(title)}-${hash}`;
}

/** A frontmatter-pinned slug must already be a valid slug (SLUG_PATTERN, at most MAX_SLUG_LENGTH characters): an error message or null. */
export function validatePinnedSlug(slug: string): string | null {
  if (slug === '') return 'the pinned slug is empty';
  if (slug.length > MAX_SLUG_LENGTH) return `the pinned slug is ${slug.length} characters long; at most ${MAX_SLUG_LENGTH} are allowed`;
  if (!SLUG_PATTERN.test(slug)) {
    const suggestion = slugifyTitle(slug);
    return `the pinned slug '${slug}' is not lowercase ASCII kebab-case (a–z, 0–9, words joined by single hyphens); did you mean '${suggestion}'?`;
  }
  return null;
}
