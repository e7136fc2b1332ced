import { useEffect, useRef } from 'react';
import { WIDGET_TEXTS } from '@osallisuusarvio/core/first-paint';
import type { Assessment, Locale } from '@osallisuusarvio/core';
import { wt } from './text.js';

/**
 * Opening a file over answers asks first and can be undone; a file that holds no answers is refused. The
 * form keeps this state; the summary step shows it beside the file button, where the official is.
 */
export type ImportGuardState =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'confirm';
      readonly file: string;
      readonly assessment: Assessment;
      readonly ignored: readonly string[];
    }
  | {
      readonly kind: 'replaced';
      readonly file: string;
      readonly ignored: readonly string[];
      /** The form's values before, as they were (valid or not): what undo brings back. */
      readonly previous: Assessment;
    }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'undone' }
  | { readonly kind: 'empty'; readonly file: string; readonly ignored: readonly string[] };

function stripped(values: Assessment): string {
  // The appendix language and the schema version are settings, not answers.
  const { schemaVersion: _v, ...rest } = values as Assessment & { schemaVersion?: unknown };
  return JSON.stringify(sortKeys({ ...rest, case: { ...values.case, language: null } }));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  // The form holds '' where a parsed blank holds null (a cleared date or choice): both mean unanswered.
  return value === '' ? null : value;
}

/** Whether `values` hold anything beyond `blank` (the empty form with the host's case details). */
export function hasAnswers(values: Assessment, blank: Assessment): boolean {
  return stripped(values) !== stripped(blank);
}

export interface ImportGuardProps {
  readonly locale: Locale;
  readonly state: ImportGuardState;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly onUndo: () => void;
}

export function ImportGuard({ locale, state, onConfirm, onCancel, onUndo }: ImportGuardProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The buttons pressed go away: focus stays with the outcome (the question on its safe answer, the
    // undo button after replacing, the message after undo or cancel), not on the page.
    if (state.kind === 'confirm') cancelRef.current?.focus();
    else if (state.kind === 'replaced') undoRef.current?.focus();
    else if (state.kind === 'undone' || state.kind === 'cancelled') messageRef.current?.focus();
  }, [state]);
  const ignored = (list: readonly string[]) =>
    list.length > 0 ? ` ${wt('importIgnored', locale, { fields: list.join(', ') })}` : '';
  switch (state.kind) {
    case 'confirm':
      return (
        <div className="oa-notice oa-notice--warning" role="alert" data-oa-notice="import-confirm">
          <p>
            {wt('importConfirm', locale, { file: state.file })}
            {ignored(state.ignored)}
          </p>
          <div className="oa-actions">
            <button type="button" className="oa-button oa-button--primary" onClick={onConfirm}>
              {WIDGET_TEXTS.importReplace[locale]}
            </button>
            <button type="button" className="oa-button" onClick={onCancel} ref={cancelRef}>
              {WIDGET_TEXTS.cancel[locale]}
            </button>
          </div>
        </div>
      );
    case 'replaced':
      return (
        <div className="oa-notice" data-oa-notice="import-replaced">
          <p role="status">
            {wt('imported', locale, { file: state.file })}
            {ignored(state.ignored)}
          </p>
          <button type="button" className="oa-button" onClick={onUndo} ref={undoRef}>
            {WIDGET_TEXTS.undoImport[locale]}
          </button>
        </div>
      );
    case 'empty':
      return (
        <div className="oa-notice oa-notice--error" role="alert" data-oa-notice="import-empty">
          <p>
            {wt('importEmpty', locale, { file: state.file })}
            {ignored(state.ignored)}
          </p>
        </div>
      );
    case 'cancelled':
      return (
        <p className="oa-notice" role="status" tabIndex={-1} ref={messageRef}>
          {WIDGET_TEXTS.importCancelled[locale]}
        </p>
      );
    case 'undone':
      return (
        <p className="oa-notice" role="status" tabIndex={-1} ref={messageRef}>
          {WIDGET_TEXTS.importUndone[locale]}
        </p>
      );
    default:
      return null;
  }
}
