// When a keystroke starts a search: once the keys pause. A burst of keys makes one search for its whole text, never one
// per prefix: a prefix search fetches index chunks of its own and holds the engine (a short prefix matches thousands of
// pages), and the search for the whole text waits behind it. While the engine loads or a search runs, keys only
// collect; when it is done, the search for the newest text starts at once if the keys have paused by then, else when
// they do.

export interface TypingOptions {
  /** Quiet time after a keystroke before searching. */
  pauseMs: number;
  /** True once the engine has loaded. */
  engineReady: () => boolean;
  /** Settles once the engine has loaded or failed to (a failed load is left to the search to report). */
  whenReady: () => Promise<unknown>;
}

/**
 * Returns the function to call on every keystroke. `search` reads the box when it starts, so it takes every key typed
 * before it; it resolves once Pagefind has answered.
 */
export function searchWhileTyping(search: () => Promise<unknown>, options: TypingOptions): () => void {
  let running = false;
  let again = false;
  let waitingForEngine = false;
  let lastKey = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = (): void => {
    running = true;
    void search()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          afterPause();
        }
      });
  };
  /** Starts now when the last key is a pause old, else when it will be (a newer key restarts the wait). */
  const afterPause = (): void => {
    clearTimeout(timer);
    const wait = lastKey + options.pauseMs - Date.now();
    if (wait > 0) timer = setTimeout(start, wait);
    else start();
  };
  return () => {
    lastKey = Date.now();
    clearTimeout(timer);
    if (running) again = true;
    else if (options.engineReady()) timer = setTimeout(start, options.pauseMs);
    else if (!waitingForEngine) {
      waitingForEngine = true;
      void options
        .whenReady()
        .catch(() => undefined)
        .then(() => {
          waitingForEngine = false;
          if (running) again = true;
          else afterPause();
        });
    }
  };
}
