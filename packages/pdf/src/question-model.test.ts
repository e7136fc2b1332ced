import { describe, expect, it } from 'vitest';
import {
  APPENDIX_TEXTS,
  BODIES,
  CASE_FIELDS,
  CONSULTATION_FIELDS,
  CONSULTATION_STATUSES,
  CHECKLIST,
  LOCALES,
  createAssessment,
  formatIsoDate,
  joinList,
  labelOf,
  questionFields,
} from '@osallisuusarvio/core';
import type { Assessment, Locale } from '@osallisuusarvio/core';
import { renderAppendix } from './index.js';
import { containsHyphenated, normalise, readBack } from './test-helpers.js';

const ALL = CHECKLIST.flatMap((q) => questionFields(q.id));

/** The i-th field's own day in 2027: each date of the model differs from every other. */
const distinctDay = (i: number) =>
  `2027-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;

/** A distinctive answer for every field of the model, each choice its last option, each date its own day. */
function everyFieldFilled(): Assessment {
  const doc: Record<string, Record<string, unknown>> = {};
  const set = (path: string, value: unknown) => {
    const [part, key] = path.split('.') as [string, string];
    doc[part] = { ...doc[part], [key]: value };
  };
  ALL.forEach((f, i) => {
    if (f.kind === 'shortText' || f.kind === 'longText') set(f.path, `Vastaus-${f.path}`);
    else if (f.kind === 'date') set(f.path, distinctDay(i));
    else if (f.kind === 'choice') set(f.path, f.options.at(-1)!.id);
    else if (f.kind === 'multiChoice') set(f.path, [f.options.at(-1)!.id]);
    else
      set(f.path, [
        Object.fromEntries(f.columns.map((c) => [c.key, c.options ? c.options.at(-1)!.id : `Rivi-${c.key}`])),
      ]);
  });
  return createAssessment(doc);
}

const at = (a: Assessment, path: string) =>
  path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], a);

describe('the appendix prints every field of the question model', () => {
  const a = everyFieldFilled();

  it.each(LOCALES)('in %s, each answer with its label', async (locale: Locale) => {
    const text = normalise((await readBack(renderAppendix(a, { locale }))).text);
    for (const f of ALL) {
      const label = f.text.label[locale];
      const joined = (value: string) => `${label}${/[?:]$/.test(label) ? ' ' : ': '}${value}`;
      const value = at(a, f.path);
      switch (f.kind) {
        case 'shortText':
          expect(text, f.path).toContain(value as string);
          break;
        case 'longText':
          // A lead text answers the question itself and has no label of its own.
          expect(text, f.path).toContain(f.role === 'lead' ? (value as string) : `${label} ${value as string}`);
          break;
        case 'date':
          expect(text, f.path).toContain(joined(formatIsoDate(value as string, locale)));
          break;
        case 'choice':
          expect(text, f.path).toContain(joined(labelOf(f.options, value as string)[locale]));
          break;
        case 'multiChoice': {
          // The list's "other" text is printed as the last item of the list.
          const items = [
            labelOf(f.options, (value as string[])[0]!)[locale],
            ...(f.other ? [at(a, f.other) as string] : []),
          ];
          expect(text, f.path).toContain(joined(joinList(items, locale)));
          break;
        }
        case 'table': {
          const row = (value as Record<string, string>[])[0]!;
          for (const c of f.columns) {
            expect(text, `${f.path}.${c.key} heading`).toContain(c.header[locale]);
            expect(text, `${f.path}.${c.key}`).toContain(
              c.options ? labelOf(c.options, row[c.key]!)[locale] : row[c.key],
            );
          }
          break;
        }
      }
    }
  });

  it('says "not answered" under no question whose fields are answered', async () => {
    const withConclusion = createAssessment({ ...a, conclusion: { summary: 'Yhteenveto' } });
    const text = normalise((await readBack(renderAppendix(withConclusion, { locale: 'en' }))).text);
    expect(text).not.toContain('Not answered');
  });
});

describe('the appendix’s case table and consultation table print every case and consultation field', () => {
  // Each case field answered (its last option, its own day, a text of its own), the initiative's too.
  const caseDoc: Record<string, unknown> = {};
  CASE_FIELDS.forEach((f, i) => {
    const keys = f.path.split('.').slice(1);
    let at = caseDoc;
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[keys.at(-1)!] =
      f.kind === 'date'
        ? distinctDay(i)
        : f.kind === 'choice'
          ? f.options.at(-1)!.id
          : f.kind === 'multiChoice'
            ? [f.options.at(-1)!.id]
            : `Tieto${i}`;
  });
  (caseDoc.initiative as Record<string, unknown>).fromInitiative = 'yes';
  const dates = {
    requestedOn: '2027-01-11',
    dueOn: '2027-02-12',
    receivedOn: '2027-02-10',
    participatedOn: '2027-01-20',
  };
  const a = createAssessment({
    case: caseDoc,
    // One row per status, each with every date, so that each status and each date is printed.
    consultations: CONSULTATION_STATUSES.map((s, i) => ({ body: BODIES[i]!.id, status: s.id, ...dates })),
  });

  it.each(LOCALES)('in %s, each case field with its label, the toolkit’s own question marked', async (locale) => {
    const text = normalise((await readBack(renderAppendix(a, { locale }))).text);
    for (const f of CASE_FIELDS) {
      const value = at(a, f.path);
      const printed =
        f.kind === 'date'
          ? formatIsoDate(value as string, locale)
          : f.kind === 'choice'
            ? labelOf(f.options, value as string)[locale]
            : f.kind === 'multiChoice'
              ? labelOf(f.options, (value as string[])[0]!)[locale]
              : (value as string);
      // The title is the appendix's heading; a text that is part of another field is printed in its row.
      const heading =
        f.path === 'case.title' || (f.kind === 'shortText' && f.partOf)
          ? ''
          : `${f.text.label[locale]}${f.ourQuestion ? ` (${APPENDIX_TEXTS.ourQuestion[locale]})` : ''} `;
      expect(containsHyphenated(text, `${heading}${printed}`), `${f.path}: ${heading}${printed}`).toBe(true);
    }
  });

  it.each(LOCALES)('in %s, each consultation’s status, and each of its dates with what it is', async (locale) => {
    const text = normalise((await readBack(renderAppendix(a, { locale }))).text);
    for (const s of CONSULTATION_STATUSES) expect(containsHyphenated(text, s.label[locale]), s.id).toBe(true);
    for (const f of CONSULTATION_FIELDS) {
      if (f.kind !== 'date') continue;
      const expected = `${f.text.label[locale]} ${formatIsoDate(dates[f.key], locale)}`;
      expect(containsHyphenated(text, expected), expected).toBe(true);
    }
  });

  it('prints no initiative details when the matter does not come from an initiative', async () => {
    const no = createAssessment({
      ...a,
      case: { ...a.case, initiative: { ...a.case.initiative, fromInitiative: 'no' } },
    });
    const text = normalise((await readBack(renderAppendix(no, { locale: 'fi' }))).text);
    const from = CASE_FIELDS.find((f) => f.path === 'case.initiative.fromInitiative')!;
    expect(containsHyphenated(text, `${from.text.label.fi} Ei`)).toBe(true);
    for (const f of CASE_FIELDS) if (f.showWhen) expect(containsHyphenated(text, f.text.label.fi), f.path).toBe(false);
  });
});
