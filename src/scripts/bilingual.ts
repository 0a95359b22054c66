// Progressive enhancement for bilingual articles: switch between both languages and one, and remember the choice.

const STORAGE_KEY = 'reader:bilingual-show';

function readSaved(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (privacy settings); the control still works for this page.
    return null;
  }
}

function save(value: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, value);
  } catch {
    /* not remembered, nothing else lost */
  }
}

export function enhanceBilingualControls(): void {
  for (const control of document.querySelectorAll<HTMLElement>('[data-bilingual-control]')) {
    const body = document.getElementById(control.dataset.target ?? '');
    if (!body) continue;
    const buttons = [...control.querySelectorAll<HTMLButtonElement>('button[data-show]')];
    const choose = (value: string): void => {
      body.dataset.show = value;
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.show === value));
    };
    for (const b of buttons) {
      b.addEventListener('click', () => {
        const value = b.dataset.show ?? 'both';
        choose(value);
        save(value);
      });
    }
    // A language remembered from another article applies only when this article has it.
    const saved = readSaved();
    choose(buttons.some((b) => b.dataset.show === saved) ? saved! : 'both');
    control.hidden = false;
  }
}
