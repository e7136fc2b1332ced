import type { Assessment, ParseResult } from '@osallisuusarvio/core';
import type { PdfOptions } from './types.js';

// jsPDF and the fonts are large: fetched only when the official makes or opens a PDF (a separate chunk in
// the embed build, a separate package for React hosts).
const load = () => import('@osallisuusarvio/pdf');

export async function defaultRenderPdf(assessment: Assessment, options: PdfOptions): Promise<Uint8Array> {
  return (await load()).renderAppendix(assessment, options);
}

export async function defaultReadPdf(pdf: Uint8Array): Promise<ParseResult> {
  return (await load()).readAppendix(pdf);
}
