import { findingTarget } from '@osallisuusarvio/core/first-paint';
import type { Finding, PartId, PartCompleteness } from '@osallisuusarvio/core';

/** What the step logic needs to know of a step; the React list in stepper.tsx adds its title and content. */
export interface StepInfo {
  readonly id: string;
  /** The parts of core's progress shown on this step (none for a step outside them, such as a follow-up). */
  readonly parts: readonly PartId[];
  /** First segments of the field paths on this step ("consultations" for "consultations.0.reason"). */
  readonly fields: readonly string[];
}

/** A step's state in the list of steps: never opened, opened, opened and with errors, or all answered. */
export type StepState = 'notVisited' | 'visited' | 'errors' | 'done';

/** The index of the step that shows a field path, or -1 when no step does. */
export function stepOfPath(steps: readonly StepInfo[], path: string): number {
  const head = path.split('.', 1)[0] ?? '';
  return steps.findIndex((s) => s.fields.includes(head));
}

/**
 * Each step's findings: a finding belongs to the step where it is fixed (core's `findingTarget`). The last
 * list holds the findings no step shows (a host rule about a path of its own, a finding without a field).
 */
export function findingsByStep(steps: readonly StepInfo[], findings: readonly Finding[]): Finding[][] {
  const out: Finding[][] = steps.map(() => []);
  const elsewhere: Finding[] = [];
  for (const f of findings) {
    const target = findingTarget(f);
    const i = target === undefined ? -1 : stepOfPath(steps, target);
    (i < 0 ? elsewhere : out[i]!).push(f);
  }
  out.push(elsewhere);
  return out;
}

/** Whether every counted item of the step's parts is answered (a step without any counts as answered). */
export function stepAnswered(step: StepInfo, parts: Readonly<Record<PartId, PartCompleteness>>): boolean {
  return step.parts.every((p) => parts[p].answered === parts[p].total);
}

/**
 * A step's state. `entered`: the official has opened it; `checked`: its findings are shown (it has been
 * left, or "check every step" was pressed), so its errors count.
 */
export function stepState(o: {
  readonly entered: boolean;
  readonly checked: boolean;
  readonly errors: number;
  readonly answered: boolean;
  /** Whether the step has anything counted towards completeness (default: yes). */
  readonly counted?: boolean;
}): StepState {
  if (o.checked && o.errors > 0) return 'errors';
  // A step not opened yet whose answers are all given (a draft or a file) is done, as the count above the list
  // says; one with nothing counted yet (no body applies) stays "not opened", not vacuously done.
  if (!o.entered && !o.checked) return o.answered && o.counted !== false && o.errors === 0 ? 'done' : 'notVisited';
  return o.answered && o.errors === 0 ? 'done' : 'visited';
}
