import { describe, expect, it } from 'vitest';
import { CHECKLIST } from './catalogues/checklist.js';
import { FIELD_TEXTS } from './catalogues/fields.js';
import { assessmentJsonSchema } from './json-schema.js';
import {
  CASE_FIELDS,
  countsFor,
  CONSULTATION_FIELDS,
  isAskedFor,
  isShown,
  OUTSIDE_QUESTIONS,
  QUESTION_MODEL,
  questionFields,
  valueAtPath,
} from './questions.js';
import type { QuestionField } from './questions.js';
import { createAssessment } from './schema.js';

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  type?: string;
};

/** Every field of the schema as a key ("invited.exclusions.*.who"): objects opened, rows opened as "*". */
function schemaKeys(s: JsonSchema, prefix: string): string[] {
  if (s.properties)
    return Object.entries(s.properties).flatMap(([k, v]) => schemaKeys(v, prefix ? `${prefix}.${k}` : k));
  if (s.type === 'array' && s.items?.properties) return schemaKeys(s.items, `${prefix}.*`);
  return [prefix];
}

/** What the schema allows at a key: the enum of a choice (or of a list's items). */
function schemaAt(key: string): JsonSchema {
  let s = assessmentJsonSchema() as JsonSchema;
  for (const k of key.split('.')) s = k === '*' ? s.items! : s.properties![k]!;
  return s;
}
const enumOf = (s: JsonSchema): unknown[] => {
  if (s.enum) return s.enum.filter((v) => v !== null);
  if (s.items) return enumOf(s.items);
  return (s.anyOf ?? []).flatMap(enumOf);
};

const modelKeys = (f: QuestionField): string[] =>
  f.kind === 'table' ? f.columns.map((c) => `${f.path}.*.${c.key}`) : [f.path];
const QUESTIONS = CHECKLIST.flatMap((q) => questionFields(q.id));
/** The questions' fields and the case part's: one kind of field. */
const ALL: readonly QuestionField[] = [...QUESTIONS, ...CASE_FIELDS];
const CONSULTATION_KEYS = CONSULTATION_FIELDS.map((f) => `consultations.*.${f.key}`);

describe('the question model', () => {
  it('has every path of the schema, or leaves it out by name with a reason', () => {
    const inModel = new Set([...ALL.flatMap(modelKeys), ...CONSULTATION_KEYS]);
    const outside = Object.keys(OUTSIDE_QUESTIONS);
    const uncovered = schemaKeys(assessmentJsonSchema() as JsonSchema, '').filter(
      (k) => !inModel.has(k) && !outside.some((o) => k === o || k.startsWith(`${o}.`)),
    );
    expect(uncovered).toEqual([]);
    // Nothing is both, and nothing left out or modelled is a path the schema does not have.
    const keys = new Set(schemaKeys(assessmentJsonSchema() as JsonSchema, ''));
    for (const k of inModel) expect(keys.has(k), k).toBe(true);
    for (const o of outside) {
      expect(
        [...keys].some((k) => k === o || k.startsWith(`${o}.`)),
        o,
      ).toBe(true);
      expect(
        [...inModel].some((k) => k.startsWith(`${o}.`)),
        o,
      ).toBe(false);
    }
    for (const reason of Object.values(OUTSIDE_QUESTIONS)) expect(reason.length).toBeGreaterThan(20);
  });

  it('describes each question’s fields under that question, each path once', () => {
    for (const q of CHECKLIST) {
      for (const f of QUESTION_MODEL[q.id]) expect(f.path.startsWith(`${q.id}.`), f.path).toBe(true);
    }
    for (const f of CASE_FIELDS) expect(f.path.startsWith('case.'), f.path).toBe(true);
    const paths = ALL.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('takes every label and help from FIELD_TEXTS, the same object, never a copy', () => {
    const texts = FIELD_TEXTS as Record<string, unknown>;
    for (const f of ALL) expect(f.text, f.path).toBe(texts[f.path]);
    for (const f of CONSULTATION_FIELDS) expect(f.text, f.key).toBe(texts[`consultations.*.${f.key}`]);
  });

  it('offers exactly the choices the schema accepts', () => {
    for (const f of ALL) {
      if (f.kind === 'choice' || f.kind === 'multiChoice')
        expect(f.options.map((o) => o.id).sort(), f.path).toEqual(enumOf(schemaAt(f.path)).sort());
      if (f.kind === 'table')
        for (const c of f.columns)
          if (c.options)
            expect(c.options.map((o) => o.id).sort(), `${f.path}.${c.key}`).toEqual(
              enumOf(schemaAt(`${f.path}.*.${c.key}`)).sort(),
            );
    }
    for (const f of CONSULTATION_FIELDS)
      if ('options' in f)
        expect(f.options.map((o) => o.id).sort(), f.key).toEqual(enumOf(schemaAt(`consultations.*.${f.key}`)).sort());
  });

  it('shows a field on a condition over a choice of the same question, with values that choice has', () => {
    for (const f of ALL) {
      if (!f.showWhen) continue;
      const on = ALL.find((g) => g.path === f.showWhen!.field);
      expect(on?.kind, f.path).toBe('choice');
      if (on?.kind !== 'choice') continue;
      expect(on.path.split('.')[0]).toBe(f.path.split('.')[0]);
      for (const v of f.showWhen.in) expect(on.options.map((o) => o.id)).toContain(v);
    }
  });

  it('a field with a condition shows only while it holds', () => {
    const exclusions = ALL.find((f) => f.path === 'invited.exclusions')!;
    expect(isShown(exclusions, createAssessment())).toBe(false);
    expect(isShown(exclusions, createAssessment({ invited: { deliberatelyExcluded: 'yes' } }))).toBe(true);
    expect(isShown(exclusions, createAssessment({ invited: { deliberatelyExcluded: 'no' } }))).toBe(false);
    expect(valueAtPath(createAssessment({ case: { title: 'x' } }), 'case.title')).toBe('x');
    expect(valueAtPath(createAssessment(), 'case.title.nothing')).toBeUndefined();
  });

  it('never counts a hidden field: a conditional field counts only while it shows', () => {
    const hidden = createAssessment();
    for (const f of ALL) if (f.showWhen) expect(countsFor(f, hidden), f.path).toBe(false);
    const fromInitiative = createAssessment({ case: { initiative: { fromInitiative: 'yes' } } });
    const counted = CASE_FIELDS.filter((f) => countsFor(f, fromInitiative)).map((f) => f.path);
    expect(counted).toEqual(expect.arrayContaining(['case.initiative.reference', 'case.initiative.initiatorsToldHow']));
  });

  it('asks the case part’s initiative details only when the matter comes from an initiative', () => {
    const details = CASE_FIELDS.filter(
      (f) => f.path.startsWith('case.initiative.') && f.path !== 'case.initiative.fromInitiative',
    );
    expect(details.map((f) => f.path)).toEqual([
      'case.initiative.reference',
      'case.initiative.representativesHeardOn',
      'case.initiative.initiatorsToldHow',
    ]);
    const from = (fromInitiative: 'yes' | 'no' | null) =>
      createAssessment({ case: { initiative: { fromInitiative } } });
    for (const f of details) {
      expect(isShown(f, from('yes')), f.path).toBe(true);
      expect(isShown(f, from('no')), f.path).toBe(false);
      expect(isShown(f, from(null)), f.path).toBe(false);
    }
  });

  it('marks the substantial-impact question as the toolkit’s own, and no checklist question so', () => {
    expect(ALL.filter((f) => f.ourQuestion).map((f) => f.path)).toEqual(['case.substantialImpact']);
  });

  it('asks a consultation’s dates for the statuses that need them', () => {
    const asked = (status: Parameters<typeof isAskedFor>[1]) =>
      CONSULTATION_FIELDS.filter((f) => isAskedFor(f, status)).map((f) => f.key);
    expect(asked(null)).toEqual(['body', 'status']);
    expect(asked('notNeeded')).toEqual(['body', 'status', 'reason']);
    expect(asked('requested')).toEqual(['body', 'status', 'requestedOn', 'dueOn']);
    expect(asked('statementReceived')).toEqual(['body', 'status', 'requestedOn', 'dueOn', 'receivedOn', 'summary']);
    expect(asked('tookPartInPreparation')).toEqual(['body', 'status', 'participatedOn']);
    expect(asked('heardAtMeeting')).toEqual(['body', 'status', 'participatedOn']);
  });
});
