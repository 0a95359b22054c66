// Controls that only a script can make work (a button outside any form), visible on a page whose scripts did not run.
import type { Page } from 'playwright-core';

/** Runs inside the page: `button "Both" in div.bilingual-control`, one per visible dead control. */
function findScriptOnlyControls(): string[] {
  return [...document.querySelectorAll('button, [role="button"]')]
    .filter((el) => {
      const insideForm = el instanceof HTMLButtonElement && el.form !== null && el.type !== 'button';
      if (insideForm) return false;
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility === 'visible';
    })
    .map((el) => {
      const parent = el.parentElement;
      const where = parent
        ? `${parent.tagName.toLowerCase()}${parent.className ? `.${String(parent.className).trim().split(/\s+/).join('.')}` : ''}`
        : '';
      return `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ')}" in ${where}`;
    });
}

export async function scriptOnlyControls(page: Page): Promise<string[]> {
  return page.evaluate(findScriptOnlyControls);
}
