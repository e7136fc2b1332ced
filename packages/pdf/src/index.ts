export { renderAppendix, InvalidAssessmentError, ATTACHMENT_NAME } from './render.js';
export type { RenderOptions } from './render.js';
export { readAppendix, readAppendixAsync, fileTooLarge, DEFAULT_READ_LIMITS, UNVERIFIED_NOTICE } from './read.js';
export type { ReadOptions, ReadAsyncOptions, ReadError, ReadLimits, ReadLimitName, ReadResult } from './read.js';
export { renderFeedback } from './feedback.js';
export type { FeedbackOptions } from './feedback.js';
export { renderReportPdf } from './report.js';
export type { ReportPdfOptions } from './report.js';
