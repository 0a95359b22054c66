// Loads the search page makes once and keeps (the engine, the filter values, the date order).

/** `load` runs on the first call and its promise is kept; a failure (offline) is forgotten, so the next call tries again. */
export function keepUnlessFailed<A extends unknown[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let kept: Promise<T> | undefined;
  return (...args) => {
    if (!kept) {
      const attempt = load(...args);
      kept = attempt;
      attempt.catch(() => {
        if (kept === attempt) kept = undefined;
      });
    }
    return kept;
  };
}

/** The same, kept per argument (an object, held weakly): each object loads once, and again only after a failure. */
export function keepPerObjectUnlessFailed<K extends object, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const kept = new WeakMap<K, Promise<T>>();
  return (key) => {
    const known = kept.get(key);
    if (known) return known;
    const attempt = load(key);
    kept.set(key, attempt);
    attempt.catch(() => {
      if (kept.get(key) === attempt) kept.delete(key);
    });
    return attempt;
  };
}
