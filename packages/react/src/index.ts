export { ParticipationAssessmentForm } from './ParticipationAssessmentForm.js';
export type { ParticipationAssessmentFormProps } from './ParticipationAssessmentForm.js';
export { mount } from './mount.js';
export type { MountedWidget, MountOptions } from './mount.js';
export { defineElement, ELEMENT_NAME } from './element.js';
export type { OsallisuusArvioElement } from './element.js';
export { clearDraft } from './draft.js';
export type { AutosaveOptions, FormHandle, HostCaseDetails, PdfOptions, WidgetOptions } from './types.js';
