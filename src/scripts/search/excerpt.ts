// The excerpt a result shows: the stretch of the article's own text with the most of the query in it, matches marked.
import type { MatchRange } from './find-matches.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Text was cut before / after the excerpt (shown as an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

const CONTEXT_BEFORE = 60;

/** Chinese packs more meaning per character: a shorter excerpt reads as long. */
function lengthFor(sample: string, maxChars: number): number {
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  return han > sample.length / 3 ? Math.round(maxChars * 0.55) : maxChars;
}

/** Move a cut point to the nearest space within reach, so words are not split (Chinese has none: cut anywhere). */
function snap(content: string, at: number, direction: 1 | -1): number {
  for (let k = 0; k < 24; k++) {
    const i = at + k * direction;
    if (i <= 0) return 0;
    if (i >= content.length) return content.length;
    if (/\s/.test(content[i]!)) return direction === 1 ? i + 1 : i;
  }
  return at;
}

function bestWindowStart(content: string, ranges: readonly MatchRange[], length: number): number {
  let best = { start: 0, distinct: -1, count: -1 };
  for (const candidate of ranges) {
    const start = Math.max(0, candidate.start - CONTEXT_BEFORE);
    const inside = ranges.filter((r) => r.start >= start && r.end <= start + length);
    const distinct = new Set(inside.map((r) => content.slice(r.start, r.end).toLowerCase())).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.count))
      best = { start, distinct, count: inside.length };
  }
  return best.start;
}

/**
 * `skipLead` is the article title the text opens with: a result already shows it, so an excerpt with no match
 * starts after it.
 */
export function buildExcerpt(content: string, ranges: readonly MatchRange[], skipLead = '', maxChars = 220): Excerpt {
  let start: number;
  if (ranges.length > 0) {
    const length = lengthFor(content.slice(Math.max(0, ranges[0]!.start - 40), ranges[0]!.start + 80), maxChars);
    start = bestWindowStart(content, ranges, length);
    const firstInside = ranges.find((r) => r.start >= start);
    start = snap(content, start, 1);
    if (firstInside && start > firstInside.start) start = firstInside.start;
    return slice(content, ranges, start, length);
  }
  start = skipLead && content.startsWith(skipLead) ? skipLead.length : 0;
  while (start < content.length && /[\s.。]/.test(content[start]!)) start++;
  return slice(content, ranges, start, lengthFor(content.slice(start, start + 120), maxChars));
}

function slice(content: string, ranges: readonly MatchRange[], start: number, length: number): Excerpt {
  let end = Math.min(content.length, start + length);
  // Never cut through a match at the end.
  for (const r of ranges) if (r.start < end && r.end > end) end = r.end;
  if (end < content.length) end = Math.max(start + 1, snap(content, end, -1));
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const r of ranges) {
    if (r.end <= start || r.start >= end) continue;
    const s = Math.max(r.start, start);
    if (s > at) parts.push({ text: content.slice(at, s), mark: false });
    parts.push({ text: content.slice(s, Math.min(r.end, end)), mark: true });
    at = Math.min(r.end, end);
  }
  if (at < end) parts.push({ text: content.slice(at, end), mark: false });
  return { parts, clippedStart: start > 0, clippedEnd: end < content.length };
}
