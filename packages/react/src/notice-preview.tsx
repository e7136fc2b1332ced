import { useEffect, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { FOLLOW_UP_TEXTS, feedbackHtml, formatMessage, noticeLocales } from '@osallisuusarvio/core';
import { assessmentSchema } from '@osallisuusarvio/core/parse';
import type { Assessment, Locale, RegionProfile } from '@osallisuusarvio/core';
import { useWidget } from './context.js';
import { baseFileName, downloadBlob } from './files.js';
import { PdfMakerMissingError } from './pdf-loader.js';

/** The notice as a tagged PDF, with jsPDF fetched only now, like the appendix. */
export async function defaultRenderNoticePdf(
  a: Assessment,
  options: { locales: readonly Locale[]; region: RegionProfile },
): Promise<Uint8Array> {
  let pdf: typeof import('@osallisuusarvio/pdf');
  try {
    pdf = await import('@osallisuusarvio/pdf');
  } catch (e) {
    throw new PdfMakerMissingError(e);
  }
  if (typeof pdf?.renderFeedback !== 'function') throw new PdfMakerMissingError();
  return pdf.renderFeedback(a, { ...options, format: 'pdf' });
}

type PdfState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'ready'; readonly url: string; readonly filename: string }
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * The notice to participants, "Mitä osallistumisesta seurasi?", from what the follow-up says now: previewed in
 * a sandboxed frame (no scripts run in it), downloaded as HTML for the organiser's pages, or as a PDF.
 * The languages are the organiser profile's (both national languages for a bilingual organiser).
 */
export function NoticePreview() {
  const form = useFormContext<Assessment>();
  const { locale, region, idPrefix } = useWidget();
  const [html, setHtml] = useState<string | null>(null);
  const [pdf, setPdf] = useState<PdfState>({ kind: 'idle' });
  const [invalid, setInvalid] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const headingId = `${idPrefix}-notice`;

  const current = (): Assessment | null => {
    const parsed = assessmentSchema.safeParse(form.getValues());
    setInvalid(!parsed.success);
    if (!parsed.success) void form.trigger();
    return parsed.success ? parsed.data : null;
  };
  const htmlOf = (a: Assessment) => feedbackHtml(a, { locales: noticeLocales(a, { organiser: region }), region });
  const fileName = (a: Assessment, ext: string) =>
    `${baseFileName(a.case.diaryNumber)}-${FOLLOW_UP_TEXTS.noticeFileName[locale]}.${ext}`;

  // An edit makes a shown notice out of date: take it away rather than show a stale one.
  useEffect(() => {
    const { unsubscribe } = form.watch(() => {
      setHtml((h) => (h === null ? h : null));
      setPdf((p) => (p.kind === 'ready' ? { kind: 'idle' } : p));
    });
    return unsubscribe;
  }, [form]);
  useEffect(() => {
    const url = pdf.kind === 'ready' ? pdf.url : undefined;
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [pdf]);

  const preview = () => {
    if (html !== null) return setHtml(null);
    const a = current();
    if (a) setHtml(htmlOf(a));
  };
  const downloadHtml = () => {
    const a = current();
    if (a && rootRef.current)
      downloadBlob(new Blob([htmlOf(a)], { type: 'text/html;charset=utf-8' }), fileName(a, 'html'), rootRef.current);
  };
  const makePdf = async () => {
    const a = current();
    if (!a) return;
    setPdf({ kind: 'working' });
    try {
      const bytes = await defaultRenderNoticePdf(a, { locales: noticeLocales(a, { organiser: region }), region });
      const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' });
      const url = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : '';
      setPdf({ kind: 'ready', url, filename: fileName(a, 'pdf') });
    } catch (e) {
      const reason = e instanceof PdfMakerMissingError ? e.text[locale] : e instanceof Error ? e.message : String(e);
      setPdf({ kind: 'failed', reason });
    }
  };

  return (
    <section className="oa-notice-preview" aria-labelledby={headingId} ref={rootRef}>
      <h3 className="oa-subheading" id={headingId}>
        {FOLLOW_UP_TEXTS.noticeHeading[locale]}
      </h3>
      <div className="oa-actions">
        <button
          type="button"
          className="oa-button"
          aria-expanded={html !== null}
          aria-controls={`${idPrefix}-notice-preview`}
          onClick={preview}
        >
          {(html === null ? FOLLOW_UP_TEXTS.previewNotice : FOLLOW_UP_TEXTS.hidePreview)[locale]}
        </button>
        <button type="button" className="oa-button" onClick={downloadHtml}>
          {FOLLOW_UP_TEXTS.downloadNoticeHtml[locale]}
        </button>
        <button type="button" className="oa-button" onClick={() => void makePdf()} disabled={pdf.kind === 'working'}>
          {FOLLOW_UP_TEXTS.downloadNoticePdf[locale]}
        </button>
        {pdf.kind === 'ready' && pdf.url && (
          <a className="oa-button" href={pdf.url} download={pdf.filename}>
            {FOLLOW_UP_TEXTS.noticePdfReady[locale]}
          </a>
        )}
      </div>
      {invalid && (
        <p className="oa-error-text" role="alert">
          {FOLLOW_UP_TEXTS.fixErrorsFirst[locale]}
        </p>
      )}
      {pdf.kind === 'failed' && (
        <p className="oa-error-text" role="alert">
          {formatMessage(FOLLOW_UP_TEXTS.noticeFailed[locale], { reason: pdf.reason }, locale)}
        </p>
      )}
      <div id={`${idPrefix}-notice-preview`}>
        {html !== null && (
          <iframe
            className="oa-notice-frame"
            title={FOLLOW_UP_TEXTS.previewTitle[locale]}
            sandbox=""
            srcDoc={html}
            data-oa-notice-preview=""
          />
        )}
      </div>
    </section>
  );
}
