import { useState } from 'react';
import type { ReactNode } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import {
  BODIES,
  CATALOGUES,
  CHECKLIST,
  GROUPS,
  METHODS,
  METHOD_STATUSES,
  SECTIONS,
  WIDGET_TEXTS,
  labelOf,
  participationOrganised,
  questionFields,
  APPENDIX_TEXTS,
} from '@osallisuusarvio/core';
import { createAssessment } from '@osallisuusarvio/core/parse';
import type {
  Assessment,
  ChecklistQuestion,
  FieldPath,
  LocalizedText,
  MethodId,
  QuestionId,
} from '@osallisuusarvio/core';
import { CheckboxGroup, RadioGroup, SelectField, TextField } from './fields.js';
import { TimingTimeline } from './timeline.js';
import { useWidget } from './context.js';
import { useEvaluationIfReady } from './evaluation-context.js';
import { wt } from './text.js';
import { Part, partId, RemoveButton, Shown, When } from './part.js';

export { Part, PartProgress, partId, RemoveButton, Shown, When } from './part.js';

function Question({ q, children }: { q: ChecklistQuestion<QuestionId>; children: ReactNode }) {
  const { locale, idPrefix } = useWidget();
  const base = partId(idPrefix, q.id);
  return (
    <Part
      part={q.id}
      describedBy={`${q.prompts ? `${base}-prompts ` : ''}${base}-help ${base}-example`}
      legend={
        <>
          <span className="oa-question-number">{q.number}.</span> {q.question[locale]}
        </>
      }
    >
      {/* Question 1 has no sub-prompts in the checklist: nothing is printed as if it were the checklist's. */}
      {q.prompts && (
        <p className="oa-prompts" id={`${base}-prompts`}>
          {q.prompts[locale]}
        </p>
      )}
      <p className="oa-help" id={`${base}-help`}>
        {q.help[locale]}
      </p>
      {/* Shown, not behind a disclosure: one line of text costs a keyboard user nothing, a <summary> one Tab. */}
      <p className="oa-example" id={`${base}-example`}>
        <span className="oa-example-label">{WIDGET_TEXTS.example[locale]}: </span>
        <span>{q.example[locale]}</span>
      </p>
      {children}
    </Part>
  );
}

/** A question's fields in the model's order; neighbours marked `inline` (two dates) share a row. */
function QuestionFields({ id }: { id: QuestionId }) {
  const fields = questionFields(id);
  // A list's "other" field is drawn by the list itself (ChoiceGroup), at its end.
  const drawnByList = new Set(fields.flatMap((f) => (f.kind === 'multiChoice' && f.other ? [f.other] : [])));
  const out: ReactNode[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (drawnByList.has(f.path)) continue;
    if (!f.inline) {
      out.push(<Shown key={f.path} field={f} />);
      continue;
    }
    const group = [f];
    while (fields[i + 1]?.inline) group.push(fields[++i]!);
    out.push(
      <div className="oa-grid" key={f.path}>
        {group.map((g) => (
          <Shown key={g.path} field={g} />
        ))}
      </div>,
    );
    if (group.some((g) => g.path === 'timing.closesOn')) out.push(<TimingTimeline key="timeline" />);
  }
  return out;
}

export function Questions() {
  return (
    <>
      {CHECKLIST.map((q) => (
        <Question key={q.id} q={q}>
          <QuestionFields id={q.id} />
        </Question>
      ))}
    </>
  );
}

/** One question of the checklist on its own: a step of the stepper. */
/** One question's step, by its id (the list of steps in the first paint knows the questions by id only). */
export function QuestionPart({ id }: { id: QuestionId }) {
  const q = CHECKLIST.find((x) => x.id === id)!;
  return (
    <Question q={q}>
      <QuestionFields id={q.id} />
    </Question>
  );
}

export function WatchedLegend({
  name,
  prefix,
  labels,
}: {
  name: string;
  prefix: string;
  labels: (id: string) => LocalizedText;
}) {
  const { locale } = useWidget();
  const id = useWatch({ name }) as string;
  return (
    <legend className="oa-row-legend">
      {prefix}: {labels(id)[locale]}
    </legend>
  );
}

export function AddPicker<Id extends string>({
  label,
  options,
  onAdd,
}: {
  label: string;
  options: readonly { id: Id; label: LocalizedText }[];
  onAdd: (id: Id) => void;
}) {
  const { locale, idPrefix, readOnly } = useWidget();
  const [choice, setChoice] = useState<Id | ''>('');
  if (readOnly) return null;
  const id = `${idPrefix}-add-${label.replace(/\W+/g, '-')}`;
  return (
    <div className="oa-add">
      <label className="oa-label" htmlFor={id}>
        {label}
      </label>
      <div className="oa-add-row">
        <select id={id} className="oa-select" value={choice} onChange={(e) => setChoice(e.target.value as Id)}>
          <option value="">{WIDGET_TEXTS.chooseOption[locale]}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label[locale]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="oa-button"
          disabled={choice === ''}
          onClick={() => {
            if (choice !== '') onAdd(choice);
            setChoice('');
          }}
        >
          {label}
        </button>
      </div>
    </div>
  );
}

const methodLabel = (id: string) => labelOf(METHODS, id);

/**
 * A select of a row's method or body, described by the catalogue's help of the chosen option (what 29 §
 * means by the method, what the body is for). A body the region does not have stays shown if a row has it.
 */
export function CatalogueSelect({
  name,
  options,
}: {
  name: FieldPath;
  options: readonly { id: string; label: LocalizedText; help?: LocalizedText }[];
}) {
  const current = useWatch({ name }) as string;
  const chosen = options.find((o) => o.id === current);
  const all = chosen ? options : [...options, { id: current, label: labelOf(BODIES, current) }];
  return <SelectField name={name} options={all} nullable={false} {...(chosen?.help ? { hint: chosen.help } : {})} />;
}

const blankMethod = (method: MethodId) => createAssessment({ methods: [{ method }] }).methods[0]!;

function RecommendedMethods({ onAdd }: { onAdd: (id: MethodId) => void }) {
  const { locale, readOnly } = useWidget();
  // Nothing suggested until the evaluation has come.
  const recommended = useEvaluationIfReady()?.recommendedMethods ?? [];
  if (recommended.length === 0 || readOnly) return null;
  return (
    <div className="oa-recommended">
      <p className="oa-label">{APPENDIX_TEXTS.recommendedMethods[locale]}</p>
      <ul className="oa-plain-list">
        {recommended.map((r) => (
          <li key={r.id}>
            <button type="button" className="oa-button oa-button--quiet" onClick={() => onAdd(r.id)}>
              {wt('addRecommended', locale, { item: methodLabel(r.id)[locale] })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MethodsSection() {
  const { locale } = useWidget();
  const { fields, append, remove } = useFieldArray<Assessment, 'methods'>({ name: 'methods' });
  const add = (id: MethodId) =>
    append(blankMethod(id), { shouldFocus: true, focusName: `methods.${fields.length}.what` });
  return (
    <Part part="methods" legend={SECTIONS.methods[locale]}>
      <div className="oa-rows" data-oa-field="methods" tabIndex={-1}>
        {fields.map((f, i) => {
          const row = wt('methodRow', locale, { n: i + 1 });
          return (
            <fieldset className="oa-row" key={f.id} data-oa-field={`methods.${i}`}>
              <WatchedLegend name={`methods.${i}.method`} prefix={row} labels={methodLabel} />
              <CatalogueSelect name={`methods.${i}.method`} options={METHODS} />
              <When<string> name={`methods.${i}.method`} test={(v) => v === 'otherMethod'}>
                <TextField name={`methods.${i}.name`} />
              </When>
              <TextField name={`methods.${i}.what`} multiline />
              <div className="oa-grid">
                <TextField name={`methods.${i}.start`} type="date" />
                <TextField name={`methods.${i}.end`} type="date" />
              </div>
              <CheckboxGroup name={`methods.${i}.with`} options={GROUPS} />
              <RadioGroup name={`methods.${i}.status`} options={METHOD_STATUSES} />
              <RemoveButton row={row} onClick={() => remove(i)} />
            </fieldset>
          );
        })}
        <RecommendedMethods onAdd={add} />
        <AddPicker label={WIDGET_TEXTS.addMethod[locale]} options={METHODS} onAdd={add} />
      </div>
    </Part>
  );
}

export { CaseSection } from './case-section.js';
export { ConsultationsSection } from './consultations-section.js';

export function GuidanceSection() {
  const { locale } = useWidget();
  return (
    <Part part="guidance" legend={SECTIONS.guidance[locale]}>
      <CheckboxGroup name="guidance.acknowledged" options={CATALOGUES.guidance} />
    </Part>
  );
}

function NoParticipationReason() {
  const [methods, consultations, reason] = useWatch({
    name: ['methods', 'consultations', 'conclusion.noParticipationReason'],
  }) as [Assessment['methods'], Assessment['consultations'], string];
  const organised = participationOrganised({
    methods: methods ?? [],
    consultations: consultations ?? [],
  } as Assessment);
  if (organised && !reason) return null;
  return <TextField name="conclusion.noParticipationReason" multiline />;
}

export function ConclusionSection() {
  const { locale } = useWidget();
  return (
    <Part part="conclusion" legend={SECTIONS.conclusion[locale]}>
      <TextField name="conclusion.summary" multiline />
      <NoParticipationReason />
    </Part>
  );
}
