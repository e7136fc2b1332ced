import { describe, expect, it } from 'vitest';
import {
  CASE_FIELDS,
  CHECKLIST,
  CONSULTATION_FIELDS,
  CONSULTATION_STATUSES,
  createAssessment,
  formatDateInput,
  isAskedFor,
  questionFields,
} from '@osallisuusarvio/core';
import type { Assessment, QuestionField } from '@osallisuusarvio/core';
import { renderForm } from './test-utils.js';

/** The questions' fields and the case part's, which the widget asks the same way. */
const ALL: readonly QuestionField[] = [...CHECKLIST.flatMap((q) => questionFields(q.id)), ...CASE_FIELDS];

/** The i-th field's own day in 2027: each date of the model differs from every other. */
const distinctDay = (i: number) =>
  `2027-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;

/** A distinctive answer for every field of the model, with every condition met so that every field shows. */
function everyFieldFilled(): Assessment {
  const doc: Record<string, unknown> = {};
  const set = (path: string, value: unknown) => {
    const keys = path.split('.');
    let at = doc;
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[keys.at(-1)!] = value;
  };
  ALL.forEach((f, i) => {
    if (f.kind === 'shortText' || f.kind === 'longText') set(f.path, `Vastaus ${f.path}`);
    else if (f.kind === 'date') set(f.path, distinctDay(i));
    else if (f.kind === 'choice') set(f.path, f.options.at(-1)!.id);
    else if (f.kind === 'multiChoice') set(f.path, [f.options.at(-1)!.id]);
    else
      set(f.path, [
        Object.fromEntries(f.columns.map((c) => [c.key, c.options ? c.options.at(-1)!.id : `Rivi ${f.path}.${c.key}`])),
      ]);
  });
  for (const f of ALL) if (f.showWhen) set(f.showWhen.field, f.showWhen.in[0]);
  return createAssessment(doc);
}

function expectControl(container: HTMLElement, f: QuestionField, a: Assessment, path = f.path) {
  const value = path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], a);
  if (f.kind === 'table') return;
  const controls = container.querySelectorAll<HTMLInputElement>(`[name="${path}"]`);
  expect(controls.length, `${path} has a control`).toBeGreaterThan(0);
  if (f.kind === 'choice' && f.control === 'select') {
    expect(controls[0]!.value, path).toBe(value);
  } else if (f.kind === 'choice' || f.kind === 'multiChoice') {
    const chosen = [...controls].filter((c) => c.checked).map((c) => c.value);
    expect(chosen, path).toEqual(Array.isArray(value) ? value : [value]);
  } else if (f.kind === 'date') {
    // Dates are typed and shown as the official reads them (d.m.yyyy in Finnish), stored as ISO.
    expect(controls[0]!.value, path).toBe(formatDateInput(value as string, 'fi'));
  } else {
    expect(controls[0]!.value, path).toBe(value);
  }
}

describe('the widget asks every field of the question model', () => {
  it('renders a control holding each field’s answer, rows of tables included', () => {
    const a = everyFieldFilled();
    const { container } = renderForm({ defaultValue: a });
    for (const f of ALL) {
      expectControl(container, f, a);
      if (f.kind !== 'table') continue;
      expect(container.querySelector(`[data-oa-field="${f.path}.0"]`), f.path).not.toBeNull();
      for (const c of f.columns) {
        const cell = `${f.path}.0.${c.key}`;
        const control = container.querySelector<HTMLInputElement>(`[name="${cell}"]`);
        expect(control, cell).not.toBeNull();
        const row = (a as unknown as Record<string, Record<string, Record<string, unknown>[]>>)[f.path.split('.')[0]!]![
          f.path.split('.')[1]!
        ]![0]!;
        expect(control!.value, cell).toBe(row[c.key]);
      }
    }
  });

  it('hides a field while its condition in the model does not hold', () => {
    const { container } = renderForm({ defaultValue: createAssessment() });
    for (const f of ALL) {
      const shown = container.querySelector(`[name="${f.path}"], [data-oa-field="${f.path}"]`) !== null;
      expect(shown, f.path).toBe(f.showWhen === undefined);
    }
  });

  it.each(CONSULTATION_STATUSES.map((s) => s.id))(
    'asks a consultation row with the status %s for the dates and texts core’s model gives that status',
    (status) => {
      const row = {
        body: 'elderlyCouncil',
        status,
        reason: 'Perustelu',
        requestedOn: '2027-01-11',
        dueOn: '2027-02-12',
        receivedOn: '2027-02-10',
        participatedOn: '2027-01-20',
        summary: 'Tiivistelmä',
      } as const;
      const { container } = renderForm({ defaultValue: createAssessment({ consultations: [row] }) });
      for (const f of CONSULTATION_FIELDS) {
        const name = `consultations.0.${f.key}`;
        const control = container.querySelector<HTMLInputElement>(`[name="${name}"]`);
        if (!isAskedFor(f, status)) {
          expect(control, name).toBeNull();
          continue;
        }
        expect(control, name).not.toBeNull();
        if (f.key === 'status')
          expect(container.querySelector<HTMLInputElement>(`[name="${name}"]:checked`)!.value).toBe(status);
        else if (f.kind === 'date') expect(control!.value, name).toBe(formatDateInput(row[f.key], 'fi'));
        else expect(control!.value, name).toBe(row[f.key]);
      }
    },
  );
});
