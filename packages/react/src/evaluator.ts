import type { evaluate } from '@osallisuusarvio/core/evaluate';

export type Evaluate = typeof evaluate;
type Findings = typeof import('./findings.js');

// The evaluation (the rules, their legal texts) is a chunk of its own that loads as the form mounts, so
// that the form's first paint does not wait for it. The findings' own UI (the list, the answers "considered,
// not followed", the legal references) comes with it: findings can only show once there is an evaluation,
// so both are asked for at once and `evaluate` is handed out only when both are here. One load per page,
// shared by every form on it.
let loaded: Evaluate | undefined;
let findings: Findings | undefined;
let loading: Promise<Evaluate> | undefined;

/** `evaluate`, when its chunk (and the findings' UI) is here; undefined before. */
export function loadedEvaluate(): Evaluate | undefined {
  return loaded;
}

/** The findings' UI, when it is here: always once `loadedEvaluate()` is. */
export function loadedFindings(): Findings | undefined {
  return findings;
}

/** Loads `evaluate` and the findings' UI (once); a failed load is tried again on the next call. */
export function loadEvaluate(): Promise<Evaluate> {
  loading ??= Promise.all([import('@osallisuusarvio/core/evaluate'), import('./findings.js')]).then(
    ([m, f]) => {
      findings = f;
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
