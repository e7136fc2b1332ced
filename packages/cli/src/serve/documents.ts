import { InvalidAssessmentError, renderFeedback, renderReportPdf } from '@osallisuusarvio/pdf';
import type { Locale, ParseError, RegionProfile, Report } from '@osallisuusarvio/core';

// The service's PDFs besides the appendix, as render-thread jobs: plain data in, bytes or problems out.

/** The notice to participants as PDF. */
export interface FeedbackJob {
  readonly assessment: unknown;
  /** Left out, the profile the assessment names (organiser.id). */
  readonly region?: RegionProfile;
  /** Left out, the organiser profile decides (bilingual: both national languages). */
  readonly locales?: readonly Locale[];
  readonly generatedAt?: number;
}

/** A report (already counted, on the HTTP thread) as PDF. */
export interface ReportPdfJob {
  readonly report: Report;
  readonly locale: Locale;
  readonly generatedAt: number;
}

export type DocumentOutcome =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly errors: readonly ParseError[] }
  | { readonly ok: false; readonly crash: string };

const crash = (e: unknown) => ({ ok: false as const, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) });

export function feedbackPdfJob(job: FeedbackJob): DocumentOutcome {
  try {
    const bytes = renderFeedback(job.assessment as never, {
      format: 'pdf',
      ...(job.region ? { region: job.region } : {}),
      ...(job.locales?.length ? { locales: job.locales } : {}),
      ...(job.generatedAt !== undefined ? { generatedAt: job.generatedAt } : {}),
    });
    return { ok: true, bytes };
  } catch (e) {
    if (e instanceof InvalidAssessmentError) return { ok: false, errors: e.errors };
    return crash(e);
  }
}

export function reportPdfJob(job: ReportPdfJob): DocumentOutcome {
  try {
    return { ok: true, bytes: renderReportPdf(job.report, { locale: job.locale, generatedAt: job.generatedAt }) };
  } catch (e) {
    return crash(e);
  }
}
