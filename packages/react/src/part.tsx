import type { ReactNode } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import type { FieldArrayPath } from 'react-hook-form';
import { WIDGET_TEXTS } from '@osallisuusarvio/core/first-paint';
import type { Assessment, FieldPath, PartId, QuestionField, TableFieldModel } from '@osallisuusarvio/core';
import { CheckboxGroup, RadioGroup, SelectField, TextField } from './fields.js';
import { useWidget } from './context.js';
import { useEvaluationIfReady } from './evaluation-context.js';
import { wt } from './text.js';

// A part of the form and the fields of core's question model: what the first step (the case) is made of,
// apart from sections.tsx, whose later parts load after the first paint.

export function partId(prefix: string, part: PartId): string {
  return `${prefix}-part-${part}`;
}

/** "2/3 answered" for one part, from core's completeness. */
export function PartProgress({ part }: { part: PartId }) {
  const { locale } = useWidget();
  const progress = useEvaluationIfReady()?.completeness.parts[part];
  if (!progress) return <p className="oa-progress oa-progress--checking">{wt('checking', locale)}</p>;
  const { answered, total } = progress;
  if (total === 0) return null;
  return (
    <p className={`oa-progress${answered === total ? ' oa-progress--done' : ''}`}>
      <progress className="oa-progress-bar" max={total} value={answered} aria-hidden="true" />
      <span>{wt('progressOf', locale, { answered, total })}</span>
    </p>
  );
}

export function Part({
  part,
  legend,
  children,
  describedBy,
}: {
  part: PartId;
  legend: ReactNode;
  children: ReactNode;
  describedBy?: string;
}) {
  const { idPrefix } = useWidget();
  return (
    <fieldset className="oa-part" id={partId(idPrefix, part)} tabIndex={-1} aria-describedby={describedBy}>
      <legend className="oa-part-legend">{legend}</legend>
      <PartProgress part={part} />
      {children}
    </fieldset>
  );
}

/** Renders its children while the watched field satisfies `test`; a small subscriber, so the rest stays still. */
export function When<T>({
  name,
  test,
  children,
}: {
  name: FieldPath;
  test: (value: T) => boolean;
  children: ReactNode;
}) {
  const value = useWatch({ name }) as T;
  return test(value) ? children : null;
}

export function RemoveButton({ onClick, row }: { onClick: () => void; row: string }) {
  const { locale, readOnly } = useWidget();
  if (readOnly) return null;
  return (
    <button type="button" className="oa-button oa-button--quiet" onClick={onClick}>
      {wt('removeRow', locale, { row })}
    </button>
  );
}

/** A table of the question model (who is left out and why): one fieldset per row, its columns as fields. */
function TableRows({ field }: { field: TableFieldModel }) {
  const { locale, readOnly } = useWidget();
  const { fields, append, remove } = useFieldArray<Assessment>({ name: field.path as FieldArrayPath<Assessment> });
  const cell = (i: number, key: string) => `${field.path}.${i}.${key}` as FieldPath;
  const blank = Object.fromEntries(field.columns.map((c) => [c.key, c.kind === 'choice' ? null : '']));
  return (
    <div className="oa-rows" data-oa-field={field.path} tabIndex={-1}>
      {fields.map((f, i) => {
        const row = wt(field.rowText, locale, { n: i + 1 });
        return (
          <fieldset className="oa-row" key={f.id} data-oa-field={`${field.path}.${i}`}>
            <legend className="oa-row-legend">{row}</legend>
            {field.columns.map((c) =>
              c.kind === 'choice' ? (
                <SelectField key={c.key} name={cell(i, c.key)} options={c.options ?? []} />
              ) : (
                <TextField key={c.key} name={cell(i, c.key)} multiline={c.kind === 'longText'} />
              ),
            )}
            <RemoveButton row={row} onClick={() => remove(i)} />
          </fieldset>
        );
      })}
      {!readOnly && (
        <button
          type="button"
          className="oa-button"
          onClick={() =>
            append(blank as never, { shouldFocus: true, focusName: cell(fields.length, field.columns[0]!.key) })
          }
        >
          {WIDGET_TEXTS[field.addText][locale]}
        </button>
      )}
    </div>
  );
}

/** The control of one field of the question model, chosen by its kind. */
function ModelField({ field }: { field: QuestionField }) {
  switch (field.kind) {
    case 'shortText':
      return <TextField name={field.path} />;
    case 'longText':
      return <TextField name={field.path} multiline />;
    case 'date':
      return <TextField name={field.path} type="date" />;
    case 'choice':
      return field.control === 'select' ? (
        <SelectField name={field.path} options={field.options} />
      ) : (
        <RadioGroup name={field.path} options={field.options} />
      );
    case 'multiChoice':
      return <CheckboxGroup name={field.path} options={field.options} other={field.other} />;
    case 'table':
      return <TableRows field={field} />;
  }
}

/** A field that shows only while its condition holds (the model's `showWhen`), watched on its own. */
export function Shown({ field }: { field: QuestionField }) {
  const when = field.showWhen;
  if (!when) return <ModelField field={field} />;
  return (
    <When<unknown> name={when.field} test={(v) => typeof v === 'string' && when.in.includes(v)}>
      <ModelField field={field} />
    </When>
  );
}
