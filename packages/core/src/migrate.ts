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
function v1ToV2(doc: Json): Json {
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

const STEPS: Record<number, (doc: Json) => Json> = { 1: v1ToV2 };

/** Brings an older document up to the current schema version, one step at a time. */
export function migrate(doc: Json, from: number): Json {
  let current = doc;
  for (let v = from; STEPS[v] !== undefined; v += 1) current = STEPS[v]!(current);
  return current;
}
