// What the page-extent step is told of lines other steps own: datelines, bylines, credits and structure lines are never page chrome.
import type { LineRoles } from './article-extent.ts';
import { RAW_DIGIT } from './date-expressions.ts';
import { findDateline } from './datelines.ts';
import { hasSourceLabel, matchBylinePrefix, matchSourceName } from './credit-lines.ts';
import { isBoilerplate, isImageName, matchAgencyPrefix, matchCreditLine, matchSourceUrl, stripTranslationBullet } from './line-patterns.ts';

/** Longer than this, a line that opens with a date or a byline's word is a lead paragraph. */
const DATELINE_MAX_CHARS = 100;

export const LINE_ROLES: LineRoles = {
  // Every date has a digit (Chinese and Vietnamese ones too): lines without one are never datelines, at no cost.
  isDateline: (text) => text.length <= DATELINE_MAX_CHARS && RAW_DIGIT.test(text) && findDateline([text], 1) !== null,
  isByline: (text) => text.length <= DATELINE_MAX_CHARS && matchBylinePrefix(text) !== null,
  isCredit: (text) => matchCreditLine(text) !== null,
  // A lead opening with its agency (`(VNA) - …`) is running text, never a headline.
  isStructural: (text) =>
    matchAgencyPrefix(text) !== null ||
    stripTranslationBullet(text) !== null ||
    isBoilerplate(text) ||
    matchSourceUrl(text) !== null ||
    hasSourceLabel(text) ||
    matchSourceName(text) !== null ||
    matchCreditLine(text) !== null ||
    isImageName(text),
};
