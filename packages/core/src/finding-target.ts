import type { FieldPath, TriggerAnswer } from './rules/types.js';

/**
 * Where a finding is fixed: its first field that is not merely the answer that made the rule fire. A council
 * not consulted although older people are affected names `affected.groups` (the trigger) and `consultations`
 * (the fix): the official is taken to the consultations, not back to question 1.
 */
export function findingTarget(finding: {
  readonly fields: readonly FieldPath[];
  readonly answers?: readonly TriggerAnswer[];
}): FieldPath | undefined {
  const triggers = new Set((finding.answers ?? []).map((a) => a.field as string));
  return finding.fields.find((f) => !triggers.has(f)) ?? finding.fields[0];
}
