import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import {
  BODIES,
  CONSULTATION_FIELDS,
  CONSULTATION_STATUSES,
  SECTIONS,
  WIDGET_TEXTS,
  bodyName,
  isAskedFor,
  labelOf,
  regionHasBody,
} from '@osallisuusarvio/core';
import { createAssessment } from '@osallisuusarvio/core/parse';
import type { Assessment, BodyId, ConsultationStatus, FieldPath } from '@osallisuusarvio/core';
import { useWidget } from './context.js';
import { useEvaluationIfReady } from './evaluation-context.js';
import { RadioGroup, TextField } from './fields.js';
import { AddPicker, CatalogueSelect, Part, RemoveButton, WatchedLegend } from './sections.js';
import { wt } from './text.js';

/** The row's fields after its body and status: those core's model asks for the row's status, in its order. */
const DETAILS = CONSULTATION_FIELDS.filter((f) => f.key !== 'body' && f.key !== 'status');

function ConsultationDetails({ i }: { i: number }) {
  const status = useWatch({ name: `consultations.${i}.status` }) as ConsultationStatus | null;
  return DETAILS.filter((f) => isAskedFor(f, status)).map((f) => {
    const name = `consultations.${i}.${f.key}` as FieldPath;
    return f.kind === 'date' ? (
      <TextField key={f.key} name={name} type="date" />
    ) : (
      <TextField key={f.key} name={name} multiline />
    );
  });
}

const blankConsultation = (body: BodyId) => createAssessment({ consultations: [{ body }] }).consultations[0]!;

function RecommendedConsultations({ onAdd }: { onAdd: (id: BodyId) => void }) {
  const { locale, region, readOnly } = useWidget();
  // Nothing suggested until the evaluation has come.
  const recommended = useEvaluationIfReady()?.recommendedConsultations ?? [];
  if (recommended.length === 0 || readOnly) return null;
  return (
    <div className="oa-recommended">
      <p className="oa-label">{WIDGET_TEXTS.recommendedConsultations[locale]}</p>
      <ul className="oa-plain-list">
        {recommended.map((r) => (
          <li key={r.id}>
            <button type="button" className="oa-button oa-button--quiet" onClick={() => onAdd(r.id)}>
              {wt('addRecommended', locale, { item: bodyName(r.id, region)[locale] })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ConsultationsSection() {
  const { locale, region, focusField } = useWidget();
  const { getValues } = useFormContext<Assessment>();
  const { fields, append, remove } = useFieldArray<Assessment, 'consultations'>({ name: 'consultations' });
  const bodies = BODIES.filter((b) => regionHasBody(b.id, region)).map((b) => ({
    id: b.id,
    label: bodyName(b.id, region),
    help: b.help,
  }));
  const bodyLabel = (id: string) => bodies.find((b) => b.id === id)?.label ?? labelOf(BODIES, id);
  const add = (id: BodyId) => {
    // One row per body: adding a body that has a row already moves to that row instead.
    const rows = getValues('consultations');
    const existing = rows.findIndex((c) => c.body === id);
    if (existing >= 0) focusField(`consultations.${existing}`);
    else append(blankConsultation(id), { shouldFocus: true, focusName: `consultations.${rows.length}.status` });
  };
  return (
    <Part part="consultations" legend={SECTIONS.consultations[locale]}>
      <div className="oa-rows" data-oa-field="consultations" tabIndex={-1}>
        {fields.map((f, i) => {
          const row = wt('consultationRow', locale, { n: i + 1 });
          return (
            <fieldset className="oa-row" key={f.id} data-oa-field={`consultations.${i}`}>
              <WatchedLegend name={`consultations.${i}.body`} prefix={row} labels={bodyLabel} />
              <CatalogueSelect name={`consultations.${i}.body`} options={bodies} />
              <RadioGroup name={`consultations.${i}.status`} options={CONSULTATION_STATUSES} />
              <ConsultationDetails i={i} />
              <RemoveButton row={row} onClick={() => remove(i)} />
            </fieldset>
          );
        })}
        <RecommendedConsultations onAdd={add} />
        <AddPicker label={WIDGET_TEXTS.addConsultation[locale]} options={bodies} onAdd={add} />
      </div>
    </Part>
  );
}
