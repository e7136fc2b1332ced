import type { Assessment } from '@osallisuusarvio/core';

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
