// Progressive enhancement for bilingual articles: switch between both languages and one, lead with the headline in the
// language chosen, and keep the choice in the address (to share it) and in storage (for the next article).

const STORAGE_KEY = 'reader:bilingual-show';
/** `?view=vi` shows the Vietnamese only; no parameter, both languages. */
const URL_PARAM = 'view';

/** Puts the view in the address without a reload or a history entry per click, so the address can be shared as it is. */
function showInUrl(value: string): void {
  const url = new URL(location.href);
  const params = url.searchParams;
  if (value === 'both') params.delete(URL_PARAM);
  else params.set(URL_PARAM, value);
  if (url.href !== location.href) history.replaceState(null, '', url);
}

export function enhanceBilingualControl(): void {
  // One control per article page.
  const control = document.querySelector<HTMLElement>('[data-bilingual-control]');
  const body = document.getElementById(`${control?.dataset.target}`);
  if (!control || !body) return;
  const buttons = [...control.querySelectorAll<HTMLButtonElement>('button[data-show]')];
  // A one-language view leads with the headline in that language: the translation takes the <h1>, with its lang.
  const headline = document.querySelector('h1')!;
  const translated = document.querySelector<HTMLElement>('.title-translation');
  const built = [headline.getAttribute('lang'), headline.textContent];
  const choose = (value: string): void => {
    body.dataset.show = value;
    for (const b of buttons) b.setAttribute('aria-pressed', `${b.dataset.show === value}`);
    if (translated) {
      const [lang, text] = value === translated.lang ? [value, translated.textContent] : built;
      // No lang, as built when the headline's language is unknown: it then takes the page's.
      if (lang) headline.lang = lang;
      else headline.removeAttribute('lang');
      headline.textContent = text!;
      translated.hidden = value !== 'both';
    }
    showInUrl(value);
  };
  for (const b of buttons) {
    b.addEventListener('click', () => {
      const value = b.dataset.show!;
      choose(value);
      try {
        localStorage.setItem(STORAGE_KEY, value);
      } catch {
        /* not remembered, nothing else lost */
      }
    });
  }
  // A view in the address wins: it is what the sender of the link saw. A language remembered from another article
  // applies only when this article has it.
  const offered = (value: string | null): value is string => buttons.some((b) => b.dataset.show === value);
  const asked = new URLSearchParams(location.search).get(URL_PARAM);
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (privacy settings); the control still works for this page.
  }
  choose(offered(asked) ? asked : offered(saved) ? saved : 'both');
  control.hidden = false;
}
