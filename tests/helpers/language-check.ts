// Find Vietnamese text whose nearest `lang` is not Vietnamese: screen readers would read it with the wrong voice.
import type { Page } from 'playwright-core';

export interface MislabelledText {
  /** A CSS-like path to the element, e.g. `main > article > p.lead`. */
  element: string;
  /** `text` or the attribute holding the words (`alt`, `title`, `aria-label`, `placeholder`). */
  where: string;
  text: string;
  /** The `lang` that applies to it, or `(none)`. */
  nearestLang: string;
}

export interface LanguageReport {
  htmlLang: string | null;
  mislabelled: MislabelledText[];
  /** English sentences inside an element marked lang="vi" (the opposite mistake). */
  englishMarkedVietnamese: MislabelledText[];
  /** How many pieces of Vietnamese text were found in all (to tell "all labelled" from "none seen"). */
  vietnameseTexts: number;
}

/**
 * Runs inside the page. Vietnamese is recognised by letters no other site language uses: ă đ ơ ư, ĩ ũ ã õ, and the
 * Latin Extended Additional block (dot below, hook above, and the stacked marks: ạ ả ấ ầ ế ệ ộ ợ ự …). French shares
 * â ê ô and à é è, and pinyin shares á í ó ú ì ò, so those letters alone prove nothing.
 */
function findMislabelledVietnamese(): LanguageReport {
  const vietnamese = /[ăĂđĐơƠưƯĩĨũŨãÃõÕ\u1EA0-\u1EF9]/;
  const isVietnamese = (text: string): boolean => vietnamese.test(text.normalize('NFC'));
  const nearestLang = (el: Element): string => el.closest('[lang]')?.getAttribute('lang') ?? '(none)';
  const isVi = (lang: string): boolean => /^vi(-|$)/i.test(lang);
  const describe = (el: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
      const cls = node.classList.length ? `.${[...node.classList].filter((c) => !c.startsWith('astro-')).join('.')}` : '';
      parts.unshift(node.tagName.toLowerCase() + (node.id ? `#${node.id}` : cls));
    }
    return parts.join(' > ');
  };
  const mislabelled: MislabelledText[] = [];
  let vietnameseTexts = 0;
  const consider = (el: Element, where: string, text: string): void => {
    if (!isVietnamese(text)) return;
    vietnameseTexts++;
    const lang = nearestLang(el);
    if (!isVi(lang))
      mislabelled.push({ element: describe(el), where, text: text.trim().replace(/\s+/g, ' ').slice(0, 120), nearestLang: lang });
  };
  // Script and style hold code, not words; noscript is raw text while scripts run.
  const skip = 'script, style, noscript, template';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest(skip)) consider(parent, 'text', node.textContent ?? '');
  }
  for (const el of document.body.querySelectorAll('[alt], [title], [aria-label], [placeholder]')) {
    if (el.closest(skip)) continue;
    for (const attribute of ['alt', 'title', 'aria-label', 'placeholder']) {
      const value = el.getAttribute(attribute);
      if (value) consider(el, attribute, value);
    }
  }
  // An English sentence is recognised by English-only function words; Vietnamese writes none of these, and a
  // Vietnamese sentence of six words without a single Vietnamese-only letter practically never occurs.
  const englishWords =
    /\b(the|and|of|with|has|have|that|was|were|is|are|will|would|from|for|this|its|to|be|in|on|at|by|an|as|said|new|his|her|their|which|who)\b/gi;
  const englishMarkedVietnamese: MislabelledText[] = [];
  for (const el of document.body.querySelectorAll('[lang]')) {
    if (!isVi(el.getAttribute('lang') ?? '') || el.closest(skip)) continue;
    // Only the words this element's lang governs: children with a lang of their own are checked on their own.
    const own = el.cloneNode(true) as Element;
    for (const child of own.querySelectorAll('[lang], script, style, noscript, template')) child.replaceWith(' ');
    for (const sentence of (own.textContent ?? '').split(/(?<=[.!?…])\s+|\n+/)) {
      const words = sentence
        .trim()
        .split(/\s+/)
        .filter((w) => /\p{L}/u.test(w));
      const english = new Set((sentence.match(englishWords) ?? []).map((w) => w.toLowerCase()));
      if (words.length >= 6 && english.size >= 2 && !isVietnamese(sentence)) {
        englishMarkedVietnamese.push({
          element: describe(el),
          where: 'text',
          text: sentence.trim().replace(/\s+/g, ' ').slice(0, 120),
          nearestLang: el.getAttribute('lang') ?? '',
        });
      }
    }
  }
  return { htmlLang: document.documentElement.getAttribute('lang'), mislabelled, englishMarkedVietnamese, vietnameseTexts };
}

export async function checkLanguages(page: Page): Promise<LanguageReport> {
  return page.evaluate(findMislabelledVietnamese);
}

export function formatMislabelled(page: string, items: MislabelledText[]): string {
  return items.map((m) => `${page}: ${m.element} (${m.where}, nearest lang="${m.nearestLang}"): "${m.text}"`).join('\n');
}
