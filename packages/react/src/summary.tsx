import { useContext, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  SECTIONS,
  STATUS_TEXTS,
  appendixLanguages,
  WIDGET_TEXTS,
  canonicalJson,
  fieldLabel,
} from '@osallisuusarvio/core';
import type { Assessment, Locale, LocalizedText, ParseError, ParseResult } from '@osallisuusarvio/core';
import { useWidget } from './context.js';
import { EvaluationContext, useEvaluationIfReady } from './evaluation-context.js';
import { appendixFileName, baseFileName, downloadBlob, isPdf, readFileBytes } from './files.js';
import { PdfMakerMissingError } from './pdf-loader.js';
import { wt } from './text.js';
import { loadedValidation, loadValidation } from './validation-loader.js';

type PdfState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'ready'; readonly url: string | undefined; readonly filename: string }
  | { readonly kind: 'failed'; readonly reason: string };

type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'failed'; readonly errors: readonly ParseError[] }
  // The reader's `verified: false`: opened, but the file no longer held the checksum to check it against.
  | { readonly kind: 'unverified'; readonly notice: LocalizedText };

export interface SummaryProps {
  /** Validates the form and gives the assessment to `then`; shows the error summary when it does not validate. */
  readonly withValidValue: (then: (assessment: Assessment) => Promise<void> | void) => Promise<void>;
  readonly makePdf: (assessment: Assessment) => Promise<Blob>;
  readonly readPdf: (bytes: Uint8Array) => Promise<ParseResult>;
  /** A file was read: the form decides whether to ask first (see import-guard.tsx). */
  readonly onOpened: (assessment: Assessment, file: string, ignored: readonly string[]) => void;
  /** The import question, or what came of it, shown beside the file button. */
  readonly guard: ReactNode;
  readonly canSubmit: boolean;
  /** The form autosaves a draft: say where it goes, beside the other two kinds of saving. */
  readonly autosave: boolean;
}

function StatusLine() {
  const { locale } = useWidget();
  const evaluation = useEvaluationIfReady();
  // The PDF waits for the evaluation (its file name and the draft mark come from the status): say so.
  if (!evaluation)
    return (
      <p className="oa-summary-status oa-summary-status--checking">
        {WIDGET_TEXTS.checking[locale]} {WIDGET_TEXTS.pdfWaitsForCheck[locale]}
      </p>
    );
  const { status } = evaluation;
  return <p className={`oa-summary-status oa-summary-status--${status}`}>{STATUS_TEXTS[status][locale]}</p>;
}

function errorText(e: ParseError, locale: Locale): string {
  const where = e.pathText === '' ? '' : `${e.pathText} (${fieldLabel(e.path.join('.'))[locale]}): `;
  return `${where}${e.message[locale]}`;
}

const failure = (reason: unknown): ParseError => {
  if (reason instanceof PdfMakerMissingError)
    return { path: [], pathText: '', code: 'pdf_missing', message: reason.text };
  const text = reason instanceof Error ? reason.message : String(reason);
  return { path: [], pathText: '', code: 'unreadable', message: { fi: text, sv: text, en: text } };
};

/** Why a PDF could not be made, in the official's language where we know it. */
const pdfFailure = (e: unknown, locale: Locale): string =>
  e instanceof PdfMakerMissingError ? e.text[locale] : e instanceof Error ? e.message : String(e);

/** The summary step: status, the PDF appendix, JSON save and open, and the submit button. */
export function SummaryStep({ withValidValue, makePdf, readPdf, onOpened, guard, canSubmit, autosave }: SummaryProps) {
  const { locale, idPrefix, readOnly, region } = useWidget();
  // Read when the PDF is made, not subscribed to: typing must not re-render the summary step.
  const evaluation = useContext(EvaluationContext);
  const [pdf, setPdf] = useState<PdfState>({ kind: 'idle' });
  const [imported, setImported] = useState<ImportState>({ kind: 'idle' });
  const rootRef = useRef<HTMLElement>(null);
  const headingId = `${idPrefix}-summary`;
  const fileId = `${idPrefix}-open-file`;

  // The preview is opened on request: a host whose CSP has no `frame-src blob:` would otherwise get a
  // violation on every PDF. If it is blocked, the empty frame goes and a note points to the download link.
  const [previewOpen, setPreviewOpen] = useState(false);
  const [previewBlocked, setPreviewBlocked] = useState(false);
  useEffect(() => {
    const doc = rootRef.current?.ownerDocument;
    if (!doc) return;
    const onViolation = (e: SecurityPolicyViolationEvent) => {
      if (
        e.blockedURI.startsWith('blob') &&
        /^(frame|child|default)-src/.test(e.effectiveDirective || e.violatedDirective)
      )
        setPreviewBlocked(true);
    };
    doc.addEventListener('securitypolicyviolation', onViolation);
    return () => doc.removeEventListener('securitypolicyviolation', onViolation);
  }, []);

  // An edit makes the PDF out of date: take the preview and the download away rather than offer a stale file.
  // (The updater returns the same state while there is no PDF, so typing renders nothing here.)
  const { watch } = useFormContext();
  useEffect(() => {
    const { unsubscribe } = watch(() => setPdf((p) => (p.kind === 'ready' ? { kind: 'idle' } : p)));
    return unsubscribe;
  }, [watch]);

  // The button pressed was disabled while the PDF was made, so focus fell to the page: put it on the new
  // download link, the next thing the official wants.
  const downloadRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (pdf.kind === 'ready') downloadRef.current?.focus();
  }, [pdf]);

  // A blob URL holds the whole PDF in memory until revoked.
  useEffect(() => {
    const url = pdf.kind === 'ready' ? pdf.url : undefined;
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [pdf]);

  const createPdf = () =>
    withValidValue(async (assessment) => {
      setPdf({ kind: 'working' });
      try {
        const blob = await makePdf(assessment);
        await evaluation?.ready;
        const url = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : undefined;
        setPreviewOpen(false);
        // The PDF marks a draft the same way: an assessment that is incomplete or has errors.
        const draft = evaluation?.get()?.status !== 'complete';
        const languages = appendixLanguages(region, assessment.case.language);
        const filename = appendixFileName(assessment.case.diaryNumber, languages, draft);
        setPdf({ kind: 'ready', url, filename });
      } catch (e) {
        if (e instanceof PdfMakerMissingError) console.error(e);
        setPdf({ kind: 'failed', reason: pdfFailure(e, locale) });
      }
    });

  const saveJson = () =>
    withValidValue((assessment) => {
      const blob = new Blob([canonicalJson(assessment)], { type: 'application/json' });
      if (rootRef.current) downloadBlob(blob, `${baseFileName(assessment.case.diaryNumber)}.json`, rootRef.current);
    });

  const openFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let result: ParseResult;
    try {
      const bytes = await readFileBytes(file);
      // The parser is the validation chunk's, which has come by now in practice; opening waits for it if not.
      const parse = async (text: string) => (loadedValidation() ?? (await loadValidation())).parseAssessment(text);
      result = isPdf(bytes) ? await readPdf(bytes) : await parse(new TextDecoder().decode(bytes));
    } catch (e) {
      if (e instanceof PdfMakerMissingError) console.error(e);
      result = { ok: false, errors: [failure(e)] };
    }
    input.value = '';
    if (result.ok) {
      const notice = (result as { notice?: LocalizedText }).notice;
      setImported(notice ? { kind: 'unverified', notice } : { kind: 'idle' });
      onOpened(result.assessment, file.name, result.ignored ?? []);
    } else {
      setImported({ kind: 'failed', errors: result.errors });
    }
  };

  return (
    <section className="oa-summary" aria-labelledby={headingId} ref={rootRef}>
      <h2 className="oa-heading" id={headingId}>
        {SECTIONS.summary[locale]}
      </h2>
      <StatusLine />
      <div className="oa-actions">
        <button
          type="button"
          className="oa-button oa-button--primary"
          onClick={createPdf}
          disabled={pdf.kind === 'working'}
        >
          {WIDGET_TEXTS.createPdf[locale]}
        </button>
        <button type="button" className="oa-button" onClick={saveJson}>
          {WIDGET_TEXTS.saveJson[locale]}
        </button>
        {!readOnly && (
          <span className="oa-file">
            {/* The native picker would say "Choose File" in the browser's language; the input stays the
                focusable control and the label, drawn as a button, speaks the form's language. */}
            <input
              id={fileId}
              type="file"
              className="oa-file-input"
              accept=".json,.pdf,application/json,application/pdf"
              onChange={(e) => void openFile(e.currentTarget)}
            />
            <label className="oa-button" htmlFor={fileId}>
              {WIDGET_TEXTS.openFile[locale]}
            </label>
          </span>
        )}
      </div>
      <div className="oa-live" role="status">
        {pdf.kind === 'working' && WIDGET_TEXTS.creatingPdf[locale]}
        {pdf.kind === 'ready' && WIDGET_TEXTS.pdfReady[locale]}
      </div>
      {autosave && <p className="oa-hint">{WIDGET_TEXTS.autosaveNote[locale]}</p>}
      {guard}
      {pdf.kind === 'failed' && (
        <p className="oa-error-text" role="alert">
          {wt('pdfFailed', locale, { reason: pdf.reason })}
        </p>
      )}
      {imported.kind === 'failed' && (
        <div className="oa-import-errors" role="alert">
          <p className="oa-error-text">{WIDGET_TEXTS.importFailed[locale]}</p>
          <ul>
            {imported.errors.map((e, i) => (
              <li key={i}>{errorText(e, locale)}</li>
            ))}
          </ul>
        </div>
      )}
      {imported.kind === 'unverified' && (
        <p className="oa-notice" role="status" data-oa-notice="unverified-import">
          {imported.notice[locale]}
        </p>
      )}
      {pdf.kind === 'ready' && pdf.url && (
        <div className="oa-pdf">
          <div className="oa-actions">
            <a className="oa-button" href={pdf.url} download={pdf.filename} ref={downloadRef}>
              {WIDGET_TEXTS.downloadPdf[locale]}
            </a>
            {!previewBlocked && (
              <button
                type="button"
                className="oa-button"
                aria-expanded={previewOpen}
                aria-controls={`${idPrefix}-pdf-preview`}
                onClick={() => setPreviewOpen((o) => !o)}
              >
                {(previewOpen ? WIDGET_TEXTS.hidePreview : WIDGET_TEXTS.showPreview)[locale]}
              </button>
            )}
          </div>
          {previewBlocked ? (
            <p className="oa-hint">{WIDGET_TEXTS.previewBlocked[locale]}</p>
          ) : (
            <div id={`${idPrefix}-pdf-preview`}>
              {previewOpen && (
                <iframe className="oa-pdf-preview" src={pdf.url} title={WIDGET_TEXTS.pdfPreview[locale]} />
              )}
            </div>
          )}
        </div>
      )}
      {canSubmit && !readOnly && (
        <div className="oa-actions">
          <button type="submit" className="oa-button oa-button--primary">
            {WIDGET_TEXTS.submit[locale]}
          </button>
        </div>
      )}
    </section>
  );
}
