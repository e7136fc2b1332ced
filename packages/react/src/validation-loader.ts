export type Validation = typeof import('./validation.js');

// The schema and the parser (zod) are a chunk of their own that loads as the form mounts, like the
// evaluation (evaluator.ts). One load per page, shared by every form on it.
let loaded: Validation | undefined;
let loading: Promise<Validation> | undefined;

/** The validation module, when its chunk is here; undefined before. */
export function loadedValidation(): Validation | undefined {
  return loaded;
}

/** Loads the validation module (once); a failed load is tried again on the next call. */
export function loadValidation(): Promise<Validation> {
  loading ??= import('./validation.js').then(
    (m) => {
      loaded = m;
      return m;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
