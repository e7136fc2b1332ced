import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { UseFormReturn } from 'react-hook-form';
import {
  FOLLOW_UP_FIELDS,
  FOLLOW_UP_TEXTS,
  METHODS,
  attachedJson,
  bodyName,
  formatMessage,
  labelOf,
} from '@osallisuusarvio/core';
import { assessmentSchema, createAssessment } from '@osallisuusarvio/core/parse';
import type {
  Assessment,
  Consultation,
  FieldPath,
  FollowUpField,
  FollowUpFieldKey,
  LocalizedText,
  Locale,
  MethodUse,
  RegionProfile,
} from '@osallisuusarvio/core';
import { fieldId, useWidget } from './context.js';
import { RadioGroup, TextField } from './fields.js';
import { NoticePreview } from './notice-preview.js';
import { useFollowUpClosed } from './follow-up-closed.js';

/** The id of the follow-up part, for the progress list and links to it. */
export const FOLLOW_UP_PART_ID = 'followUp';

export function followUpPartId(prefix: string): string {
  return `${prefix}-part-${FOLLOW_UP_PART_ID}`;
}

/** SHA-256 (hex) of what was attached; null where the page has no Web Crypto (an insecure context). */
export async function attachedChecksumOf(a: Assessment): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(attachedJson(a)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Records what was attached to the agenda, once: the first appendix made (or the official's "mark as attached")
 * sets `followUp.attachedChecksum`; later appendices do not move it.
 */
export async function recordAttached(form: UseFormReturn<Assessment>, a: Assessment): Promise<void> {
  if (form.getValues('followUp.attachedChecksum')) return;
  const checksum = await attachedChecksumOf(a);
  if (checksum) form.setValue('followUp.attachedChecksum', checksum, { shouldDirty: true });
}

const BLANK = createAssessment().followUp;
const blankMethod = (row: number) => ({
  row,
  done: null,
  doneOn: null,
  participants: null,
  heard: '',
  changed: '',
  notChanged: '',
  why: '',
});
const blankConsultation = (row: number) => ({ row, statement: '', takenIntoAccount: '' });

const isConsulted = (c: Consultation) =>
  c.status === 'requested' ||
  c.status === 'statementReceived' ||
  c.status === 'tookPartInPreparation' ||
  c.status === 'heardAtMeeting';

/**
 * One follow-up row per method and per body consulted, at the same index as the row it follows (`row`), so
 * that a field's path says which method it is about. Rows already written are kept as they were.
 */
function alignedRows(a: Assessment): Pick<Assessment['followUp'], 'methods' | 'consultations'> {
  const f = a.followUp ?? BLANK;
  return {
    methods: (a.methods ?? []).map((_, i) => f.methods?.find((m) => m.row === i) ?? blankMethod(i)),
    consultations: (a.consultations ?? []).flatMap((c, i) =>
      isConsulted(c) ? [f.consultations?.find((x) => x.row === i) ?? blankConsultation(i)] : [],
    ),
  };
}

const label = (key: FollowUpFieldKey) => FOLLOW_UP_FIELDS[key].label;
const help = (key: FollowUpFieldKey): LocalizedText | undefined => (FOLLOW_UP_FIELDS[key] as FollowUpField).help;

function Text({ name, field, multiline }: { name: string; field: FollowUpFieldKey; multiline?: boolean }) {
  const h = help(field);
  return (
    <TextField
      name={name as FieldPath}
      label={label(field)}
      {...(h ? { hint: h } : {})}
      {...(multiline ? { multiline } : {})}
      {...(FOLLOW_UP_FIELDS[field].kind === 'date' ? { type: 'date' as const } : {})}
    />
  );
}

/** How many took part: a number, or empty for "not known"; what is not a number stays as typed and is refused. */
function CountField({ name }: { name: string }) {
  const { register } = useFormContext();
  const { locale, readOnly, idPrefix } = useWidget();
  const id = fieldId(idPrefix, name);
  return (
    <div className="oa-field">
      <label className="oa-label" htmlFor={id}>
        {label('followUp.methods.*.participants')[locale]}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="oa-input oa-input--count"
        readOnly={readOnly}
        {...register(name, {
          setValueAs: (v: unknown) => {
            if (v === null || v === undefined || String(v).trim() === '') return null;
            const n = Number(String(v).replace(/\s/g, ''));
            return Number.isInteger(n) ? n : v;
          },
        })}
      />
    </div>
  );
}

const YES_NO = (['yes', 'no'] as const).map((id) => ({ id, label: FOLLOW_UP_TEXTS[id] }));

function methodName(m: MethodUse, locale: Locale): string {
  const base = m.method === 'otherMethod' && m.name.trim() ? m.name.trim() : labelOf(METHODS, m.method)[locale];
  return m.what.trim() ? `${base}: ${m.what.trim()}` : base;
}

function MethodRow({ index, method }: { index: number; method: MethodUse }) {
  const { locale } = useWidget();
  const base = `followUp.methods.${index}`;
  return (
    <fieldset className="oa-row" data-oa-field={base}>
      <legend className="oa-row-legend">{methodName(method, locale)}</legend>
      <div className="oa-grid">
        <RadioGroup name={`${base}.done` as FieldPath} label={label('followUp.methods.*.done')} options={YES_NO} />
        <Text name={`${base}.doneOn`} field="followUp.methods.*.doneOn" />
        <CountField name={`${base}.participants`} />
      </div>
      <Text name={`${base}.heard`} field="followUp.methods.*.heard" multiline />
      <Text name={`${base}.changed`} field="followUp.methods.*.changed" multiline />
      <Text name={`${base}.notChanged`} field="followUp.methods.*.notChanged" multiline />
      <Text name={`${base}.why`} field="followUp.methods.*.why" multiline />
    </fieldset>
  );
}

function ConsultationRow({
  index,
  consultation,
  region,
}: {
  index: number;
  consultation: Consultation;
  region: RegionProfile;
}) {
  const { locale } = useWidget();
  const base = `followUp.consultations.${index}`;
  return (
    <fieldset className="oa-row" data-oa-field={base}>
      <legend className="oa-row-legend">{bodyName(consultation.body, region)[locale]}</legend>
      <Text name={`${base}.statement`} field="followUp.consultations.*.statement" multiline />
      <Text name={`${base}.takenIntoAccount`} field="followUp.consultations.*.takenIntoAccount" multiline />
    </fieldset>
  );
}

/**
 * Says plainly when the assessment no longer matches what was attached to the agenda (a notice, not a block).
 * Works out the checksum a moment after typing stops, without re-rendering the form.
 */
function AttachedStatus() {
  const form = useFormContext<Assessment>();
  const { locale, readOnly } = useWidget();
  const recorded = useWatch({ name: 'followUp.attachedChecksum' }) as string | null;
  const [changed, setChanged] = useState(false);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (!recorded) {
      setChanged(false);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const check = () => {
      const parsed = assessmentSchema.safeParse(form.getValues());
      if (!parsed.success) return;
      void attachedChecksumOf(parsed.data).then((now) => {
        if (alive && now !== null) setChanged(now !== recorded);
      });
    };
    check();
    const { unsubscribe } = form.watch(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(check, 300);
    });
    return () => {
      alive = false;
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    };
  }, [recorded, form]);

  const mark = async () => {
    const parsed = assessmentSchema.safeParse(form.getValues());
    if (!parsed.success) {
      setInvalid(true);
      void form.trigger();
      return;
    }
    setInvalid(false);
    await recordAttached(form, parsed.data);
  };

  if (!recorded)
    return readOnly ? null : (
      <div className="oa-actions">
        <button type="button" className="oa-button" onClick={() => void mark()}>
          {FOLLOW_UP_TEXTS.markAttached[locale]}
        </button>
        {invalid && (
          <p className="oa-error-text" role="alert">
            {FOLLOW_UP_TEXTS.fixErrorsFirst[locale]}
          </p>
        )}
      </div>
    );
  return (
    <>
      <p className="oa-hint" data-oa-notice="attached">
        {formatMessage(FOLLOW_UP_TEXTS.attachedRecorded[locale], { checksum: recorded.slice(0, 12) }, locale)}
      </p>
      {changed && (
        <p className="oa-notice" role="status" data-oa-notice="attached-changed">
          {FOLLOW_UP_TEXTS.attachedChanged[locale]}
        </p>
      )}
    </>
  );
}

function OpenFollowUp() {
  const form = useFormContext<Assessment>();
  const { locale, region } = useWidget();
  const methods = (useWatch({ name: 'methods' }) ?? []) as MethodUse[];
  const consultations = (useWatch({ name: 'consultations' }) ?? []) as Consultation[];
  const followMethods = (useWatch({ name: 'followUp.methods' }) ?? []) as Assessment['followUp']['methods'];
  const followConsultations = (useWatch({ name: 'followUp.consultations' }) ??
    []) as Assessment['followUp']['consultations'];

  // Rows follow the methods and bodies of the assessment; set only when they differ, so typing sets nothing.
  useEffect(() => {
    const values = form.getValues();
    const next = alignedRows(values);
    const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
    if (!same(next.methods, values.followUp?.methods ?? []))
      form.setValue('followUp.methods', next.methods, { shouldDirty: true });
    if (!same(next.consultations, values.followUp?.consultations ?? []))
      form.setValue('followUp.consultations', next.consultations, { shouldDirty: true });
  }, [methods.length, consultations.map((c) => c.status).join(), form]);

  return (
    <>
      <p className="oa-help">{FOLLOW_UP_TEXTS.intro[locale]}</p>
      <AttachedStatus />
      {followMethods.length > 0 && (
        <section className="oa-rows">
          <h3 className="oa-subheading">{FOLLOW_UP_TEXTS.methods[locale]}</h3>
          {followMethods.map((m, i) =>
            methods[m.row] ? <MethodRow key={`m${m.row}`} index={i} method={methods[m.row]!} /> : null,
          )}
        </section>
      )}
      {followConsultations.length > 0 && (
        <section className="oa-rows">
          <h3 className="oa-subheading">{FOLLOW_UP_TEXTS.consultations[locale]}</h3>
          {followConsultations.map((c, i) =>
            consultations[c.row] ? (
              <ConsultationRow key={`c${c.row}`} index={i} consultation={consultations[c.row]!} region={region} />
            ) : null,
          )}
        </section>
      )}
      <section>
        <h3 className="oa-subheading">{FOLLOW_UP_TEXTS.decision[locale]}</h3>
        <div className="oa-grid">
          <Text name="followUp.decision.date" field="followUp.decision.date" />
          <Text name="followUp.decision.paragraph" field="followUp.decision.paragraph" />
          <Text name="followUp.decision.minutesUrl" field="followUp.decision.minutesUrl" />
        </div>
        <Text name="followUp.decision.decided" field="followUp.decision.decided" multiline />
      </section>
      <section>
        <h3 className="oa-subheading">{FOLLOW_UP_TEXTS.reportBack[locale]}</h3>
        <div className="oa-grid">
          <Text name="followUp.reportBack.publishedOn" field="followUp.reportBack.publishedOn" />
          <Text name="followUp.reportBack.where" field="followUp.reportBack.where" />
        </div>
        <Text name="followUp.reportBack.how" field="followUp.reportBack.how" multiline />
      </section>
      <NoticePreview />
    </>
  );
}

/**
 * The part after the decision: offered from the meeting day on (the Helsinki day), before it only a line
 * saying when it opens. Its fields are in the form like any other, so they autosave with the draft.
 */
export function FollowUpSection({ today: todayProp }: { readonly today?: string | undefined } = {}) {
  const { locale, idPrefix } = useWidget();
  const closed = useFollowUpClosed(todayProp);
  return (
    <section
      className="oa-part oa-follow-up"
      id={followUpPartId(idPrefix)}
      tabIndex={-1}
      aria-labelledby={`${idPrefix}-follow-up`}
    >
      <h2 className="oa-part-legend" id={`${idPrefix}-follow-up`}>
        {FOLLOW_UP_TEXTS.part[locale]}
      </h2>
      {closed === null ? (
        <OpenFollowUp />
      ) : (
        <p className="oa-hint" data-oa-notice="follow-up-closed">
          {closed}
        </p>
      )}
    </section>
  );
}
