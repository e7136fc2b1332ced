import { describe, expect, it } from 'vitest';
import {
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
import { normalise, readBack } from './test-helpers.js';

const ALL = CHECKLIST.flatMap((q) => questionFields(q.id));

/** A distinctive answer for every field of the model, each choice its last option, each date its own day. */
function everyFieldFilled(): Assessment {
  const doc: Record<string, Record<string, unknown>> = {};
  const set = (path: string, value: unknown) => {
    const [part, key] = path.split('.') as [string, string];
    doc[part] = { ...doc[part], [key]: value };
  };
  ALL.forEach((f, i) => {
    if (f.kind === 'shortText' || f.kind === 'longText') set(f.path, `Vastaus-${f.path}`);
    else if (f.kind === 'date') set(f.path, `2027-02-${String(10 + i).padStart(2, '0')}`);
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
