import { createContext, useContext } from 'react';
import type { Evaluation } from '@osallisuusarvio/core';
import type { Store } from './store.js';
import { useStore } from './store.js';

export const EvaluationContext = createContext<Store<Evaluation> | null>(null);

/** The latest evaluation; only components that call this re-render when it changes. */
export function useEvaluation(): Evaluation {
  const store = useContext(EvaluationContext);
  if (!store) throw new Error('osallisuusarvio: useEvaluation outside the form.');
  return useStore(store);
}
