// What a reader can actually see of a page's main content: hidden, transparent or clipped paragraphs count as unseen.
import type { Page } from 'playwright-core';

export interface VisibleTextReport {
  /** innerText of <main> (rendered text only: display:none is left out). */
  mainText: string;
  paragraphs: number;
  /** Paragraphs with text a reader cannot see, each with the reason. */
  hiddenParagraphs: string[];
}

/** Runs inside the page. */
function readVisibleText(): VisibleTextReport {
  const main = document.querySelector('main');
  const hiddenParagraphs: string[] = [];
  const paragraphs = main ? [...main.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim() !== '') : [];
  for (const p of paragraphs) {
    const text = (p.textContent ?? '').trim().slice(0, 60);
    const rect = p.getBoundingClientRect();
    let reason = '';
    if (rect.width < 2 || rect.height < 2) reason = `rendered ${rect.width}×${rect.height}px`;
    else if (rect.right <= 0 || rect.left >= window.innerWidth) reason = `off screen at x=${Math.round(rect.left)}`;
    for (let el: Element | null = p; el && !reason; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible') reason = `visibility: ${style.visibility} on ${el.tagName.toLowerCase()}`;
      else if (Number(style.opacity) === 0) reason = `opacity: 0 on ${el.tagName.toLowerCase()}`;
      else if (style.clip !== 'auto' && style.position === 'absolute') reason = `clipped on ${el.tagName.toLowerCase()}`;
    }
    if (reason) hiddenParagraphs.push(`"${text}": ${reason}`);
  }
  return { mainText: main instanceof HTMLElement ? main.innerText : '', paragraphs: paragraphs.length, hiddenParagraphs };
}

export async function readMainText(page: Page): Promise<VisibleTextReport> {
  return page.evaluate(readVisibleText);
}

/** Whitespace collapsed, so text from different layouts compares equal. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
