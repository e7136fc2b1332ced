import { createContext, use, useContext } from 'react';
import type { Evaluation } from '@osallisuusarvio/core';
import type { Store } from './store.js';
import { useStore } from './store.js';

/** The form's evaluation: undefined until the evaluation chunk has loaded and checked the answers once. */
export interface EvaluationStore extends Store<Evaluation | undefined> {
  /** Resolves with the first evaluation. */
  readonly ready: Promise<Evaluation>;
}

export function createEvaluationStore(store: Store<Evaluation | undefined>): EvaluationStore {
  let resolve: (e: Evaluation) => void = () => undefined;
  const ready = new Promise<Evaluation>((r) => {
    resolve = r;
  });
  const first = store.get();
  if (first !== undefined) resolve(first);
  else {
    const off = store.subscribe(() => {
      const e = store.get();
      if (e === undefined) return;
      off();
      resolve(e);
    });
  }
  return { ...store, ready };
}

export const EvaluationContext = createContext<EvaluationStore | null>(null);

function useEvaluationStore(): EvaluationStore {
  const store = useContext(EvaluationContext);
  if (!store) throw new Error('osallisuusarvio: useEvaluation outside the form.');
  return store;
}

/**
 * The latest evaluation; only components that call this re-render when it changes. Until the first one is
 * there the component suspends: put it under a `<Suspense>` whose fallback says the answers are being checked
 * (never render "no findings" for an evaluation that has not run).
 */
export function useEvaluation(): Evaluation {
  const store = useEvaluationStore();
  return useStore(store) ?? use(store.ready);
}

/** The latest evaluation, or undefined while it is loading: for parts that render without it. */
export function useEvaluationIfReady(): Evaluation | undefined {
  return useStore(useEvaluationStore());
}
