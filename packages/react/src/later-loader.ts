type Later = typeof import('./later-parts.js');

// The steps after the first (and the catalogues only they use) are one chunk, asked for with the first render
// (lazy-steps.tsx). Its state is here, apart from the steps, so that the fields (field-texts.ts) can read the
// later fields' words from it without importing the steps.
let later: Later | undefined;
let loading: Promise<Later> | undefined;

/** The later steps' chunk, when it is here; undefined before. */
export function loadedLaterParts(): Later | undefined {
  return later;
}

/** Loads the later steps (once; a failed load is tried again on the next call). */
export function loadLaterParts(): Promise<Later> {
  loading ??= import('./later-parts.js').then(
    (m) => {
      later = m;
      return m;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
