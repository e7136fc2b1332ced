import type { evaluate } from '@osallisuusarvio/core/evaluate';

export type Evaluate = typeof evaluate;

// The evaluation (the rules, their legal texts) is a chunk of its own that loads as the form mounts, so
// that the form's first paint does not wait for it. One load per page, shared by every form on it.
let loaded: Evaluate | undefined;
let loading: Promise<Evaluate> | undefined;

/** `evaluate`, when its chunk is here; undefined before. */
export function loadedEvaluate(): Evaluate | undefined {
  return loaded;
}

/** Loads `evaluate` (once); a failed load is tried again on the next call. */
export function loadEvaluate(): Promise<Evaluate> {
  loading ??= import('@osallisuusarvio/core/evaluate').then(
    (m) => {
      loaded = m.evaluate;
      return m.evaluate;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
