import { InvalidAssessmentError, renderAppendix } from '@osallisuusarvio/pdf';
import type { ParseError, RegionProfile } from '@osallisuusarvio/core';
import type { Locale } from '@osallisuusarvio/core';

/** What one rendering needs; plain data, so that it can be posted to a worker thread. */
export interface RenderJob {
  readonly assessment: unknown;
  readonly locale?: Locale;
  readonly region: RegionProfile;
  /** Milliseconds since the epoch. */
  readonly generatedAt: number;
  readonly attachJson: boolean;
  readonly appendixLabel?: string;
  /** Both national languages, or one; left out, the organiser profile decides. */
  readonly bilingual?: boolean;
}

export type RenderOutcome =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly errors: readonly ParseError[] }
  | { readonly ok: false; readonly crash: string };

export function renderJob(job: RenderJob): RenderOutcome {
  try {
    const bytes = renderAppendix(job.assessment as never, {
      ...(job.locale ? { locale: job.locale } : {}),
      region: job.region,
      generatedAt: job.generatedAt,
      attachJson: job.attachJson,
      ...(job.appendixLabel !== undefined ? { appendixLabel: job.appendixLabel } : {}),
      ...(job.bilingual !== undefined ? { bilingual: job.bilingual } : {}),
    });
    return { ok: true, bytes };
  } catch (e) {
    if (e instanceof InvalidAssessmentError) return { ok: false, errors: e.errors };
    return { ok: false, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}
