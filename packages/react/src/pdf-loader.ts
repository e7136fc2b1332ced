import type { Assessment, ParseResult } from '@osallisuusarvio/core';
import type { PdfOptions } from './types.js';

// jsPDF and the fonts are large: fetched only when the official makes a PDF (a separate chunk in the embed
// build, a separate package for React hosts). Opening a PDF needs only the reader, a chunk of its own
// without jsPDF.
const load = () => import('@osallisuusarvio/pdf');
const loadReader = () => import('@osallisuusarvio/pdf/read');

export async function defaultRenderPdf(assessment: Assessment, options: PdfOptions): Promise<Uint8Array> {
  return (await load()).renderAppendix(assessment, options);
}

/** In slices that yield to the page, within the reader's limits: a hostile file does not freeze the tab. */
export async function defaultReadPdf(pdf: Uint8Array): Promise<ParseResult> {
  return (await loadReader()).readAppendixAsync(pdf);
}
