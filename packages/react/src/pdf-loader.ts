import type { Assessment, ParseResult } from '@osallisuusarvio/core';
import type { PdfOptions } from './types.js';

// jsPDF and the fonts are large: fetched only when the official makes a PDF (a separate chunk in the embed
// build, a separate package for React hosts). Opening a PDF needs only the reader, a chunk of its own
// without jsPDF (15 KB gzip against 295 KB).
export async function defaultRenderPdf(assessment: Assessment, options: PdfOptions): Promise<Uint8Array> {
  const { renderAppendix } = await import('@osallisuusarvio/pdf');
  return renderAppendix(assessment, options);
}

/** In slices that yield to the page, within the reader's limits: a hostile file does not freeze the tab. */
export async function defaultReadPdf(pdf: Uint8Array): Promise<ParseResult> {
  const { readAppendixAsync } = await import('@osallisuusarvio/pdf/read');
  return readAppendixAsync(pdf);
}
