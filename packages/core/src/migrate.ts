import type { QuestionId } from './catalogues/checklist.js';

type Json = Record<string, unknown>;

const QUESTIONS: readonly QuestionId[] = [
  'affected',
  'invited',
  'influence',
  'timing',
  'outcomes',
  'communication',
  'testing',
];

/**
 * Schema version 1 is the checklist as the Word template had it: case details and one free-text answer per
 * question under `answers`, methods as a plain list of ids. Its free text becomes each question's `text`.
 */
export function v1ToV2(doc: Json): Json {
  const answers = (doc.answers ?? {}) as Json;
  const out: Json = { ...doc, schemaVersion: 2 };
  delete out.answers;
  for (const q of QUESTIONS) {
    const text = answers[q];
    if (text !== undefined) out[q] = { ...((doc[q] as Json | undefined) ?? {}), text };
  }
  if (Array.isArray(doc.methods) && doc.methods.every((m) => typeof m === 'string')) {
    out.methods = (doc.methods as string[]).map((method) => ({ method }));
  }
  if (typeof doc.noParticipationReason === 'string') {
    out.conclusion = {
      ...((doc.conclusion as Json | undefined) ?? {}),
      noParticipationReason: doc.noParticipationReason,
    };
    delete out.noParticipationReason;
  }
  return out;
}

/**
 * The rule set that versions 1 and 2 were written under: before the corrected legal data and the rule kinds.
 * A migrated assessment keeps it, so that nobody reads its old findings as those of the current rules.
 */
export const RULE_SET_BEFORE_V3 = '2026.1';

/**
 * Version 3 adds the organiser, the rule set version, responses to findings, translations and the
 * follow-up, all empty by default; nothing of version 2 moves. The organiser is left unknown rather than
 * guessed: version 2 kept it only as an option to `evaluate`.
 */
export function v2ToV3(doc: Json): Json {
  return { ...doc, schemaVersion: 3, ruleSetVersion: doc.ruleSetVersion ?? RULE_SET_BEFORE_V3 };
}

const STEPS: Record<number, (doc: Json) => Json> = { 1: v1ToV2, 2: v2ToV3 };

/** Brings an older document up to the current schema version, one step at a time. */
export function migrate(doc: Json, from: number): Json {
  let current = doc;
  for (let v = from; STEPS[v] !== undefined; v += 1) current = STEPS[v]!(current);
  return current;
}
