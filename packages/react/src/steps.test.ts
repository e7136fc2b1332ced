// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAssessment, evaluate, GENERIC_REGION, PART_IDS } from '@osallisuusarvio/core';
import type { Finding } from '@osallisuusarvio/core';
import { findingsByStep, stepOfPath, stepState } from './steps.js';
import type { StepInfo } from './steps.js';

const STEPS: StepInfo[] = PART_IDS.map((p) => ({ id: p, parts: [p], fields: [p] }));
const index = (id: string) => STEPS.findIndex((s) => s.id === id);

describe('the step logic', () => {
  it('finds the step of a field by its first segment, and none for a path outside the steps', () => {
    expect(stepOfPath(STEPS, 'consultations.0.reason')).toBe(index('consultations'));
    expect(stepOfPath(STEPS, 'timing.closesOn')).toBe(index('timing'));
    expect(stepOfPath(STEPS, 'conclusion.noParticipationReason')).toBe(index('conclusion'));
    expect(stepOfPath(STEPS, 'followUp.reportedBackOn')).toBe(-1);
  });

  it('puts a council not consulted on the consultations step, not on question 1 where the group was ticked', () => {
    const a = createAssessment({ affected: { groups: ['olderPeople'] } });
    const evaluation = evaluate(a, { region: GENERIC_REGION, today: '2026-11-23' });
    const council = evaluation.findings.find((f) => f.ruleId === 'elderly-council-not-consulted')!;
    expect(council.fields[0]).toBe('affected.groups');
    const byStep = findingsByStep(STEPS, evaluation.findings);
    expect(byStep[index('consultations')]).toContain(council);
    expect(byStep[index('affected')]).not.toContain(council);
  });

  it('keeps a finding no step shows for the summary (the last list)', () => {
    const stray: Finding = {
      ruleId: 'host-own',
      severity: 'warning',
      kind: 'goodPractice',
      title: { fi: 'x', sv: 'x', en: 'x' },
      message: { fi: 'x', sv: 'x', en: 'x' },
      legalBasis: [],
      fields: [],
      answers: [],
    };
    const byStep = findingsByStep(STEPS, [stray]);
    expect(byStep).toHaveLength(STEPS.length + 1);
    expect(byStep.at(-1)).toEqual([stray]);
  });

  it('names each state: not visited, in progress, with errors only once checked, done', () => {
    expect(stepState({ entered: false, checked: false, errors: 2, answered: false })).toBe('notVisited');
    expect(stepState({ entered: true, checked: false, errors: 2, answered: true })).toBe('visited');
    expect(stepState({ entered: true, checked: true, errors: 2, answered: true })).toBe('errors');
    expect(stepState({ entered: false, checked: true, errors: 1, answered: false })).toBe('errors');
    expect(stepState({ entered: true, checked: true, errors: 0, answered: true })).toBe('done');
    expect(stepState({ entered: true, checked: true, errors: 0, answered: false })).toBe('visited');
    // Not opened, but answered in full (a draft or a file): done; with nothing counted yet, not opened.
    expect(stepState({ entered: false, checked: false, errors: 0, answered: true })).toBe('done');
    expect(stepState({ entered: false, checked: false, errors: 1, answered: true })).toBe('notVisited');
    expect(stepState({ entered: false, checked: false, errors: 0, answered: true, counted: false })).toBe('notVisited');
  });
});
