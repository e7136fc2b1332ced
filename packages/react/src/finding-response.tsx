import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  MAX_TEXT_LENGTH,
  RESPONSE_FINDING_IDS,
  RESPONSE_TEXTS,
  formatIsoDate,
  formatMessage,
  isAnswerable,
  responseField,
  todayIso,
} from '@osallisuusarvio/core';
import type { Assessment, Finding, FindingResponse, Locale } from '@osallisuusarvio/core';
import { useWidget } from './context.js';

type Responses = Assessment['responses'];

const keyOf = (ruleId: string, field: string) => `${ruleId}\u0000${field}`;

/**
 * Answering a finding moves it from its severity's list to the answered list (and removing the mark moves it
 * back) once the evaluation has caught up, so React mounts a new item there: the focus follows it through this
 * note, per form (`idPrefix`), taken by the control that mounts with the same finding.
 */
const pendingFocus = new Map<string, { key: string; target: 'edit' | 'respond' }>();

/** The response the findings of `notice` (one of evaluate's findings about responses) are about. */
function noticeTarget(finding: Finding): { ruleId: string; field: string } | undefined {
  const ruleId = finding.answers[0]?.value;
  const field = finding.fields[0];
  return ruleId !== undefined && field !== undefined ? { ruleId, field } : undefined;
}

const NOTICE_IDS: ReadonlySet<string> = new Set(Object.values(RESPONSE_FINDING_IDS));

/**
 * Under a finding: "Considered, not followed…" with a required reason for good practice and advice; the reason,
 * editable and removable, once given; a word on why a legal duty has no such control; and "remove the mark"
 * on evaluate's findings about a response that does not count. Values go to the form's `responses`.
 */
export function FindingResponseControl({ finding }: { finding: Finding }) {
  const { locale, readOnly, idPrefix } = useWidget();
  if (NOTICE_IDS.has(finding.ruleId)) return readOnly ? null : <RemoveNoticeResponse finding={finding} />;
  if (finding.kind === 'legalDuty')
    return <p className="oa-response-note">{RESPONSE_TEXTS.legalDutyCannotBeSetAside[locale]}</p>;
  if (!isAnswerable(finding)) return null;
  return <Answer finding={finding} locale={locale} readOnly={readOnly} idPrefix={idPrefix} />;
}

function useResponses() {
  const { control, getValues, setValue } = useFormContext<Assessment>();
  const rows = (useWatch({ control, name: 'responses' }) ?? []) as Responses;
  const write = (next: Responses) => setValue('responses', next, { shouldDirty: true, shouldTouch: true });
  const current = () => (getValues('responses') ?? []) as Responses;
  return { rows, write, current };
}

function RemoveNoticeResponse({ finding }: { finding: Finding }) {
  const { locale } = useWidget();
  const { write, current } = useResponses();
  const target = noticeTarget(finding);
  if (!target) return null;
  return (
    <button
      type="button"
      className="oa-button oa-button--quiet"
      onClick={() => write(current().filter((r) => keyOf(r.ruleId, r.field) !== keyOf(target.ruleId, target.field)))}
    >
      {RESPONSE_TEXTS.remove[locale]}
    </button>
  );
}

function Answer({
  finding,
  locale,
  readOnly,
  idPrefix,
}: {
  finding: Finding;
  locale: Locale;
  readOnly: boolean;
  idPrefix: string;
}) {
  const field = responseField(finding)!;
  const key = keyOf(finding.ruleId, field);
  const { rows, write, current } = useResponses();
  // The form is the source: the mark shows at once, before the evaluation that moves the finding.
  const saved = rows.find((r) => r.ruleId === finding.ruleId && r.field === field);
  const answered = saved !== undefined && saved.reason.trim() !== '';
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [missing, setMissing] = useState(false);
  const base = `${idPrefix}-response-${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const respondRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const [focusNext, setFocusNext] = useState<'edit' | 'respond' | 'area' | null>(null);

  // A new item of the same finding (it moved between lists) takes the focus its predecessor had.
  useLayoutEffect(() => {
    const pending = pendingFocus.get(idPrefix);
    if (pending?.key !== key) return;
    pendingFocus.delete(idPrefix);
    (pending.target === 'edit' ? editRef : respondRef).current?.focus();
  }, [idPrefix, key]);

  useEffect(() => {
    if (focusNext === null) return;
    setFocusNext(null);
    ({ edit: editRef, respond: respondRef, area: areaRef })[focusNext].current?.focus();
  }, [focusNext]);

  // Once the evaluation agrees with the form, no item of this finding is about to mount.
  const settled = Boolean(finding.response) === answered;
  useEffect(() => {
    if (settled && pendingFocus.get(idPrefix)?.key === key) pendingFocus.delete(idPrefix);
  }, [settled, idPrefix, key]);

  const open = () => {
    setDraft(saved?.reason ?? '');
    setMissing(false);
    setEditing(true);
    setFocusNext('area');
  };
  const cancel = () => {
    setEditing(false);
    setMissing(false);
    setFocusNext(answered ? 'edit' : 'respond');
  };
  const save = () => {
    if (draft.trim() === '') {
      setMissing(true);
      areaRef.current?.focus();
      return;
    }
    const row: FindingResponse = {
      ruleId: finding.ruleId,
      field,
      reason: draft,
      respondedOn: saved?.respondedOn ?? todayIso(),
    };
    const others = current().filter((r) => keyOf(r.ruleId, r.field) !== key);
    write([...others, row]);
    setEditing(false);
    pendingFocus.set(idPrefix, { key, target: 'edit' });
    setFocusNext('edit');
  };
  const remove = () => {
    write(current().filter((r) => keyOf(r.ruleId, r.field) !== key));
    pendingFocus.set(idPrefix, { key, target: 'respond' });
    setFocusNext('respond');
  };

  if (editing) {
    const hintId = `${base}-hint`;
    const errorId = `${base}-error`;
    return (
      <div className="oa-response">
        <label className="oa-label" id={`${base}-label`} htmlFor={`${base}-reason`}>
          {RESPONSE_TEXTS.reasonLabel[locale]}
        </label>
        <p className="oa-help" id={hintId}>
          {RESPONSE_TEXTS.reasonHint[locale]}
        </p>
        <textarea
          ref={areaRef}
          id={`${base}-reason`}
          className="oa-textarea"
          rows={3}
          required
          aria-required="true"
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${errorId} ${hintId}` : hintId}
          maxLength={MAX_TEXT_LENGTH}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            if (missing && e.target.value.trim() !== '') setMissing(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              cancel();
            }
          }}
        />
        {missing && (
          <p className="oa-error-text" id={errorId}>
            {RESPONSE_TEXTS.reasonRequired[locale]}
          </p>
        )}
        <p className="oa-response-actions">
          <button type="button" className="oa-button" onClick={save}>
            {RESPONSE_TEXTS.save[locale]}
          </button>{' '}
          <button type="button" className="oa-button oa-button--quiet" onClick={cancel}>
            {RESPONSE_TEXTS.cancel[locale]}
          </button>
        </p>
      </div>
    );
  }

  if (answered) {
    const on = saved.respondedOn
      ? ` (${formatMessage(RESPONSE_TEXTS.respondedOn[locale], { date: formatIsoDate(saved.respondedOn, locale) }, locale)})`
      : '';
    return (
      <div className="oa-response oa-response--answered">
        {/* The item's title already says "considered, not followed": here the reason and its day. */}
        <p className="oa-response-reason">
          <strong>
            {RESPONSE_TEXTS.reason[locale]}
            {on}:
          </strong>{' '}
          {saved.reason}
        </p>
        {!readOnly && (
          <p className="oa-response-actions">
            <button type="button" ref={editRef} className="oa-button oa-button--quiet" onClick={open}>
              {RESPONSE_TEXTS.edit[locale]}
            </button>{' '}
            <button type="button" className="oa-button oa-button--quiet" onClick={remove}>
              {RESPONSE_TEXTS.remove[locale]}
            </button>
          </p>
        )}
      </div>
    );
  }

  if (readOnly) return null;
  return (
    <p className="oa-response-actions">
      <button type="button" ref={respondRef} className="oa-button oa-button--quiet" onClick={open}>
        {RESPONSE_TEXTS.respond[locale]}
      </button>
    </p>
  );
}
