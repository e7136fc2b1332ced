import { Suspense, use } from 'react';
import type { Finding } from '@osallisuusarvio/core';
import { useEvaluation } from './evaluation-context.js';
import { loadEvaluate, loadedFindings } from './evaluator.js';

// The findings' UI (findings.tsx, finding-response.tsx and the core texts only they use) loads with the
// evaluation (evaluator.ts): these stand-ins are in the first paint and render it once it has come.

type Findings = NonNullable<ReturnType<typeof loadedFindings>>;

let ready: Promise<Findings> | undefined;
/** Resolves with the findings' UI; a failed load leaves it pending (the form says it is checking). */
function findingsReady(): Promise<Findings> {
  ready ??= loadEvaluate().then(
    () => loadedFindings()!,
    () => {
      ready = undefined;
      return new Promise<Findings>(() => undefined);
    },
  );
  return ready;
}

const useFindings = (): Findings => loadedFindings() ?? use(findingsReady());

/** The form's findings; put it under a `<Suspense>` with `<Checking />` (it waits for the evaluation). */
export function FindingsPanel() {
  useEvaluation();
  const { FindingsPanel: Panel } = useFindings();
  return <Panel />;
}

/** The button to the findings on a narrow page; put it under a `<Suspense>`. */
export function FindingsJump() {
  useEvaluation();
  const { FindingsJump: Jump } = useFindings();
  return <Jump />;
}

function Item({ finding }: { finding: Finding }) {
  const { FindingItem: Real } = useFindings();
  return <Real finding={finding} />;
}

/** One finding, its answer and its link to the field (the step's findings beside its fields). */
export function FindingItem({ finding }: { finding: Finding }) {
  return (
    <Suspense fallback={null}>
      <Item finding={finding} />
    </Suspense>
  );
}
