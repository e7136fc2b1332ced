import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { ReactNode, Ref, RefObject } from 'react';
import { WIDGET_TEXTS } from '@osallisuusarvio/core/first-paint';
import type { Assessment, AssessmentInput, Locale } from '@osallisuusarvio/core';
import { storedDraftNeedsParser, storedDraftText } from './draft-storage.js';
import { lenientValues } from './lenient.js';
import type { AutosaveOptions, FormHandle } from './types.js';
import { loadedValidation, loadValidation } from './validation-loader.js';

export interface OpeningGateProps {
  readonly locale: Locale;
  readonly className: string | undefined;
  readonly value: AssessmentInput | undefined;
  readonly autosave: AutosaveOptions | undefined;
  /** The host's handle: the form's once it shows, a provisional one before. */
  readonly handle: Ref<FormHandle> | undefined;
  /** The form, given the ref its handle goes to. */
  readonly children: (ref: RefObject<FormHandle | null>) => ReactNode;
}

function fromJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A stored draft or a host's value is read with the parser (the validation chunk): until it has come, an
 * announced "opening" stands where the inputs will be, so that no keystroke lands in a form that the draft
 * then replaces. With nothing to read, the form shows at once, from the blank assessment.
 */
export function OpeningGate({ locale, className, value, autosave, handle, children }: OpeningGateProps) {
  const [needsParser] = useState(
    () => value !== undefined || (autosave !== undefined && storedDraftNeedsParser(autosave.key, autosave.storage)),
  );
  const [validation, setValidation] = useState(loadedValidation);
  const [failed, setFailed] = useState<{ error: unknown }>();
  useEffect(() => {
    if (!validation && needsParser) loadValidation().then(setValidation, (error: unknown) => setFailed({ error }));
  }, [validation, needsParser]);

  // The host may call getValue() right after mount(): until the form shows, it gets what it gave (or the
  // stored draft) read leniently, as the form will show it.
  const form = useRef<FormHandle>(null);
  const provisional = (): Assessment => {
    const raw = value !== undefined ? (typeof value === 'string' ? fromJson(value) : value) : undefined;
    const draft = autosave ? fromJson(storedDraftText(autosave.key, autosave.storage)) : undefined;
    return lenientValues(raw ?? draft);
  };
  useImperativeHandle(
    handle,
    () => ({
      getValue: () => form.current?.getValue() ?? provisional(),
      getEvaluation: () => form.current?.getEvaluation(),
      focusField: (path) => form.current?.focusField(path) ?? false,
    }),
    [],
  );

  // The boundary around the form shows the notice and tells the host.
  if (failed) throw failed.error;
  if (needsParser && !validation)
    return (
      <div className={`oa-root${className ? ` ${className}` : ''}`} lang={locale}>
        <p className="oa-notice" role="status" data-oa-notice="opening">
          {WIDGET_TEXTS.opening[locale]}
        </p>
      </div>
    );
  return children(form);
}
