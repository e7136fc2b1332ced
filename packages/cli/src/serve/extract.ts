import { canonicalJson } from '@osallisuusarvio/core';
import type { ParseError } from '@osallisuusarvio/core';
import { readAppendix } from '@osallisuusarvio/pdf';

export type ExtractOutcome =
  | { readonly ok: true; readonly json: string; readonly migratedFrom?: number }
  | { readonly ok: false; readonly errors: readonly ParseError[] }
  | { readonly ok: false; readonly crash: string };

/**
 * The service's one call of the PDF reader: the assessment embedded in an appendix, as canonical JSON.
 * Never throws. Error codes are the reader's (`notPdf`, `noAttachment`, `damagedAttachment`, or a schema
 * code when the embedded JSON does not validate).
 */
export function extractAppendix(pdf: Uint8Array): ExtractOutcome {
  try {
    const result = readAppendix(pdf);
    if (!result.ok) return { ok: false, errors: result.errors };
    return {
      ok: true,
      json: canonicalJson(result.assessment),
      ...(result.migratedFrom !== undefined ? { migratedFrom: result.migratedFrom } : {}),
    };
  } catch (e) {
    return { ok: false, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}
