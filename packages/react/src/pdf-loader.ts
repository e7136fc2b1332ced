import { WIDGET_TEXTS } from '@osallisuusarvio/core/first-paint';
import type { Assessment, LocalizedText, ParseResult } from '@osallisuusarvio/core';
import type { PdfOptions } from './types.js';

/**
 * `@osallisuusarvio/pdf` is an optional peer: a host that passes its own `renderPdf` and `readPdf` does not
 * install it (nor jsPDF). When the default is needed and the package is absent, or a bundler replaced it with
 * an empty module, the official reads why in the form's language and the developer reads what to do.
 */
export class PdfMakerMissingError extends Error {
  /** What the official is shown. */
  readonly text: LocalizedText = WIDGET_TEXTS.pdfMakerMissing;
  constructor(cause?: unknown) {
    super(
      '@osallisuusarvio/pdf could not be loaded: install it next to @osallisuusarvio/react for the default PDF appendix, or pass renderPdf and readPdf of your own.',
      cause === undefined ? undefined : { cause },
    );
    this.name = 'PdfMakerMissingError';
  }
}

async function required<M>(load: () => Promise<M>, usable: (module: M) => boolean): Promise<M> {
  let module: M;
  try {
    module = await load();
  } catch (e) {
    throw new PdfMakerMissingError(e);
  }
  if (!usable(module)) throw new PdfMakerMissingError();
  return module;
}

// jsPDF and the fonts are large: fetched only when the official makes a PDF (a separate chunk in the embed
// build, a separate package for React hosts). Opening a PDF needs only the reader, a chunk of its own
// without jsPDF (15 KB gzip against 295 KB).
export async function defaultRenderPdf(assessment: Assessment, options: PdfOptions): Promise<Uint8Array> {
  const pdf = await required(
    () => import('@osallisuusarvio/pdf'),
    (m) => typeof m?.renderAppendix === 'function',
  );
  return pdf.renderAppendix(assessment, options);
}

/** In slices that yield to the page, within the reader's limits: a hostile file does not freeze the tab. */
export async function defaultReadPdf(bytes: Uint8Array): Promise<ParseResult> {
  const pdf = await required(
    () => import('@osallisuusarvio/pdf/read'),
    (m) => typeof m?.readAppendixAsync === 'function',
  );
  return pdf.readAppendixAsync(bytes);
}
