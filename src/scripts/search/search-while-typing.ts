// When a keystroke starts a search. While the engine loads or a search runs, keys only collect: one search for the newest
// text follows as soon as it can, with no extra pause. When nothing is going on, a search waits for a short pause in
// typing, so the keys of one burst make one search instead of a search (and its index chunks) for every prefix.

export interface TypingOptions {
  /** Quiet time after a keystroke before searching, when the engine is ready and idle. */
  pauseMs: number;
  /** True once the engine has loaded. Before that, waiting for it is the pause. */
  engineReady: () => boolean;
}

/**
 * Returns the function to call on every keystroke. `search` waits for the engine itself and reads the box when it starts,
 * so the run after a busy spell takes every key typed meanwhile; it resolves once Pagefind has answered.
 */
export function searchWhileTyping(search: () => Promise<unknown>, options: TypingOptions): () => void {
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = (): void => {
    running = true;
    void search()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          start();
        }
      });
  };
  return () => {
    clearTimeout(timer);
    if (running) again = true;
    else if (!options.engineReady()) start();
    else timer = setTimeout(start, options.pauseMs);
  };
}
