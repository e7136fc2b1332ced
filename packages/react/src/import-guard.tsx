import { useEffect, useRef } from 'react';
import { WIDGET_TEXTS } from '@osallisuusarvio/core';
import type { Locale } from '@osallisuusarvio/core';
import type { ImportGuardState } from './import-state.js';
import { wt } from './text.js';

// The state and hasAnswers live in import-state.ts, which the form's first paint needs; this component shows
// only in the summary step and loads with the later steps.

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
